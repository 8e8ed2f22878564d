import { describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { Store } from '../../shared/ports.ts';
import { createEventProcessor, PoisonMessageError } from '../../shared/timeline/process-event.ts';
import { createTestTable } from '../support/dynamodb.ts';

const classifier = createLocalClassifier();
const clock = { now: () => new Date('2026-11-20T12:00:00.000Z') };

function event(id: string, identities: string[], overrides: Partial<FeedbackEvent> = {}): FeedbackEvent {
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('processor-test', id),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt: '2026-11-20T02:00:00.000Z',
    identities,
    text: '外卖送得太慢了，菜都凉了，很失望',
    metadata: {},
    ...overrides,
  };
}

const stores: [string, () => Promise<Store>][] = [
  ['local store', async () => new LocalStore()],
  [
    'DynamoDB Local',
    async () => {
      const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
      return new DynamoStore(tableName, client);
    },
  ],
];

describe.each(stores)('processor on the %s', (_name, makeStore) => {
  async function setup() {
    const store = await makeStore();
    return { store, processEvent: createEventProcessor({ store, classifier, clock, timeZone: 'Asia/Shanghai' }) };
  }

  it('writes one item and counts it once however often the same event is delivered', async () => {
    const { store, processEvent } = await setup();
    const first = event('dup', ['email:wang@example.com'], { rating: 2 });
    expect((await processEvent(first)).status).toBe('written');
    expect((await processEvent(first)).status).toBe('duplicate');
    expect((await processEvent(structuredClone(first))).status).toBe('duplicate');
    const customerId = (await store.getIdentityOwner('email:wang@example.com'))!;
    expect((await store.listTimeline(customerId, { limit: 10 })).items).toHaveLength(1);
    expect((await store.getCustomer(customerId))?.counts.total).toBe(1);
    const day = (await store.getDailyCounters(['2026-11-20'])).get('2026-11-20')!;
    expect(day).toMatchObject({ total: 1, messages: 1, 'channel.web': 1, 'customers.new': 1, 'rating.count': 1, 'rating.sum': 2, 'sentiment.negative': 1 });
  });

  it('maps a known identity to its customer, whichever channel it arrives on', async () => {
    const { store, processEvent } = await setup();
    await processEvent(event('a1', ['phone:+8613800138000'], { channel: 'sms', source: 'twilio' }));
    await processEvent(event('a2', ['phone:+8613800138000', 'email:li@example.com'], { receivedAt: '2026-11-20T03:00:00.000Z' }));
    await processEvent(event('a3', ['email:li@example.com'], { channel: 'email', source: 'email', receivedAt: '2026-11-20T04:00:00.000Z' }));
    const owner = (await store.getIdentityOwner('phone:+8613800138000'))!;
    expect(await store.getIdentityOwner('email:li@example.com')).toBe(owner);
    const items = (await store.listTimeline(owner, { limit: 10 })).items;
    expect(items.map((i) => i.channel)).toEqual(['email', 'web', 'sms']);
    expect((await store.getCustomer(owner))?.counts).toMatchObject({ total: 3, 'channel.sms': 1, 'channel.web': 1, 'channel.email': 1 });
  });

  it('merges two customers when one message carries both identities, keeping one timeline and the undo record', async () => {
    const { store, processEvent } = await setup();
    await processEvent(event('m1', ['email:zhao@example.com'], { receivedAt: '2026-11-18T01:00:00.000Z' }));
    await processEvent(event('m2', ['phone:+8613900139000'], { channel: 'sms', source: 'twilio', receivedAt: '2026-11-19T01:00:00.000Z' }));
    const older = (await store.getIdentityOwner('email:zhao@example.com'))!;
    const newer = (await store.getIdentityOwner('phone:+8613900139000'))!;
    expect(older).not.toBe(newer);

    const outcome = await processEvent(event('m3', ['email:zhao@example.com', 'phone:+8613900139000'], { receivedAt: '2026-11-20T01:00:00.000Z' }));
    expect(outcome).toMatchObject({ status: 'written', customerId: older, merged: [newer] });
    expect(await store.getIdentityOwner('phone:+8613900139000')).toBe(older);
    expect((await store.getCustomer(newer))?.mergedInto).toBe(older);
    const survivor = (await store.getCustomer(older))!;
    expect(survivor.identities).toEqual(['email:zhao@example.com', 'phone:+8613900139000']);
    expect(survivor.counts).toMatchObject({ total: 3, 'channel.web': 2, 'channel.sms': 1 });
    expect(survivor.pendingMerges ?? []).toEqual([]);
    const timeline = (await store.listTimeline(older, { limit: 10 })).items;
    expect(timeline.map((i) => [i.customerId, i.originalCustomerId])).toEqual([[older, older], [older, newer], [older, older]]);
    expect(await store.listMerges(older)).toEqual([expect.objectContaining({ absorbedId: newer, absorbedIdentities: ['phone:+8613900139000'] })]);
    // New customers are counted once per person: the merge does not add a third.
    const counters = await store.getDailyCounters(['2026-11-18', '2026-11-19', '2026-11-20']);
    expect([...counters.values()].reduce((sum, c) => sum + (c['customers.new'] ?? 0), 0)).toBe(2);
  });

  it('resolves concurrent first messages of one new person to one customer', async () => {
    const { store, processEvent } = await setup();
    await Promise.all(Array.from({ length: 5 }, (_, i) => processEvent(event(`c${i}`, ['wechat:oXyZ123'], { channel: 'wechat', source: 'wechat' }))));
    const owner = (await store.getIdentityOwner('wechat:oXyZ123'))!;
    const survivor = (await store.getCustomer(owner))!;
    expect(survivor.mergedInto).toBeUndefined();
    expect(survivor.counts.total).toBe(5);
    expect((await store.listTimeline(owner, { limit: 10 })).items).toHaveLength(5);
  });

  it('loses no count when the messages that prove a merge arrive together', async () => {
    const { store, processEvent } = await setup();
    for (let round = 0; round < 8; round += 1) {
      const email = `email:race${round}@example.com`;
      const phone = `phone:+861380013${String(8000 + round)}`;
      await Promise.all([
        processEvent(event(`race${round}-a`, [email])),
        processEvent(event(`race${round}-b`, [phone], { channel: 'sms', source: 'twilio', receivedAt: '2026-11-20T02:00:01.000Z' })),
        processEvent(event(`race${round}-c`, [email, phone], { receivedAt: '2026-11-20T02:00:02.000Z' })),
      ]);
      const owner = (await store.getIdentityOwner(email))!;
      expect(await store.getIdentityOwner(phone), `round ${round}`).toBe(owner);
      const customer = (await store.getCustomer(owner))!;
      expect(customer.counts.total, `round ${round}`).toBe(3);
      expect((await store.listTimeline(owner, { limit: 10 })).items, `round ${round}`).toHaveLength(3);
    }
  });

  it('flags a customer at risk after repeated negative messages', async () => {
    const { store, processEvent } = await setup();
    await processEvent(event('r1', ['email:risk@example.com'], { receivedAt: '2026-11-19T02:00:00.000Z' }));
    expect(await store.listAtRisk(['2026-11-19'], 10)).toEqual([]);
    await processEvent(event('r2', ['email:risk@example.com'], { receivedAt: '2026-11-20T02:00:00.000Z', text: '还是没人处理，太差劲了' }));
    const [entry] = await store.listAtRisk(['2026-11-20'], 10);
    expect(entry).toMatchObject({ negativesLastWeek: 2, reason: 'repeated_negative' });
  });

  it('counts every negative of concurrent messages from one customer in the trailing week', async () => {
    const { store, processEvent } = await setup();
    const identity = 'email:burst@example.com';
    await processEvent(event('burst0', [identity]));
    await Promise.all(Array.from({ length: 5 }, (_, i) => processEvent(event(`burst${i + 1}`, [identity], { receivedAt: `2026-11-20T02:00:0${i + 1}.000Z` }))));
    const customer = (await store.getCustomer((await store.getIdentityOwner(identity))!))!;
    expect(customer.counts['sentiment.negative']).toBe(6);
    expect(customer.negativeDays).toEqual({ '2026-11-20': 6 });
    const [entry] = await store.listAtRisk(['2026-11-20'], 10);
    expect(entry?.negativesLastWeek).toBe(6);
  });

  it('refuses an event that does not match the schema, as a poison message', async () => {
    const { processEvent } = await setup();
    await expect(processEvent({ feedbackId: 'nope' })).rejects.toBeInstanceOf(PoisonMessageError);
  });
});
