/** Where a Chinese or mixed-script sentence ends, for the rules after the model that read one sentence at a time. */
export const SENTENCE_BREAK = /[。！？!?；;\n]+/;

/** The sentence of `text` around [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_BREAK.test(text[to]!)) to++;
  return text.slice(from, to);
}
