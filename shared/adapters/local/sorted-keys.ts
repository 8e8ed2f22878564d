/** A set of string keys kept in order, read newest (largest) first with an exclusive cursor. */
export class SortedKeys {
  private readonly keys: string[] = [];

  static from(keys: string[]): SortedKeys {
    const sorted = new SortedKeys();
    sorted.keys.push(...[...keys].sort());
    return sorted;
  }

  add(key: string): void {
    const at = this.lowerBound(key);
    if (this.keys[at] !== key) this.keys.splice(at, 0, key);
  }

  delete(key: string): void {
    const at = this.lowerBound(key);
    if (this.keys[at] === key) this.keys.splice(at, 1);
  }

  get size(): number {
    return this.keys.length;
  }

  /** Up to `limit` keys below `before` (or from the top) and not below `atLeast`, largest first. */
  descending(limit: number, before?: string, atLeast?: string): string[] {
    const end = before === undefined ? this.keys.length : this.lowerBound(before);
    const start = atLeast === undefined ? 0 : this.lowerBound(atLeast);
    const result: string[] = [];
    for (let i = end - 1; i >= start && result.length < limit; i -= 1) result.push(this.keys[i]!);
    return result;
  }

  /** Up to `limit` keys not below `atLeast` and below `before`, smallest first. */
  ascending(limit: number, atLeast: string, before: string): string[] {
    const end = this.lowerBound(before);
    const result: string[] = [];
    for (let i = this.lowerBound(atLeast); i < end && result.length < limit; i += 1) result.push(this.keys[i]!);
    return result;
  }

  /** Every key below `before` (or from the top), largest first, lazily. */
  *walkDescending(before?: string): Generator<string> {
    for (let i = (before === undefined ? this.keys.length : this.lowerBound(before)) - 1; i >= 0; i -= 1) yield this.keys[i]!;
  }

  toArray(): string[] {
    return [...this.keys];
  }

  private lowerBound(key: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
