import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { Hono } from 'hono';
import { claimDataDir } from '../adapters/local/data-dir-owner.ts';
import { LocalStore } from '../adapters/local/local-store.ts';
import { MemoryQueue } from '../adapters/local/memory-queue.ts';
import { sha256Hex } from '../api/auth.ts';
import { createApiApp } from '../api/app.ts';
import { createLocalClassifier, loadTaxonomy } from '../classify/index.ts';
import type { Config } from '../config.ts';
import { createIngestApp } from '../ingest/app.ts';
import { notFoundOrNotAllowed } from '../http/not-found.ts';
import { systemClock, type Clock } from '../ports.ts';
import { createBatchHandler } from '../timeline/batch.ts';
import { createEventProcessor } from '../timeline/process-event.ts';
import { localControlRoutes } from './local-control.ts';

export interface LocalRuntimeOptions {
  /** Queue tuning for tests; defaults follow the SQS settings of the CDK stack. */
  queue?: { visibilityTimeoutMs?: number; maxReceiveCount?: number; concurrency?: number };
  clock?: Clock;
}

/**
 * The whole product in one process on the embedded adapters: ingest → in-process queue →
 * processor → local store → API. The same core code runs in Lambda with the AWS adapters.
 */
export function createLocalRuntime(config: Config, options: LocalRuntimeOptions = {}) {
  const clock = options.clock ?? systemClock;
  const logger = new Logger({ serviceName: 'feedback', logLevel: config.LOG_LEVEL });
  const dataDir = resolve(config.DATA_DIR);
  // Claimed before the journals are opened: opening may compact them, which only the owner may do.
  claimDataDir(dataDir);
  const store = new LocalStore(dataDir);
  const queue = new MemoryQueue({ directory: dataDir, ...options.queue });
  const classifier = createLocalClassifier({ taxonomy: loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE) });
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: config.REPORT_TIME_ZONE });
  const handleBatch = createBatchHandler(processEvent, {
    processed: (outcome) => logger.debug('processed', { ...outcome }),
    failed: (messageId, error) => logger.error('processing failed; the message will be retried', { messageId, error: error as Error }),
  });

  const generatedKey = config.FEEDBACK_API_KEYS.length === 0 ? `dev-${randomBytes(12).toString('hex')}` : undefined;
  const apiKeys = generatedKey ? [generatedKey] : config.FEEDBACK_API_KEYS;
  const onError = (error: unknown) => logger.error('unhandled error', { error: error as Error });
  const onClientAbort = (path: string) => logger.info('client closed the connection before its request was read', { path });

  // Lets other local commands (import) run through this process's pipeline instead of opening
  // the data directory a second time; the token lives in DATA_DIR/owner.json only.
  const controlToken = randomBytes(24).toString('hex');
  const app = new Hono();
  app.route('/', localControlRoutes(controlToken, processEvent, queue));
  app.route('/', createIngestApp({ config, queue, clock, onError, onClientAbort }));
  app.route('/', createApiApp({ config, store, apiKeyHashes: apiKeys.map(sha256Hex), onError, onClientAbort }));
  app.notFound(notFoundOrNotAllowed(app));

  let consumer: { stop(): Promise<void> } | undefined;
  return {
    app,
    store,
    queue,
    processEvent,
    logger,
    dataDir,
    /** Set when no FEEDBACK_API_KEYS were configured: a key for this run only. */
    generatedKey,
    /** Publishes where this server is, so local commands use it instead of the directory. */
    advertise(url: string) {
      claimDataDir(dataDir, { url, token: controlToken });
    },
    startProcessing() {
      consumer ??= queue.consume(handleBatch);
    },
    async stop() {
      await consumer?.stop();
      consumer = undefined;
    },
  };
}

export type LocalRuntime = ReturnType<typeof createLocalRuntime>;
