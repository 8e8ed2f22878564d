import { utf8Lines } from '../cli/utf8-lines.ts';

const MEGABYTE = 1_000_000;
/** What a file stream hands over at a time (fs.createReadStream's default highWaterMark). */
const CHUNK_BYTES = 64 * 1024;

async function* chunksOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/** The CLI's line reader (classify --jsonl, import) on one line of 1, 8 and 64 MB: a 100 MB JSONL may be a single line. */
export async function run(): Promise<void> {
  console.log(`CLI line reader, one JSONL line read in ${CHUNK_BYTES / 1024} KiB chunks`);
  const cells: string[] = [];
  for (const megabytes of [1, 8, 64]) {
    const line = Buffer.from(`{"id":"1","text":"${'差'.repeat((megabytes * MEGABYTE) / 3)}"}\n`);
    const started = performance.now();
    for await (const read of utf8Lines(chunksOf(line))) if (!('text' in read)) throw new Error('the line did not decode');
    const seconds = (performance.now() - started) / 1000;
    cells.push(`${megabytes} MB ${(seconds * 1000).toFixed(0).padStart(6)} ms (${(megabytes / seconds).toFixed(0)} MB/s)`);
  }
  console.log(`  ${cells.join('   ')}`);
}
