import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { claimDataDir } from '../adapters/local/data-dir-owner.ts';
import { LocalStore } from '../adapters/local/local-store.ts';
import { sweepPendingWork } from '../identity/pending-sweep.ts';
import { MemoryQueue } from '../adapters/local/memory-queue.ts';
import { LocalSignatureLedger } from '../adapters/local/local-signature-ledger.ts';
import { FileKeyRegistry } from '../adapters/local/file-key-registry.ts';
import { combinedKeyRing, configuredKeys, staticKeyRing } from '../keys/keys.ts';
import { createApiApp } from '../api/app.ts';
import { webRoutes } from '../api/web.ts';
import { createLocalClassifier, loadTaxonomy } from '../classify/index.ts';
import type { Config } from '../config.ts';
import { createIngestApp } from '../ingest/app.ts';
import { answerHeaders } from '../http/headers.ts';
import { answerHeadAsGet } from '../http/head-as-get.ts';
import { notFoundOrNotAllowed } from '../http/not-found.ts';
import { nodeRequestTarget } from '../http/request-target.ts';
import { systemClock, type Clock } from '../ports.ts';
import { createBatchHandler } from './batch.ts';
import { assertReportTimeZone } from '../timeline/counters.ts';
import { createEventProcessor } from '../timeline/process-event.ts';
import { batchObserver } from './batch-observer.ts';
import { localControlRoutes } from './local-control.ts';

export interface LocalRuntimeOptions {
  /** Queue tuning for tests; defaults follow the SQS settings of the CDK stack. */
  queue?: { visibilityTimeoutMs?: number; maxReceiveCount?: number; concurrency?: number };
  clock?: Clock;
  /** Built console and API reference (web/build.ts); without it /console and /docs are not served. */
  webDir?: string;
}

/**
 * The whole product in one process on the embedded adapters: ingest → in-process queue →
 * processor → local store → API. The same core code runs in Lambda with the AWS adapters.
 */
export function createLocalRuntime(config: Config, options: LocalRuntimeOptions = {}) {
  assertReportTimeZone(config.REPORT_TIME_ZONE);
  const clock = options.clock ?? systemClock;
  const logger = new Logger({ serviceName: 'feedback', logLevel: config.LOG_LEVEL });
  const dataDir = resolve(config.DATA_DIR);
  // Claimed before the journals are opened: opening may compact them, which only the owner may do.
  claimDataDir(dataDir);
  const queue = new MemoryQueue({ directory: dataDir, ...options.queue });
  // An erasure rewrites the queue's journal too: it keeps every message delivered since its last compaction.
  const store = new LocalStore(dataDir, { copiesIn: [queue] });
  const classifier = createLocalClassifier({ taxonomy: loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE) });
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: config.REPORT_TIME_ZONE });
  const handleBatch = createBatchHandler(processEvent, batchObserver(logger));

  const keyRegistry = new FileKeyRegistry(dataDir);
  const generatedKey = config.FEEDBACK_API_KEYS.length === 0 ? keyRegistry.createFirstKey(clock.now().toISOString()) : undefined;
  const keyRing = combinedKeyRing(staticKeyRing(configuredKeys(config.FEEDBACK_API_KEYS)), keyRegistry);
  const onError = (error: unknown) => logger.error('unhandled error', { error: error as Error });
  const onClientAbort = (path: string) => logger.info('client closed the connection before its request was read', { path });

  // Lets other local commands (import) run through this process's pipeline instead of opening
  // the data directory a second time; the token lives in DATA_DIR/owner.json only.
  const controlToken = randomBytes(24).toString('hex');
  const app = new Hono();
  // The routes' own apps set these too; this covers what no route answers (a 404 naming the path).
  app.use('*', answerHeaders({ personalData: false }));
  app.route('/', localControlRoutes(controlToken, processEvent, queue));
  app.route('/', createIngestApp({ config, queue, clock, signatureUses: new LocalSignatureLedger(clock, { directory: dataDir }), connInfo: getConnInfo, requestTarget: nodeRequestTarget, onError, onClientAbort }));
  app.route('/', createApiApp({ config, store, keyRing, clock, onError, onClientAbort }));
  if (options.webDir) app.route('/', webRoutes(options.webDir));
  app.notFound(notFoundOrNotAllowed(app));
  // Served by @hono/node-server, whose HEAD answers would lose the headers middleware sets.
  app.fetch = answerHeadAsGet(app.fetch);

  let consumer: { stop(): Promise<void> } | undefined;
  return {
    app,
    store,
    queue,
    processEvent,
    logger,
    dataDir,
    keyRegistry,
    /** Set when this run created the first admin key of DATA_DIR: shown once, kept hashed. */
    generatedKey,
    /** Publishes where this server is, so local commands use it instead of the directory. */
    advertise(url: string) {
      claimDataDir(dataDir, { url, token: controlToken });
    },
    /**
     * Finishes the merges and undos a stopped process left half done (kill -9 in the middle of one):
     * run before requests are taken, by the sweep AWS runs on a schedule. The server does not start
     * on a customer whose work still fails, as before: it would serve a half-moved timeline.
     */
    async finishInterruptedWork() {
      const { failed } = await sweepPendingWork(store);
      if (failed.length) throw new AggregateError(failed.map(({ error }) => error), `work under way could not be finished on ${failed.map(({ customerId }) => customerId).join(', ')}`);
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
