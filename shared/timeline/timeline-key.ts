/** Sort key of a timeline entry: UTC time first so keys order by time, the id keeps them unique. */
export function timelineKey(receivedAt: string, feedbackId: string): string {
  return `${receivedAt}#${feedbackId}`;
}
