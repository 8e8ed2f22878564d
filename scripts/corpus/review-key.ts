import { createHash } from 'node:crypto';

/** A review's key in the committed corpus: the text itself stays in ../shared (its licence). */
export function reviewKey(normalisedText: string): string {
  return createHash('sha256').update(normalisedText).digest('hex').slice(0, 16);
}
