import { normaliseText } from '../../shared/classify/language.ts';
import { reviewKey } from '../corpus/review-key.ts';
import { readSharedData, sharedDataFile } from '../shared-data.ts';

/** One review of ../shared/data/sentiment/online_shopping_9_cats.csv (see its README). */
export interface LabelledReview {
  category: string;
  positive: boolean;
  /** As the classifier reads it (normaliseText). */
  text: string;
}

/** A review of the shared file, with the corpus's key for it (scripts/corpus/review-key.ts). */
export interface SharedReview extends LabelledReview {
  key: string;
}

export const DEFAULT_DATASET = sharedDataFile('sentiment/online_shopping_9_cats.csv');

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && content[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function loadReviews(file: string = DEFAULT_DATASET): SharedReview[] {
  const [header, ...rows] = parseCsv(readSharedData(file));
  if (header?.join(',') !== 'cat,label,review') throw new Error(`${file}: unexpected header ${header?.join(',')}`);
  const reviews: SharedReview[] = [];
  for (const [category, label, review] of rows) {
    if (!category || (label !== '0' && label !== '1') || !review?.trim()) continue;
    reviews.push({ category, positive: label === '1', text: normaliseText(review), key: reviewKey(review) });
  }
  return reviews;
}
