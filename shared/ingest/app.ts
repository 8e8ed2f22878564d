import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { GetConnInfo } from 'hono/conninfo';
import { cors } from 'hono/cors';
import { channels as registeredChannels } from '../channels/index.ts';
import { ChannelError, type ChannelOutcome, type ChannelPlugin } from '../channels/types.ts';
import { CHANNEL_SECRET_NAMES, type ChannelSecrets, type Config } from '../config.ts';
import { declaredContentCoding, UNSUPPORTED_CONTENT_CODING, unsupportedContentCodingMessage } from '../http/content-coding.ts';
import { errorResponse, isClientAbort, payloadTooLarge } from '../http/errors.ts';
import { answerNavigationsInHtml } from '../http/navigation-answers.ts';
import { answerHeaders } from '../http/headers.ts';
import { notFoundOrNotAllowed } from '../http/not-found.ts';
import { calledUrl, type RequestTargetReader } from '../http/request-target.ts';
import { utf8Path } from '../http/target-encoding.ts';
import { clientAddress, rateLimit } from '../http/rate-limit.ts';
import type { Clock, EventQueue, SignatureUseLedger } from '../ports.ts';
import { refuseUnstorable } from '../channels/storable.ts';
import { assertPhoneRegion } from '../identity/normalise.ts';

export interface IngestDependencies {
  config: Config;
  queue: EventQueue;
  clock: Clock;
  /** Shared by every instance that serves the webhooks (DynamoDB in AWS), so a replay meets the same memory anywhere. */
  signatureUses: SignatureUseLedger;
  /** The runtime's reader of the caller's address, for the web-form rate limit. */
  connInfo: GetConnInfo;
  /** The runtime's reader of the request target as sent, which Twilio's signature covers (without one, the URL as parsed). */
  requestTarget?: RequestTargetReader | undefined;
  /**
   * Where channel secrets live when not in the environment (AWS: the CHANNEL_SECRETS_ARN secret),
   * asked on every webhook so a rotated secret is used as soon as the source sees it.
   */
  channelSecrets?: (() => Promise<ChannelSecrets>) | undefined;
  channels?: readonly ChannelPlugin[];
  onError?: (error: unknown) => void;
  /** A client went away mid-request: worth an info line, not an error. */
  onClientAbort?: (path: string) => void;
}

/**
 * WeChat gives up on a webhook after 5 s (and the ingest Lambda is stopped at 10 s), so a
 * dependency that accepted the connection and went silent must not hold the answer past this:
 * the SDK's own timeouts and retries add up to 15 s, after which nobody hears the 503.
 */
const WEBHOOK_DEADLINE_MS = 4_000;

/** Mounts every channel plug-in under /webhooks; the only thing it does with events is queue them. */
export function createIngestApp({ config, queue, clock, signatureUses, connInfo, requestTarget, channelSecrets, channels = registeredChannels, onError, onClientAbort }: IngestDependencies) {
  assertPhoneRegion(config.DEFAULT_PHONE_REGION);
  const app = new Hono();
  app.use('*', answerHeaders({ personalData: false }));
  const limitBody = bodyLimit({
    maxSize: config.MAX_BODY_BYTES,
    onError: (c) => payloadTooLarge(c, config.MAX_BODY_BYTES),
  });
  const limitRate = rateLimit(config.RATE_LIMIT_PER_MINUTE, connInfo);
  const allowedOrigins = new Set(config.FORMS_ALLOWED_ORIGINS);

  for (const plugin of channels) {
    for (const route of plugin.routes) {
      const path = `/webhooks${route.path}`;
      if (plugin.browserFacing) {
        app.use(path, answerNavigationsInHtml);
        app.use(path, cors({ origin: (origin) => (allowedOrigins.has(origin) ? origin : null), allowMethods: ['POST'], allowHeaders: ['Content-Type', 'Idempotency-Key'], maxAge: 600 }));
        app.use(path, async (c, next) => {
          const origin = c.req.header('origin');
          if (origin && !allowedOrigins.has(origin)) return errorResponse(c, 403, 'origin_not_allowed', `origin ${origin} may not post here`);
          await next();
        });
        app.use(path, limitRate);
      }
      // A form id is read from the path; the query is left to the signed channels, whose signature answers first.
      app.on(route.method, path, utf8Path, (c, next) => (plugin.streamsBody?.(c.req.raw) ? next() : limitBody(c, next)), (c) => handleWith(plugin, c));
    }
  }

  /** The configuration with the channel secrets as they are now; a value set in the environment wins. */
  async function currentConfig(): Promise<Config> {
    if (!channelSecrets) return config;
    let secrets: ChannelSecrets;
    try {
      secrets = await channelSecrets();
    } catch (error) {
      onError?.(error);
      throw new ChannelError(503, 'secrets_unavailable', 'the channel secrets could not be read; retry later');
    }
    const fromSecret = CHANNEL_SECRET_NAMES.filter((name) => config[name] === undefined && secrets[name] !== undefined).map((name) => [name, secrets[name]]);
    return { ...config, ...Object.fromEntries(fromSecret) };
  }

  /** A ledger that cannot answer leaves the request undecided: the provider retries a 503. */
  const ledger: SignatureUseLedger = {
    async record(key, valueHash, expiresAt) {
      try {
        return await signatureUses.record(key, valueHash, expiresAt);
      } catch (error) {
        onError?.(error);
        throw new ChannelError(503, 'replay_check_unavailable', 'the signature could not be checked against replays; retry later');
      }
    },
  };

  async function handleWith(plugin: ChannelPlugin, c: Context) {
    const streamed = plugin.streamsBody?.(c.req.raw) ?? false;
    const rawBody = streamed ? new Uint8Array() : new Uint8Array(await c.req.arrayBuffer());
    let bodyReadNow = () => {};
    const bodyRead = streamed ? new Promise<void>((resolve) => (bodyReadNow = resolve)) : Promise.resolve();
    const publicUrl = calledUrl(c, config.PUBLIC_BASE_URL, requestTarget);
    try {
      return await withinDeadline(bodyRead, async () => {
        const context = { config: await currentConfig(), now: () => clock.now(), publicUrl, clientAddress: clientAddress(connInfo, c), params: c.req.param(), rawBody, bodyRead: bodyReadNow, signatureUses: ledger };
        const outcome = await handleDeclaredCoding(c.req.raw, () => plugin.handle(c.req.raw, context));
        outcome.events.forEach(refuseUnstorable);
        if (outcome.events.length > 0) await queue.send(outcome.events);
        return outcome.response;
      });
    } catch (error) {
      // A streamed body refused part way is left unread: the connection closes after the answer.
      if (streamed) c.header('Connection', 'close');
      throw error;
    }
  }

  /**
   * No channel decodes a compressed body. The coding is refused once the plug-in has heard the
   * request out (its signature checked), so a forged post stays a 401 whatever it declares, and
   * in place of what reading compressed bytes as the body made of them (400 invalid_encoding).
   */
  async function handleDeclaredCoding(request: Request, handle: () => Promise<ChannelOutcome>): Promise<ChannelOutcome> {
    const coding = declaredContentCoding(request);
    if (coding === undefined) return handle();
    const refusal = new ChannelError(415, UNSUPPORTED_CONTENT_CODING, unsupportedContentCodingMessage(coding));
    try {
      await handle();
    } catch (error) {
      // Who sent it, and whether the channel can answer at all, come before what the body is.
      if (!(error instanceof ChannelError) || error.status === 401 || error.status === 403 || error.status === 503) throw error;
    }
    throw refusal;
  }

  /**
   * The work goes on past the deadline (nothing here can cancel it); if it queues the event after
   * the 503, the provider's retry carries the same feedbackId and the processor keeps one item.
   * The deadline starts once the body is read: an upload comes at the sender's pace.
   */
  async function withinDeadline(bodyRead: Promise<void>, work: () => Promise<Response>): Promise<Response> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const running = work();
    const expired = new Promise<never>((_, reject) => {
      void bodyRead.then(() => {
        if (settled) return;
        timer = setTimeout(() => {
          running.catch((error: unknown) => onError?.(error));
          reject(new Error(`the webhook's dependencies did not answer within ${WEBHOOK_DEADLINE_MS} ms`));
        }, WEBHOOK_DEADLINE_MS);
      });
    });
    try {
      return await Promise.race([running, expired]);
    } finally {
      settled = true;
      clearTimeout(timer);
    }
  }

  app.notFound(notFoundOrNotAllowed(app));
  app.onError((error, c) => {
    if (error instanceof ChannelError) return errorResponse(c, error.status, error.code, error.message);
    if (isClientAbort(error, c.req.raw)) {
      onClientAbort?.(c.req.path);
      return errorResponse(c, 400, 'request_aborted', 'the client closed the connection before the body was read');
    }
    onError?.(error);
    // Only a failure to queue lands here: 503 tells providers to retry later, which they do, and
    // Retry-After tells any other client when (as the API's store_unavailable does).
    c.header('Retry-After', '1');
    return errorResponse(c, 503, 'unavailable', 'feedback could not be queued; retry later');
  });
  return app;
}
