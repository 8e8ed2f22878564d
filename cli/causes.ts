/** An error's message and those of its causes, as one line: what a user needs to fix the cause. */
export function causes(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current !== undefined && messages.length < 5; current = (current as { cause?: unknown }).cause) {
    messages.push(current instanceof Error ? current.message : String(current));
    if (!(current instanceof Error)) break;
  }
  return messages.join(': ');
}

/** A bug rather than a refusal from the store, the server or the mail service: its stack goes in the report. */
export function isProgrammingError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError;
}
