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

/**
 * Reads a text through a word table, longest word first (外送员 is one word, not 外送 + 员), each word mapped
 * noted in `wordsRead` when given; a word mapped to itself keeps a longer word whole against a shorter one.
 */
export function wordTableReader(table: Readonly<Record<string, string>>): (text: string, wordsRead?: string[]) => string {
  const word = new RegExp(
    Object.keys(table)
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'gu',
  );
  return (text, wordsRead) => text.replace(word, (found) => readAs(wordsRead, found, table[found]!));
}

const NOTED_MOST = 8;

/** For the language line of the explanations: "; read as: noisy → 吵, 冇 → 没有" (eight at most), or nothing. */
export function wordsReadNote(wordsRead: readonly string[] | undefined): string {
  if (wordsRead === undefined) return '';
  const shown = wordsRead.length > NOTED_MOST ? [...wordsRead.slice(0, NOTED_MOST), '…'] : wordsRead;
  return `; read as: ${shown.join(', ')}`;
}
