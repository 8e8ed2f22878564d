/** Sort key of a timeline entry: UTC time first so keys order by time, the id keeps them unique. */
export function timelineKey(receivedAt: string, feedbackId: string): string {
  return `${receivedAt}#${feedbackId}`;
}

const TIMELINE_KEY = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#fb_[0-9a-z]{26}$/;

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** The key a cursor stands for, or undefined when it is not one we issued. */
export function decodeCursor(cursor: string): string | undefined {
  if (cursor.length > 200) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return TIMELINE_KEY.test(key) ? key : undefined;
}
