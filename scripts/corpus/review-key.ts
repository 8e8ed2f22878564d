import { createHash } from 'node:crypto';

/**
 * A review's key in the committed corpus (the text itself stays in ../shared, its licence): the
 * first 16 hex digits of the SHA-256 of its NFKC, lower-cased text. Taken from the review as the
 * shared file has it, not from the classifier's normalisation, so a change there (folding curly
 * apostrophes) moves no key.
 */
export function reviewKey(review: string): string {
  return createHash('sha256').update(review.normalize('NFKC').toLowerCase()).digest('hex').slice(0, 16);
}
