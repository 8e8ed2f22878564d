import { isWhitespace, SUPPOSED } from './negation.ts';

/** Where a Chinese or mixed-script sentence ends, for the rules after the model that read one sentence at a time. */
export const SENTENCE_BREAK = /[。！？!?；;\n]+/;

/** Where a clause ends: a sentence's end or a comma; the rules that read each clause on its own split there. */
export const CLAUSE_BREAK = /[，,。！？!?；;\n]+/;
/** As CLAUSE_BREAK, with a space also ending a clause, as reviewers use one for a comma (送来有点凉 味道还行). */
export const CLAUSE_OR_SPACE_BREAK = /[，,。！？!?；;\n\s]+/;

/**
 * Whether the code unit ends a sentence, as SENTENCE_BREAK reads it: the rules walk a text unit by
 * unit to a sentence's or a clause's end, and testing the pattern at each step made a
 * one-character string and ran the regular expression on it.
 */
export function breaksSentence(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f || unit === 0x21 || unit === 0x3f || unit === 0xff1b || unit === 0x3b || unit === 0x0a;
}

/** Whether the code unit ends a clause, as CLAUSE_BREAK reads it. */
export function breaksClause(unit: number): boolean {
  return unit === 0xff0c || unit === 0x2c || breaksSentence(unit);
}

/** Whether the code unit ends a clause, as CLAUSE_OR_SPACE_BREAK reads it. */
function breaksClauseOrSpace(unit: number): boolean {
  return breaksClause(unit) || isWhitespace(unit);
}

/** The sentence of `text` around [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !breaksSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !breaksSentence(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** The part of the clause around `end` that comes before it (a space ends a clause, as CLAUSE_OR_SPACE_BREAK reads it). */
export function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !breaksClauseOrSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** `found` when the customer tells it, null when the clause before it only supposes it (万一漏电, 担心被偷). */
export function toldNotSupposed(text: string, found: RegExpExecArray | null): RegExpExecArray | null {
  return found && !SUPPOSED.test(clauseBefore(text, found.index)) ? found : null;
}

/** The part of the clause around `start` that comes from it on. */
export function clauseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !breaksClauseOrSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}
