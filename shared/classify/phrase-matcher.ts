/**
 * Finds dictionary phrases in text, leftmost-longest and non-overlapping, in one pass.
 * Phrases are bucketed by first character, so the cost per character is one Map lookup plus
 * a few `startsWith` checks: fast enough for tens of thousands of messages per second.
 *
 * Latin phrases only match on word boundaries ("late" must not match "plate"); a phrase ending
 * in `*` is a prefix ("deliver*" matches "delivered"). Non-overlapping matters for Chinese:
 * "不错" (good) must win over its substring "错" (wrong).
 */
export interface PhraseHit<T> {
  phrase: string;
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  phrase: string;
  prefix: boolean;
  value: T;
}

const WORD_CHAR = /[a-z0-9]/;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

export class PhraseMatcher<T> {
  private readonly byFirstChar = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [raw, value] of entries) {
      const prefix = raw.length > 1 && raw.endsWith('*');
      const phrase = (prefix ? raw.slice(0, -1) : raw).toLowerCase();
      if (phrase.length === 0) continue;
      const first = phrase[0]!;
      let bucket = this.byFirstChar.get(first);
      if (!bucket) {
        bucket = [];
        this.byFirstChar.set(first, bucket);
      }
      const existing = bucket.findIndex((e) => e.phrase === phrase && e.prefix === prefix);
      const entry = { phrase, prefix, value };
      if (existing >= 0) bucket[existing] = entry;
      else bucket.push(entry);
    }
    for (const bucket of this.byFirstChar.values()) {
      bucket.sort((a, b) => b.phrase.length - a.phrase.length);
    }
  }

  /** `text` must already be lower-cased (see normaliseText). */
  findAll(text: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = this.matchAt(text, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else {
        i += 1;
      }
    }
    return hits;
  }

  private matchAt(text: string, start: number): PhraseHit<T> | undefined {
    const bucket = this.byFirstChar.get(text[start]!);
    if (!bucket) return undefined;
    for (const entry of bucket) {
      if (!text.startsWith(entry.phrase, start)) continue;
      let end = start + entry.phrase.length;
      if (isWordChar(entry.phrase[0]) && isWordChar(text[start - 1])) continue;
      if (entry.prefix) {
        while (isWordChar(text[end])) end += 1;
      } else if (isWordChar(entry.phrase[entry.phrase.length - 1]) && isWordChar(text[end])) {
        continue;
      }
      return { phrase: entry.phrase, start, end, value: entry.value };
    }
    return undefined;
  }
}
