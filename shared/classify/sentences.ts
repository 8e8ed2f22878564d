/** Where a Chinese or mixed-script sentence ends, for the rules after the model that read one sentence at a time. */
export const SENTENCE_BREAK = /[。！？!?；;\n]+/;

/** Where a clause ends: a sentence's end or a comma; the rules that read each clause on its own split there. */
export const CLAUSE_BREAK = /[，,。！？!?；;\n]+/;
/** As CLAUSE_BREAK, with a space also ending a clause, as reviewers use one for a comma (送来有点凉 味道还行). */
export const CLAUSE_OR_SPACE_BREAK = /[，,。！？!?；;\n\s]+/;

/** The sentence of `text` around [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_BREAK.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** The part of the clause around `end` that comes before it (a space ends a clause, as CLAUSE_OR_SPACE_BREAK reads it). */
export function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !CLAUSE_OR_SPACE_BREAK.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The part of the clause around `start` that comes from it on. */
export function clauseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !CLAUSE_OR_SPACE_BREAK.test(text[end]!)) end++;
  return text.slice(start, end);
}
