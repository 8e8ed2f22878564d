import { writeFile } from 'node:fs/promises';
import { UsageError } from './usage-error.ts';

/**
 * Every command's stdout: a write that fails (a full disk, `> /dev/full`) loses output the user
 * asked for, said in one line naming it, exit 2, whichever command wrote it and whenever (mid-way
 * or the last flush). A reader that stops early (`| head`) closes the pipe: the rest is unwanted,
 * not an error. A file is written synchronously and a pipe on Linux too, but the stream reports
 * the failure a tick later, often after the command has returned: so it is handled here, at the
 * stream, not by each command.
 */
export function exitOnFailedStdoutWrite(beforeExit: () => void): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    beforeExit();
    process.stderr.write(`cannot write to stdout: ${error.message}: the output is incomplete\n`);
    process.exit(2);
  });
}

/** An output file the user named (`--out`): a failed write names it, as a usage problem. */
export async function writeOutputFile(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (typeof code !== 'string') throw error;
    throw new UsageError(`cannot write ${path}: ${message}`);
  }
}

/** Resolves once `text` is out; a failed write rejects (and, on stdout, is reported as above). */
export function written(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}
