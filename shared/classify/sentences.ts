/** Where a Chinese or mixed-script sentence ends, for the rules after the model that read one sentence at a time. */
export const SENTENCE_BREAK = /[。！？!?；;\n]+/;

/** Where a clause ends: a sentence's end or a comma; the rules that read each clause on its own split there. */
export const CLAUSE_BREAK = /[，,。！？!?；;\n]+/;
/** As CLAUSE_BREAK, with a space also ending a clause, as reviewers use one for a comma (送来有点凉 味道还行). */
export const CLAUSE_OR_SPACE_BREAK = /[，,。！？!?；;\n\s]+/;

/** One character of SENTENCE_BREAK or CLAUSE_OR_SPACE_BREAK, sticky, so that it is tested in place. */
const SENTENCE_BREAK_AT = new RegExp(SENTENCE_BREAK.source.replace(/\+$/, ''), 'y');
const CLAUSE_OR_SPACE_BREAK_AT = new RegExp(CLAUSE_OR_SPACE_BREAK.source.replace(/\+$/, ''), 'y');

/**
 * Whether `breakAt` matches the character at `index`. Most characters read here are Chinese, none of
 * which ends a sentence or a clause, so those are passed without the pattern; indexing the text to test
 * it made a one-character string of each.
 */
function breaksAt(breakAt: RegExp, text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  breakAt.lastIndex = index;
  return breakAt.test(text);
}

/** The sentence of `text` around [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !breaksAt(SENTENCE_BREAK_AT, text, from - 1)) from--;
  let to = end;
  while (to < text.length && !breaksAt(SENTENCE_BREAK_AT, text, to)) to++;
  return text.slice(from, to);
}

/** The part of the clause around `end` that comes before it (a space ends a clause, as CLAUSE_OR_SPACE_BREAK reads it). */
export function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !breaksAt(CLAUSE_OR_SPACE_BREAK_AT, text, start - 1)) start--;
  return text.slice(start, end);
}

/** The part of the clause around `start` that comes from it on. */
export function clauseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !breaksAt(CLAUSE_OR_SPACE_BREAK_AT, text, end)) end++;
  return text.slice(start, end);
}
