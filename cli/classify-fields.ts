import type { ClassifierInput } from '../shared/classify/types.ts';

/** Where review datasets and exports keep the text: the first of these a line gives is its text. */
export const TEXT_FIELDS = ['text', 'review', 'content', 'comment', 'message', 'body'] as const;

/** A member given but not usable: the line is classified without it, and its output line says so. */
export interface IgnoredField {
  field: string;
  message: string;
}

/** What the classifier can use of each optional number: a dataset's own scale (a 10-point rating) says nothing on this one. */
const SCALES = { rating: { min: 1, max: 5 }, nps: { min: 0, max: 10 } } as const;

/** A number written as a string, as CSV-to-JSON converters write every cell ("9", "4.5"); not `0x9`, `9e0` or ` 9`. */
const DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;

/** Absent, null, or "" (a converted spreadsheet's empty cell): not given, whichever the member. */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** The text member: the first of TEXT_FIELDS the line gives, whatever it holds; the others are not read. */
export function textMember(record: Record<string, unknown>): { field: string; value: unknown } | undefined {
  const field = TEXT_FIELDS.find((name) => isGiven(record[name]));
  return field === undefined ? undefined : { field, value: record[field] };
}

/**
 * The optional members as the classifier takes them. One rule for each: not given, it is left out;
 * given but unusable (`"rating":true`, `"subject":123`, a rating of 8), it is left out and named in
 * `ignored`, so a review is still classified when a side field is odd.
 */
export function optionalMembers(record: Record<string, unknown>): { input: Pick<ClassifierInput, 'subject' | 'rating' | 'nps'>; ignored: IgnoredField[] } {
  const input: Pick<ClassifierInput, 'subject' | 'rating' | 'nps'> = {};
  const ignored: IgnoredField[] = [];
  const ignore = (field: string, wanted: string) =>
    ignored.push({ field, message: `"${field}" must be ${wanted}, not ${JSON.stringify(record[field])?.slice(0, 40)}: ignored` });
  if (isGiven(record.subject)) {
    if (typeof record.subject === 'string') input.subject = record.subject;
    else ignore('subject', 'a string');
  }
  for (const [field, { min, max }] of Object.entries(SCALES) as [keyof typeof SCALES, { min: number; max: number }][]) {
    const value = record[field];
    if (!isGiven(value)) continue;
    const number = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value) ? Number(value) : Number.NaN;
    if (number >= min && number <= max) input[field] = number;
    else ignore(field, `a number from ${min} to ${max} (a JSON number or decimal digits)`);
  }
  return { input, ignored };
}
