/**
 * One complete stack for the differential test (test/adapters/store-differential.test.ts): the
 * processor (classify → resolve identity → commit, as the Lambda and local mode run it) and the API
 * app over one store, on a clock the test sets, and everything a user can see of it read through
 * the API (and the digest builder, which the digest Lambda and `feedback digest` run).
 */
import { createHash } from 'node:crypto';
import type { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import type { aggregatingDynamoStore } from './stream-aggregation.ts';

export type DifferentialStore = LocalStore | Awaited<ReturnType<typeof aggregatingDynamoStore>>['store'];

export const TIME_ZONE = 'Asia/Shanghai';
const API_KEY = 'differential-admin-key';
const classifier = createLocalClassifier();

/** An API answer as a user gets it: status, body, and the ETag a PATCH would send back. */
export interface Answer {
  status: number;
  body: unknown;
  etag?: string;
}

export function differentialStack(store: DifferentialStore, startAt: number) {
  let now = startAt;
  // Read as often as each side's code likes: it moves only when the test moves it, so both sides see the same instants.
  const clock = { now: () => new Date(now) };
  const keyRing = staticKeyRing([{ id: 'key_admin', name: 'agent', scope: 'admin', hash: createHash('sha256').update(API_KEY).digest('hex') }]);
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing });
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
  const headers = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };

  async function request(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    const etag = response.headers.get('etag') ?? undefined;
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, ...(etag ? { etag } : {}) };
  }

  return {
    store,
    request,
    processEvent,
    setNow(at: number) {
      now = at;
    },
    now: () => new Date(now),
    /** The digest a person would be sent for the week holding `day`, built as the digest Lambda builds it. */
    weeklyDigest: (day: string) => buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: new Date(now), date: day }),
  };
}

export type DifferentialStack = ReturnType<typeof differentialStack>;
