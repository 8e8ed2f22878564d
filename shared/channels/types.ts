import type { Config } from '../config.ts';
import type { FeedbackEvent } from '../event.ts';
import type { SignatureUseLedger } from '../ports.ts';

/** A refusal the caller can act on: becomes `{"error":{"code","message"}}` with a 4xx status. */
export class ChannelError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

export interface ChannelContext {
  config: Config;
  now(): Date;
  /** The URL the provider called, as the provider saw it (PUBLIC_BASE_URL + path and query as the request line carried them). */
  publicUrl: string;
  /** Where the request came from as the runtime tells it (`unknown` when it cannot). */
  clientAddress: string;
  /** Route parameters, e.g. `{ formId }`. */
  params: Record<string, string>;
  /** The raw request body, already limited to MAX_BODY_BYTES; empty when the plug-in streams it (streamsBody). */
  rawBody: Uint8Array;
  /** A plug-in that streams its body calls this once it is read: the deadline for its dependencies starts then. */
  bodyRead(): void;
  /** First use wins, across every ingest instance, for signatures that leave part of a request uncovered. */
  signatureUses: SignatureUseLedger;
}

export interface ChannelOutcome {
  /** Normalised events to enqueue before answering; empty for handshakes and ignored pings. */
  events: FeedbackEvent[];
  /** What the provider expects back once the events are safely queued. */
  response: Response;
}

export interface ChannelRoute {
  method: 'GET' | 'POST';
  /** Hono path below `/webhooks`, e.g. `/forms/:formId`. */
  path: string;
}

/**
 * A channel plug-in: verify the caller, parse the provider's format, normalise to FeedbackEvent.
 * It never touches the queue or the store; the ingest app does that with what it returns.
 */
export interface ChannelPlugin {
  readonly name: string;
  readonly routes: readonly ChannelRoute[];
  /** Browser-facing channels (web forms) get CORS limited to FORMS_ALLOWED_ORIGINS. */
  readonly browserFacing?: boolean;
  /**
   * Requests this is true for (a form's multipart upload) are not read ahead nor held to
   * MAX_BODY_BYTES: the plug-in reads `request.body` as it streams, within MAX_UPLOAD_BYTES.
   */
  readonly streamsBody?: (request: Request) => boolean;
  handle(request: Request, context: ChannelContext): Promise<ChannelOutcome>;
}
