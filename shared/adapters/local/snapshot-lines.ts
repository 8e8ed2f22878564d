/**
 * A snapshot as JSON Lines, one record of the state to a line, so that no string holds it whole
 * (a single JSON document of it stopped being writable past ~457k items). The first line is the
 * header; each line after it sets a property of the state whole (`value`), or adds one more
 * element to an array (`item`): a property of the state (`key`), or the state itself when it is
 * an array.
 */
type SnapshotHeader = { journalGeneration: number; shape: 'array' | 'object' };
type Piece = { key?: string; value?: unknown; item?: unknown };

export function* snapshotLines(journalGeneration: number, state: unknown): Generator<string> {
  if (Array.isArray(state)) {
    yield JSON.stringify({ journalGeneration, shape: 'array' } satisfies SnapshotHeader);
    for (const item of state) yield JSON.stringify({ item } satisfies Piece);
    return;
  }
  yield JSON.stringify({ journalGeneration, shape: 'object' } satisfies SnapshotHeader);
  for (const [key, value] of Object.entries(state as object)) {
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      yield JSON.stringify({ key, value } satisfies Piece);
      continue;
    }
    yield JSON.stringify({ key, value: [] } satisfies Piece);
    for (const item of value) yield JSON.stringify({ key, item } satisfies Piece);
  }
}

/** Puts the state back together from `snapshotLines`; a line that does not parse throws (the file is renamed into place whole). */
export function stateOfLines<State>(lines: Iterable<string>): { journalGeneration: number; state: State } {
  let header: SnapshotHeader | undefined;
  let state: unknown[] | Record<string, unknown> = [];
  for (const line of lines) {
    if (!header) {
      header = JSON.parse(line) as SnapshotHeader;
      state = header.shape === 'array' ? [] : {};
      continue;
    }
    const { key, value, item } = JSON.parse(line) as Piece;
    const into = key === undefined ? state : (state as Record<string, unknown>)[key];
    // JSON writes an undefined element of an array as null; its piece has no `item`.
    if (value === undefined) (into as unknown[]).push(item ?? null);
    else (state as Record<string, unknown>)[key!] = value;
  }
  if (!header) throw new Error('the snapshot is empty');
  return { journalGeneration: header.journalGeneration, state: state as State };
}
