import { clauseBefore, sentenceAround } from './sentences.ts';

/**
 * One occurrence of a rule's phrase and what the rules read around it to tell a fault told from one
 * denied, feared, asked or said of something else. Read on demand: most occurrences are settled by
 * the clause before them.
 */
export class Occurrence {
  constructor(
    private readonly text: string,
    readonly found: RegExpExecArray,
  ) {}

  /** The clause before the phrase, from its start (a space ends a clause). */
  get before(): string {
    return clauseBefore(this.text, this.found.index);
  }

  /** The rest of the message after the phrase. */
  get after(): string {
    return this.text.slice(this.found.index + this.found[0].length);
  }

  /** The sentence the phrase is in. */
  get sentence(): string {
    return sentenceAround(this.text, this.found.index, this.found.index + this.found[0].length);
  }
}

/** The first occurrence of the global `pattern` in `text` that `told` accepts, or undefined. */
export function firstOccurrence(text: string, pattern: RegExp, told: (occurrence: Occurrence) => boolean): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (told(new Occurrence(text, found))) {
      pattern.lastIndex = 0;
      return found;
    }
  }
  return undefined;
}
