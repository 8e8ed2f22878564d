/** The `feedback serve` that owns DATA_DIR closed the connection or could not be reached. */
export class ServerGone extends Error {}

/**
 * A request to the running server. fetch reports a server that went away (killed, restarting) as
 * a TypeError, which would otherwise read as a bug of ours and print a stack trace.
 */
export async function askServer(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new ServerGone(`the server at ${new URL(url).origin} stopped answering (${reason}); is \`feedback serve\` still running?`);
  }
}
