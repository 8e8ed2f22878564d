/**
 * Text as a reader takes it in, beside the text as it was written: each character folded on its
 * own (NFKC: full-width letters, digits, `＠` and `．` as a Chinese input method types them, circled
 * digits), format characters (zero-width spaces, soft hyphens, bidi controls) folded to nothing.
 * Patterns run on the folded text, and what they find is changed in the written one, so a digest
 * quote keeps its full-width punctuation (`你好，谢谢`, not `你好,谢谢`).
 */
export interface FoldedText {
  /** The written text's characters (code points). */
  written: string[];
  /** What each written character folds to, possibly nothing or several characters. */
  pieces: string[];
  /** The folded text: the pieces joined. */
  text: string;
  /** For each UTF-16 unit of `text`, the index of the written character it came from. */
  origin: number[];
}

const FORMAT_CHARACTER = /^\p{Cf}$/u;

export function foldText(text: string): FoldedText {
  const written = [...text];
  const pieces = written.map((character) => (FORMAT_CHARACTER.test(character) ? '' : character.normalize('NFKC')));
  const origin: number[] = [];
  pieces.forEach((piece, index) => {
    for (let unit = 0; unit < piece.length; unit += 1) origin.push(index);
  });
  return { written, pieces, text: pieces.join(''), origin };
}

/** The written characters `[from, to)` that the folded units `[start, end)` came from. */
export function writtenSpan(folded: FoldedText, start: number, end: number): { from: number; to: number } {
  return { from: folded.origin[start] ?? folded.written.length, to: (folded.origin[end - 1] ?? folded.written.length - 1) + 1 };
}
