/**
 * Local mode and AWS behave the same: random sequences of what customers and people do (messages,
 * late and repeated deliveries, imports, case changes, identity changes, merges, undos, merge
 * suggestions, erasures) run on two complete stacks — processor and API over a LocalStore, and
 * over a DynamoStore on DynamoDB Local with the stream aggregator run to completion before every
 * aggregate read — and everything a user can see is compared through the API after each step
 * that moves customers, and at the end. The store contract suites check hand-picked cases; this
 * finds the sequences nobody picked.
 *
 * `DIFFERENTIAL_RUNS` (split over `DIFFERENTIAL_GROUPS` seeds from `DIFFERENTIAL_SEED` on), `DIFFERENTIAL_COMMANDS`
 * and `DIFFERENTIAL_EVERY_STEP=1` (and `DIFFERENTIAL_TIMEOUT_MS`, `DIFFERENTIAL_SHRINK=1`) explore further while
 * hunting (e.g. 300 runs of 25 commands); the committed run takes 1.5–2 minutes here, about 20 s per group.
 */
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import { ANONYMOUS_FORM_PREFIX, anonymousIdentity } from '../../shared/identity/normalise.ts';
import { reportingDay } from '../../shared/timeline/counters.ts';
import { differentialStack, TIME_ZONE, type DifferentialStack } from '../support/differential-stack.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 25);
const MAX_COMMANDS = Number(process.env.DIFFERENTIAL_COMMANDS ?? 12);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 5151);
const EVERY_STEP = process.env.DIFFERENTIAL_EVERY_STEP === '1';
const TIMEOUT_MS = Number(process.env.DIFFERENTIAL_TIMEOUT_MS ?? 600_000);

/** Small pools, so that messages, adds and merges keep meeting the same identities. */
const IDENTITIES = [
  'email:li.lei@example.com',
  'email:han.meimei@example.com',
  'phone:+8613800138001',
  'phone:+8613800138002',
  'wechat:oLiLeiOpenId0000000000000001',
  'wechat:oHanMeiOpenId000000000000002',
  'form:shop-7',
];
const TEXTS = [
  '非常满意，服务很好，谢谢！',
  '快递太慢了，等了一个星期还没到，太差了',
  '东西坏了，我要退款！第三次投诉了，再不处理我就投诉到消费者协会',
  '请问怎么修改收货地址？',
  'The food arrived cold and the driver was rude. Terrible.',
];
const NAMES = ['李雷', 'Han Meimei'];
const CHANNELS = {
  web: { channel: 'web', source: 'forms' },
  sms: { channel: 'sms', source: 'twilio' },
  email: { channel: 'email', source: 'email' },
  wechat: { channel: 'wechat', source: 'wechat' },
} as const;

/** Processing starts here and moves a minute per command; messages are received up to ten days before. */
const START = Date.parse('2026-11-25T04:00:00.000Z');
const STEP_MS = 60_000;

const message = fc.record({
  kind: fc.constant('message' as const),
  channel: fc.constantFrom(...(Object.keys(CHANNELS) as (keyof typeof CHANNELS)[])),
  // No identity: a web form naming no one (its anonymous identity).
  identities: fc.uniqueArray(fc.nat(IDENTITIES.length - 1), { maxLength: 3 }),
  verified: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  // Minutes before processing: messages arrive late, out of order, across days.
  minutesBefore: fc.integer({ min: 0, max: 10 * 24 * 60 }),
  text: fc.nat(TEXTS.length - 1),
  name: fc.option(fc.nat(NAMES.length - 1), { nil: undefined }),
});
const command = fc.oneof(
  { arbitrary: message, weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('redeliver' as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('import' as const), pick: fc.nat(), minutesEarlier: fc.integer({ min: 0, max: 3 * 24 * 60 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), to: fc.constantFrom('acknowledged', 'resolved', 'reopened'), note: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('addIdentity' as const), customer: fc.nat(), identity: fc.nat(IDENTITIES.length - 1) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('removeIdentity' as const), customer: fc.nat(), identity: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('merge' as const), survivor: fc.nat(), absorbed: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('suggestion' as const), pick: fc.nat(), accept: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('erase' as const), customer: fc.nat() }), weight: 1 },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** What the commands can name, learned from the local side's answers: both sides derive every id from the same inputs. */
interface World {
  events: FeedbackEvent[];
  customers: Set<string>;
  merges: Set<string>;
  suggestions: Set<string>;
  lookups: Set<string>;
  /** The identities each customer holds, as the local side showed them last: what a person would remove. */
  held: Map<string, string[]>;
  days: Set<string>;
}

/** One of the ids known, chosen by a generated number: sorted first, so the choice does not hang on the order they were learned in. */
const pick = <T>(values: Iterable<T>, index: number): T | undefined => {
  const list = [...values].sort();
  return list.length ? list[index % list.length] : undefined;
};

function messageEvent(index: number, step: Extract<Command, { kind: 'message' }>, now: number): FeedbackEvent {
  const feedbackId = deriveFeedbackId('differential', String(index));
  const identities = step.identities.length ? step.identities.map((i) => IDENTITIES[i]!) : [anonymousIdentity(feedbackId)];
  // A web form only claims; another channel verifies what its sender's flags say.
  const verifiedIdentities = step.channel === 'web' ? [] : identities.filter((_, i) => step.verified[i]);
  return {
    schemaVersion: 1,
    feedbackId,
    ...CHANNELS[step.channel],
    kind: 'message',
    receivedAt: new Date(now - step.minutesBefore * 60_000).toISOString(),
    identities,
    ...(verifiedIdentities.length ? { verifiedIdentities } : {}),
    ...(step.name === undefined ? {} : { displayName: NAMES[step.name] }),
    text: TEXTS[step.text]!,
    metadata: {},
  };
}

/** The same message in an operator's import of their history: verified, as imports are, and dated as old. */
function importedEvent(original: FeedbackEvent, minutesEarlier: number): FeedbackEvent {
  const { verifiedIdentities: _, displayName: __, source: ___, feedbackId, ...rest } = original;
  return {
    ...rest,
    feedbackId: deriveFeedbackId('import', `differential-${feedbackId}`),
    source: 'import',
    receivedAt: new Date(Date.parse(original.receivedAt) - minutesEarlier * 60_000).toISOString(),
    verifiedIdentities: original.identities,
  };
}

/** Runs a processor call the way the queue would, keeping what a caller could see of it. */
async function processed(stack: DifferentialStack, event: FeedbackEvent) {
  try {
    const outcome = await stack.processEvent(event);
    return { status: outcome.status };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

/**
 * Applies one command to one stack; the command's targets are resolved against the world the
 * local side showed, so both sides are asked the same thing. Returns what the caller saw.
 */
async function apply(stack: DifferentialStack, world: World, step: Command, delivered: number | undefined): Promise<unknown> {
  switch (step.kind) {
    case 'message':
    case 'redeliver':
    case 'import':
      return delivered === undefined ? 'nothing to deliver' : processed(stack, world.events[delivered]!);
    case 'status': {
      const feedbackId = pick(world.events.map((e) => e.feedbackId), step.pick);
      if (!feedbackId) return 'no item';
      return stack.request('PATCH', `/v1/feedback/${feedbackId}`, { status: step.to, ...(step.note ? { note: 'called the customer back' } : {}) });
    }
    case 'addIdentity': {
      const customerId = pick(world.customers, step.customer);
      if (!customerId) return 'no customer';
      return stack.request('POST', `/v1/customers/${customerId}/identities`, { identity: IDENTITIES[step.identity] });
    }
    case 'removeIdentity': {
      const customerId = pick(world.customers, step.customer);
      if (!customerId) return 'no customer';
      const identity = pick(world.held.get(customerId) ?? world.lookups, step.identity)!;
      return stack.request('DELETE', `/v1/customers/${customerId}/identities/${encodeURIComponent(identity)}`);
    }
    case 'merge': {
      const survivor = pick(world.customers, step.survivor);
      // Another one: the same id twice is one refusal, and with few customers it would be most picks.
      const absorbed = pick([...world.customers].filter((customerId) => customerId !== survivor), step.absorbed);
      if (!survivor || !absorbed) return 'no customer';
      return stack.request('POST', `/v1/customers/${survivor}/merge`, { customerId: absorbed });
    }
    case 'undo': {
      const mergeId = pick(world.merges, step.pick);
      return mergeId ? stack.request('POST', `/v1/merges/${mergeId}/undo`) : 'no merge';
    }
    case 'suggestion': {
      const suggestionId = pick(world.suggestions, step.pick);
      return suggestionId ? stack.request('POST', `/v1/merge-suggestions/${suggestionId}/${step.accept ? 'accept' : 'dismiss'}`) : 'no suggestion';
    }
    case 'erase': {
      const customerId = pick(world.customers, step.customer);
      return customerId ? stack.request('DELETE', `/v1/customers/${customerId}`) : 'no customer';
    }
  }
}

/** Adds to the world what the local side's answers name: customers, merges and suggestions to act on next. */
async function learn(stack: DifferentialStack, world: World) {
  const noteCustomer = (id: unknown) => typeof id === 'string' && id.startsWith('cus_') && world.customers.add(id);
  for (const { feedbackId } of world.events) {
    const { status, body } = await stack.request('GET', `/v1/feedback/${feedbackId}`);
    if (status === 200) {
      const item = body as { customerId: string; originalCustomerId: string };
      noteCustomer(item.customerId);
      noteCustomer(item.originalCustomerId);
    }
  }
  for (const identity of world.lookups) {
    const { status, body } = await stack.request('GET', `/v1/customers?identity=${encodeURIComponent(identity)}`);
    if (status === 200) noteCustomer((body as { customerId: string }).customerId);
  }
  for (const customerId of [...world.customers]) {
    const profile = await stack.request('GET', `/v1/customers/${customerId}`);
    if (profile.status === 200) world.held.set(customerId, (profile.body as { identities: string[] }).identities);
    const { status, body } = await stack.request('GET', `/v1/customers/${customerId}/timeline?limit=1`);
    if (status !== 200) continue;
    for (const merge of (body as { merges: { mergeId: string; survivorId: string; absorbedId: string }[] }).merges) {
      world.merges.add(merge.mergeId);
      noteCustomer(merge.survivorId);
      noteCustomer(merge.absorbedId);
    }
  }
  for (const status of ['open', 'accepted', 'dismissed']) {
    const { body } = await stack.request('GET', `/v1/merge-suggestions?status=${status}&limit=100`);
    for (const suggestion of (body as { items: { suggestionId: string }[] }).items) world.suggestions.add(suggestion.suggestionId);
  }
}

/**
 * Everything a user can see, read the same way on either side. Normalised, and only where the
 * two must differ: an erasure's id is random (`er_` + a UUID, shared/cases/erasure.ts) on any store.
 */
async function view(stack: DifferentialStack, world: World) {
  const seen: Record<string, unknown> = {};
  for (const customerId of [...world.customers].sort()) {
    seen[`customer ${customerId}`] = await stack.request('GET', `/v1/customers/${customerId}`);
    seen[`timeline ${customerId}`] = await stack.request('GET', `/v1/customers/${customerId}/timeline?limit=100`);
    seen[`export ${customerId}`] = await stack.request('GET', `/v1/customers/${customerId}/export`);
  }
  for (const identity of [...world.lookups].sort()) seen[`identity ${identity}`] = await stack.request('GET', `/v1/customers?identity=${encodeURIComponent(identity)}`);
  for (const { feedbackId } of world.events) seen[`feedback ${feedbackId}`] = await stack.request('GET', `/v1/feedback/${feedbackId}`);
  for (const mergeId of [...world.merges].sort()) seen[`merge ${mergeId}`] = await stack.request('GET', `/v1/merges/${mergeId}`);
  for (const status of ['open', 'accepted', 'dismissed']) seen[`suggestions ${status}`] = await stack.request('GET', `/v1/merge-suggestions?status=${status}&limit=100`);
  for (const status of ['', '&status=acknowledged', '&status=resolved']) seen[`work queue${status}`] = await stack.request('GET', `/v1/feedback?limit=100${status}`);
  const days = [...world.days].sort();
  if (days.length) {
    seen['daily stats'] = await stack.request('GET', `/v1/stats/daily?from=${days[0]}&to=${days.at(-1)}`);
    seen['at risk'] = await stack.store.listAtRisk(days, 100);
    for (const day of days) seen[`weekly digest of ${day}`] = await stack.weeklyDigest(day);
  }
  seen.erasures = await stack.request('GET', '/v1/erasures?limit=100');
  return normalised(seen);
}

function normalised(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/er_[0-9a-f-]{36}/g, 'er_<random>'));
}

/** The event a delivering step hands the processor (added to the world when new), as its index in `world.events`. */
function deliveredEvent(world: World, step: Command, index: number, now: number): number | undefined {
  if (step.kind === 'message') {
    const event = messageEvent(index, step, now);
    if (!step.identities.length) world.lookups.add(event.identities[0]!);
    return world.events.push(event) - 1;
  }
  if (step.kind !== 'redeliver' && step.kind !== 'import') return undefined;
  const original = world.events[step.pick % Math.max(world.events.length, 1)];
  // An import row must name someone: a form post that named no one is not imported (cli/import.ts).
  if (!original || (step.kind === 'import' && original.identities.some((identity) => identity.startsWith(`form:${ANONYMOUS_FORM_PREFIX}`)))) return undefined;
  return step.kind === 'import' ? world.events.push(importedEvent(original, step.minutesEarlier)) - 1 : world.events.indexOf(original);
}

async function runOnBoth(steps: Command[]) {
  const local = differentialStack(new LocalStore(), START);
  const aws = differentialStack((await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store, START);
  const world: World = { events: [], customers: new Set(), merges: new Set(), suggestions: new Set(), lookups: new Set(IDENTITIES), held: new Map(), days: new Set() };
  for (const [index, step] of steps.entries()) {
    const now = START + (index + 1) * STEP_MS;
    local.setNow(now);
    aws.setNow(now);
    const delivered = deliveredEvent(world, step, index, now);
    for (const event of world.events) world.days.add(reportingDay(event.receivedAt, TIME_ZONE));
    const said = { local: normalised(await apply(local, world, step, delivered)), aws: normalised(await apply(aws, world, step, delivered)) };
    expect(said.aws, `step ${index} (${JSON.stringify(step)}): the answer differs`).toEqual(said.local);
    await learn(local, world);
    if (EVERY_STEP || ['merge', 'undo', 'suggestion', 'erase'].includes(step.kind) || index === steps.length - 1) {
      const [seenLocally, seenOnAws] = [await view(local, world), await view(aws, world)];
      expect(seenOnAws, `after step ${index} (${JSON.stringify(step)}): what a user sees differs`).toEqual(seenLocally);
    }
  }
}

/** The runs are split into groups of their own seeds, each its own test, so that no one test nears its timeout. */
const GROUPS = Math.max(1, Number(process.env.DIFFERENTIAL_GROUPS ?? 5));
const seeds = Array.from({ length: GROUPS }, (_, group) => SEED + group);

describe('local mode and AWS, on the same random sequences of messages and decisions', () => {
  it.each(seeds)('answer every request alike and show every customer, item, merge, suggestion, queue, figure and digest alike (seed %i)', { timeout: TIMEOUT_MS }, async (seed) => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: MAX_COMMANDS, size: 'max' }), (steps) => runOnBoth(steps)),
      { numRuns: Math.ceil(RUNS / GROUPS), seed, endOnFailure: process.env.DIFFERENTIAL_SHRINK !== '1' },
    );
  });
});
