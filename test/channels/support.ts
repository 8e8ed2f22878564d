import { loadConfig, type Config } from '../../shared/config.ts';
import { createIngestApp } from '../../shared/ingest/app.ts';
import { oneClient } from '../support/one-client.ts';
import type { ChannelContext, ChannelOutcome, ChannelPlugin } from '../../shared/channels/types.ts';
import { ChannelError } from '../../shared/channels/types.ts';
import { FeedbackEvent } from '../../shared/event.ts';
import { LocalSignatureLedger } from '../../shared/adapters/local/local-signature-ledger.ts';
import type { EventQueue, SignatureUseLedger } from '../../shared/ports.ts';

export const FIXED_NOW = new Date('2026-03-01T08:00:00.000Z');

/**
 * One ledger for every call in a test file, as one ingest process has; its clock stands before
 * every signature the tests make, so what it records outlives any test's clock.
 */
export const sharedLedger: SignatureUseLedger = new LocalSignatureLedger({ now: () => new Date(0) });

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DEFAULT_PHONE_REGION: 'CN', ...env });
}

/** Calls a plug-in the way the ingest app does: raw body bytes and the public URL in the context. */
export async function callPlugin(
  plugin: ChannelPlugin,
  request: Request,
  config: Config,
  options: { now?: Date; publicUrl?: string; signatureUses?: SignatureUseLedger } = {},
): Promise<ChannelOutcome> {
  const rawBody = new Uint8Array(await request.clone().arrayBuffer());
  const context: ChannelContext = {
    config,
    now: () => options.now ?? FIXED_NOW,
    publicUrl: options.publicUrl ?? request.url,
    clientAddress: 'unknown',
    params: {},
    rawBody,
    bodyRead: () => {},
    signatureUses: options.signatureUses ?? sharedLedger,
  };
  return plugin.handle(request, context);
}

/** Resolves to the ChannelError a call throws; fails the test when it throws anything else or nothing. */
export async function channelErrorOf(call: Promise<unknown>): Promise<ChannelError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ChannelError) return error;
    throw error;
  }
  throw new Error('expected a ChannelError, but the call succeeded');
}

/** An EventQueue that remembers what the ingest app put on it, refusing what the schema refuses as both real queues do. */
export class CapturingQueue implements EventQueue {
  readonly sent: FeedbackEvent[] = [];
  async send(events: FeedbackEvent[]): Promise<void> {
    this.sent.push(...events.map((event) => FeedbackEvent.parse(event)));
  }
}

export const fixedClock = { now: () => FIXED_NOW };

/** The ingest app with every registered channel, a capturing queue and the fixed clock. */
export function ingestHarness(env: Record<string, string>) {
  const queue = new CapturingQueue();
  const app = createIngestApp({ config: testConfig(env), queue, clock: fixedClock, signatureUses: sharedLedger, connInfo: oneClient });
  return { app, queue };
}
