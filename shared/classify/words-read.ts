/**
 * `reading`, for `word` read in other words (an English, dialect or Cantonese one in standard Chinese), noted once
 * as "noisy → 吵": the explanations quote the words the rules read, which the customer may not have written.
 */
export function readAs(wordsRead: string[] | undefined, word: string, reading: string): string {
  if (wordsRead === undefined || reading === word) return reading;
  const note = `${word} → ${reading}`;
  if (!wordsRead.includes(note)) wordsRead.push(note);
  return reading;
}

const NOTED_MOST = 8;

/** For the language line of the explanations: "; read as: noisy → 吵, 冇 → 没有" (eight at most), or nothing. */
export function wordsReadNote(wordsRead: readonly string[] | undefined): string {
  if (wordsRead === undefined) return '';
  const shown = wordsRead.length > NOTED_MOST ? [...wordsRead.slice(0, NOTED_MOST), '…'] : wordsRead;
  return `; read as: ${shown.join(', ')}`;
}
