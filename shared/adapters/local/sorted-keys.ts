/** A place among the keys: before the `index`th key of block `block` (the end: block past the last). */
type Position = { block: number; index: number };

/**
 * A set of string keys kept in order, read newest (largest) first with an exclusive cursor.
 *
 * The keys are held in sorted blocks of up to `2 × blockSize`, so adding or deleting one moves at
 * most a block of keys. One sorted array moved half of the set each time a key landed in its
 * middle: restarting a store whose items were committed out of time order (an import grouped by
 * customer) was quadratic in the work queue's partition, which holds two thirds of the items.
 */
export class SortedKeys {
  private readonly blocks: string[][] = [];
  private count = 0;

  constructor(private readonly blockSize = 512) {}

  add(key: string): void {
    if (this.blocks.length === 0) {
      this.blocks.push([key]);
      this.count = 1;
      return;
    }
    // A key past every block goes at the end of the last one.
    const block = Math.min(this.blockHolding(key), this.blocks.length - 1);
    const keys = this.blocks[block]!;
    const at = lowerBound(keys, key);
    if (keys[at] === key) return;
    keys.splice(at, 0, key);
    this.count += 1;
    if (keys.length > 2 * this.blockSize) this.blocks.splice(block + 1, 0, keys.splice(this.blockSize));
  }

  delete(key: string): void {
    const { block, index } = this.lowerBound(key);
    const keys = this.blocks[block];
    if (keys?.[index] !== key) return;
    keys.splice(index, 1);
    this.count -= 1;
    if (keys.length === 0) this.blocks.splice(block, 1);
  }

  get size(): number {
    return this.count;
  }

  /** Up to `limit` keys below `before` (or from the top) and not below `atLeast`, largest first. */
  descending(limit: number, before?: string, atLeast?: string): string[] {
    const result: string[] = [];
    for (const key of this.walkDescending(before)) {
      if (result.length >= limit || (atLeast !== undefined && key < atLeast)) break;
      result.push(key);
    }
    return result;
  }

  /** Up to `limit` keys not below `atLeast` and below `before`, smallest first. */
  ascending(limit: number, atLeast: string, before: string): string[] {
    const result: string[] = [];
    let { block, index } = this.lowerBound(atLeast);
    for (; block < this.blocks.length; block += 1, index = 0) {
      const keys = this.blocks[block]!;
      for (; index < keys.length; index += 1) {
        if (result.length >= limit || keys[index]! >= before) return result;
        result.push(keys[index]!);
      }
    }
    return result;
  }

  /** Every key below `before` (or from the top), largest first, lazily. */
  *walkDescending(before?: string): Generator<string> {
    const start = before === undefined ? { block: this.blocks.length, index: 0 } : this.lowerBound(before);
    for (let block = start.block, index = start.index - 1; block >= 0; block -= 1, index = (this.blocks[block]?.length ?? 0) - 1) {
      for (; index >= 0; index -= 1) yield this.blocks[block]![index]!;
    }
  }

  toArray(): string[] {
    return this.blocks.flat();
  }

  /** Where `key` is, or would go. */
  private lowerBound(key: string): Position {
    const block = this.blockHolding(key);
    return block === this.blocks.length ? { block, index: 0 } : { block, index: lowerBound(this.blocks[block]!, key) };
  }

  /** The first block whose last key is not below `key` (the number of blocks when there is none). */
  private blockHolding(key: string): number {
    let low = 0;
    let high = this.blocks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const keys = this.blocks[middle]!;
      if (keys[keys.length - 1]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function lowerBound(keys: string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
