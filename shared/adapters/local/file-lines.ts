import { readSync, writeSync } from 'node:fs';

/**
 * The journals and snapshots outgrow the longest string V8 can make (0x1fffffe8 characters, about
 * 312k messages of journal): they are read and written a chunk of `chunkBytes` at a time, split
 * on newline bytes, so one line at most is ever decoded or encoded at once.
 */

/** How many bytes of the first `size` end with a newline: anything after it is a torn line. */
export function completeLength(fd: number, size: number, chunkBytes: number): number {
  const chunk = Buffer.allocUnsafe(chunkBytes);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunkBytes);
    const read = readFully(fd, chunk, end - start, start);
    const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
    if (newline !== -1) return start + newline + 1;
    end = start;
  }
  return 0;
}

/** The bytes from `start` to `end`: the torn line after the last newline. */
export function bytesBetween(fd: number, start: number, end: number): Buffer {
  const bytes = Buffer.alloc(end - start);
  readFully(fd, bytes, bytes.length, start);
  return bytes;
}

/** Every non-empty line among the first `length` bytes, decoded one at a time. */
export function* linesOf(fd: number, length: number, chunkBytes: number): Generator<string> {
  const chunk = Buffer.allocUnsafe(chunkBytes);
  // A line that spans chunks, gathered as bytes: a character cut in two by a chunk is decoded whole.
  let partial: Buffer[] = [];
  for (let position = 0; position < length; ) {
    const read = readFully(fd, chunk, Math.min(chunkBytes, length - position), position);
    if (read === 0) return;
    position += read;
    const bytes = chunk.subarray(0, read);
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      const line = partial.length ? Buffer.concat([...partial, bytes.subarray(start, newline)]) : bytes.subarray(start, newline);
      partial = [];
      if (line.length) yield line.toString('utf8');
      start = newline + 1;
    }
    // Copied: the chunk is read into again.
    if (start < read) partial.push(Buffer.from(bytes.subarray(start)));
  }
  if (partial.length) yield Buffer.concat(partial).toString('utf8');
}

/** Writes `lines`, each followed by a newline, encoding about `chunkBytes` of them at a time. */
export function writeLines(fd: number, lines: Iterable<string>, chunkBytes: number): void {
  let batch: string[] = [];
  let batched = 0;
  const writeBatch = () => {
    const bytes = Buffer.from(batch.join(''));
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    batch = [];
    batched = 0;
  };
  for (const line of lines) {
    batch.push(`${line}\n`);
    batched += line.length + 1;
    if (batched >= chunkBytes) writeBatch();
  }
  if (batched > 0) writeBatch();
}

function readFully(fd: number, into: Buffer, length: number, position: number): number {
  let read = 0;
  while (read < length) {
    const got = readSync(fd, into, read, length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  return read;
}
