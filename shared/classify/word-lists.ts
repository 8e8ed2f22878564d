import { concerns, RuleKeys } from './rule-keys.ts';

/**
 * Which of several word lists a text holds a word of, found in one scan of it (RuleKeys, so ASCII
 * letters in either case) rather than an `includes` per word: urgency's checks, each read only
 * behind its list, walked a message some seventy times that way.
 */
export class WordLists {
  readonly #keys: RuleKeys;
  readonly #index: ReadonlyMap<readonly string[], number>;
  readonly #held: Uint32Array;

  constructor(lists: readonly (readonly string[])[]) {
    this.#keys = new RuleKeys(lists);
    this.#index = new Map(lists.map((list, index) => [list, index]));
    this.#held = this.#keys.emptyMask();
  }

  /** Reads `text`: `holds` answers for it until the next read. */
  read(text: string): this {
    this.#keys.scan(text, this.#held);
    return this;
  }

  /** Whether the text last read holds a word of `list`, one of the lists given. */
  holds(list: readonly string[]): boolean {
    const index = this.#index.get(list);
    if (index === undefined) throw new Error('WordLists: a list it was not built with');
    return concerns(this.#held, index);
  }
}
