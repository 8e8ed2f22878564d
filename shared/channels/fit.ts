import type { FeedbackEvent } from '../event.ts';
import { clipText } from '../text.ts';

/**
 * SQS takes 256 KiB per message; the queue adapter adds attributes and writes characters outside
 * the BMP as 12-byte escapes, so the event is kept under a budget with room to spare.
 */
const MAX_EVENT_BYTES = 240 * 1024;
/** The most characters of text an event carries (fitTextToQueueMessage cuts the rest). */
export const MAX_TEXT_CHARS = 100_000;

function truncationMarker(shown: number, total: number): string {
  return `\n\n[内容过长，已截断 / truncated: showing ${shown} of ${total} characters]`;
}

/** Bytes as the queue will carry the value: UTF-8 JSON, astral characters as \\u escape pairs. */
function serialisedBytes(value: unknown): number {
  const json = JSON.stringify(value);
  const astral = json.match(/[\u{10000}-\u{10FFFF}]/gu)?.length ?? 0;
  return Buffer.byteLength(json, 'utf8') + astral * 8;
}

/**
 * Cuts `event.text` (never elsewhere) until the serialised event fits, marking the cut visibly:
 * an event the queue refuses would fail the request, and the provider would retry it forever.
 */
export function fitTextToQueueMessage(event: FeedbackEvent): FeedbackEvent {
  const total = event.text.length;
  if (total <= MAX_TEXT_CHARS && serialisedBytes(event) <= MAX_EVENT_BYTES) return event;
  const otherBytes = serialisedBytes({ ...event, text: '' });
  let keep = Math.min(total, MAX_TEXT_CHARS - 200);
  for (;;) {
    const text = clipText(event.text, keep) + truncationMarker(keep, total);
    const textBytes = serialisedBytes(text);
    if (otherBytes + textBytes <= MAX_EVENT_BYTES) return { ...event, text };
    // Shrink in proportion to the overshoot; a little extra margin ends the loop quickly.
    keep = Math.floor((keep * (MAX_EVENT_BYTES - otherBytes)) / textBytes) - 16;
    if (keep <= 0) return { ...event, text: truncationMarker(0, total).trim() };
  }
}
