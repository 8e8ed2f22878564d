import type { FeedbackEvent } from '../event.ts';
import { hasVisibleText } from '../text.ts';

/**
 * Only what a person wrote is judged: a picture, a file or a card sent without a word of their own
 * is timeline context, as a follow or an opt-out is, never in sentiment, complaint, urgent or
 * at-risk figures nor in the work queue. The same rule on every channel.
 */
export function kindByWords(...written: (string | undefined)[]): FeedbackEvent['kind'] {
  return written.some((words) => words !== undefined && hasVisibleText(words)) ? 'message' : 'interaction';
}
