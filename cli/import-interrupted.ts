import { causes } from './causes.ts';

/**
 * A row the processor could not take (the store refused, the server answered an error): the
 * lines before it are imported, and importing again skips them. The message carries every cause
 * in the chain, as the user needs it to fix the cause.
 */
export class ImportInterrupted<Summary> extends Error {
  constructor(
    readonly line: number,
    cause: unknown,
    /** What the lines before it came to: their bad lines are reported before the stop, not lost with it. */
    readonly summarySoFar: Summary,
  ) {
    super(`line ${line}: processing failed (${causes(cause)}); fix the cause and import again (done lines are skipped)`, { cause });
  }
}
