import { isClauseBreak } from '../zh-clauses.ts';
import { FOOD_CONTEXT_WINDOW } from './shared-words.ts';

/** What the urgency checks read around a phrase found in a message: its clause or sentence before it, or a window on both sides. */

/** A phrase in Latin letters is read the English way: its negator and its place may stand farther off. */
export const LATIN = /^[a-z]/i;

/** Up to `window` characters before `start`, from the last clause break on: "楼上有人走动，蚊子也多" finds nothing in the food. */
export function sameClauseBefore(text: string, start: number, window: number): string {
  const from = Math.max(0, start - window);
  for (let i = start - 1; i >= from; i--) if (isClauseBreak(text.charCodeAt(i))) return text.slice(i + 1, start);
  return text.slice(from, start);
}

/** Up to `window` characters before `start`, from the last Chinese or English sentence end on. */
export function sameSentenceBeforeZh(text: string, start: number, window: number): string {
  const before = text.slice(Math.max(0, start - window), start);
  return before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
}

/** Up to `window` characters before `start`, from the last sentence end on. */
export function sameSentenceBefore(text: string, start: number, window: number): string {
  const before = text.slice(Math.max(0, start - window), start);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
}

/** Whether `pattern` stands within `window` characters on either side of the phrase (as far as the food is looked for, unless told). */
export function near(text: string, start: number, end: number, pattern: RegExp, window = FOOD_CONTEXT_WINDOW): boolean {
  return pattern.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
}
