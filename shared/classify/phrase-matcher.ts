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

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

export class PhraseMatcher<T> {
  /**
   * Phrases of two or more characters, keyed by first UTF-16 code unit, then by the second.
   * Maps, not 65,536-slot arrays: arrays that sparse fall into V8's slow dictionary mode and made
   * building the matchers most of the classifier's cold start.
   */
  private readonly byFirstPair = new Map<number, Map<number, Entry<T>[]>>();
  private readonly singleCharacter = new Map<number, Entry<T>>();
  /** 1 where some phrase starts with that code unit: most positions are rejected right here. */
  private readonly startsPhrase = new Uint8Array(65536);

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [raw, value] of entries) {
      const prefix = raw.length > 2 && raw.endsWith('*');
      const phrase = (prefix ? raw.slice(0, -1) : raw).toLowerCase();
      if (phrase.length === 0) continue;
      const entry = { phrase, prefix, value };
      const first = phrase.charCodeAt(0);
      this.startsPhrase[first] = 1;
      if (phrase.length === 1) {
        this.singleCharacter.set(first, entry);
        continue;
      }
      let bySecond = this.byFirstPair.get(first);
      if (!bySecond) this.byFirstPair.set(first, (bySecond = new Map<number, Entry<T>[]>()));
      const bucket = bySecond.get(phrase.charCodeAt(1)) ?? [];
      const existing = bucket.findIndex((e) => e.phrase === phrase && e.prefix === prefix);
      if (existing >= 0) bucket[existing] = entry;
      else bucket.push(entry);
      bySecond.set(phrase.charCodeAt(1), bucket);
    }
    for (const bySecond of this.byFirstPair.values()) {
      for (const bucket of bySecond.values()) bucket.sort((a, b) => b.phrase.length - a.phrase.length);
    }
  }

  /** `text` must already be lower-cased (see normaliseText). */
  findAll(text: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < text.length) {
      if (this.startsPhrase[text.charCodeAt(i)] === 0) {
        i += 1;
        continue;
      }
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
    const first = text.charCodeAt(start);
    const firstIsWord = isWordCode(first);
    // Mid-word ("plate"): no Latin phrase can start here, and every phrase starting with this
    // character is Latin.
    if (firstIsWord && start > 0 && isWordCode(text.charCodeAt(start - 1))) return undefined;
    if (start + 1 < text.length) {
      const bucket = this.byFirstPair.get(first)?.get(text.charCodeAt(start + 1));
      if (bucket) {
        for (const entry of bucket) {
          if (!text.startsWith(entry.phrase, start)) continue;
          let end = start + entry.phrase.length;
          if (entry.prefix) {
            while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
          } else if (end < text.length && isWordCode(entry.phrase.charCodeAt(entry.phrase.length - 1)) && isWordCode(text.charCodeAt(end))) {
            continue;
          }
          return { phrase: entry.phrase, start, end, value: entry.value };
        }
      }
    }
    const single = this.singleCharacter.get(first);
    if (!single) return undefined;
    if (firstIsWord && start + 1 < text.length && isWordCode(text.charCodeAt(start + 1))) return undefined;
    return { phrase: single.phrase, start, end: start + 1, value: single.value };
  }
}
