/**
 * The digest's urgent items still open, built from what the processor and case changes wrote, on
 * both stores: which statuses count as still open, which of them has waited longest, and which
 * day an item belongs to where clocks jump over midnight.
 */
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { FeedbackStatus } from '../../shared/model.ts';
import type { Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { changeFeedbackStatus } from '../../shared/timeline/status.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const TIME_ZONE = 'Asia/Shanghai';
const clock = { now: () => new Date('2026-12-01T01:00:00Z') };

const stores = [
  ['local store', async () => new LocalStore()],
  ['DynamoDB Local', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

/** An urgent complaint (food poisoning) from a customer of its own. */
function urgentComplaint(name: string, receivedAt: string): FeedbackEvent {
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('urgent-lists-test', name),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt,
    identities: [`email:${name}@example.com`],
    text: '吃了你们的外卖后食物中毒进了医院，我要投诉',
    metadata: {},
  };
}

async function received(store: Store, events: FeedbackEvent[], timeZone = TIME_ZONE): Promise<void> {
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone });
  for (const event of events) await processEvent(event);
}

/** Moves an item through the statuses a support person would, as the API does. */
async function moveThrough(store: Store, event: FeedbackEvent, statuses: FeedbackStatus[]): Promise<void> {
  for (const status of statuses) {
    expect((await changeFeedbackStatus({ store, clock, timeZone: TIME_ZONE }, event.feedbackId, { status }, 'agent-1')).status).toBe('changed');
  }
}

for (const [name, makeStore] of stores) {
  describe(`the digest's urgent items still open: ${name}`, () => {
    it('lists a reopened complaint as open again, and not one acknowledged or resolved', async () => {
      const store = await makeStore();
      const [open, acknowledged, reopened, resolved] = ['open', 'acknowledged', 'reopened', 'resolved'].map((label, index) =>
        urgentComplaint(label, `2026-11-29T${String(9 + index).padStart(2, '0')}:00:00+08:00`),
      );
      await received(store, [open!, acknowledged!, reopened!, resolved!]);
      await moveThrough(store, acknowledged!, ['acknowledged']);
      await moveThrough(store, reopened!, ['resolved', 'reopened']);
      await moveThrough(store, resolved!, ['resolved']);

      const digest = await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: clock.now(), date: '2026-11-29' });
      expect(digest.urgent.open.map((item) => item.feedbackId)).toEqual([reopened!.feedbackId, open!.feedbackId]);
      expect(digest.urgent.moreOpen).toBe(false);
      expect(digest.headline.urgent).toMatchObject({ open: 2, more: false, oldest: { feedbackId: open!.feedbackId } });
    });

    it('names the oldest urgent item still open of the whole period, past the ten listed', async () => {
      const store = await makeStore();
      // Twelve received 01:00 … 12:00 on 29 November in Shanghai: the newest ten are listed.
      const hourly = Array.from({ length: 12 }, (_, index) => urgentComplaint(`hour-${index + 1}`, `2026-11-29T${String(index + 1).padStart(2, '0')}:00:00+08:00`));
      await received(store, hourly);
      const daily = () => buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: clock.now(), date: '2026-11-29' });

      const digest = await daily();
      expect(digest.urgent.open.map((item) => item.feedbackId)).toEqual(hourly.slice(2).reverse().map((event) => event.feedbackId));
      expect(digest.urgent.moreOpen).toBe(true);
      const first = hourly[0]!;
      expect(digest.headline.urgent).toMatchObject({ open: 10, more: true, oldest: { feedbackId: first.feedbackId, openSeconds: (clock.now().getTime() - Date.parse(first.receivedAt)) / 1000 } });

      // Older still, and reopened: the oldest end of each status is read.
      const reopened = urgentComplaint('reopened', '2026-11-29T00:30:00+08:00');
      await received(store, [reopened]);
      await moveThrough(store, reopened, ['resolved', 'reopened']);
      expect((await daily()).headline.urgent.oldest?.feedbackId).toBe(reopened.feedbackId);
    });

    it('lists an item in the day it was received on where the clocks jump over midnight (Havana, 8 March 2026)', async () => {
      const store = await makeStore();
      const havana = 'America/Havana';
      // 23:30 on the 7th (CST, −05:00); at midnight the clocks jump to 01:00 CDT on the 8th (05:00Z).
      const lateEvening = urgentComplaint('late-evening', '2026-03-08T04:30:00Z');
      await received(store, [lateEvening], havana);
      const daily = (date: string) => buildDigest(store, 'daily', { timeZone: havana, now: clock.now(), date });

      const seventh = await daily('2026-03-07');
      expect(seventh.urgent.open.map((item) => item.feedbackId)).toEqual([lateEvening.feedbackId]);
      expect(seventh.urgent.flaggedInPeriod.current).toBe(1);
      const eighth = await daily('2026-03-08');
      expect(eighth.urgent.open).toEqual([]);
      expect(eighth.urgent.flaggedInPeriod.current).toBe(0);
    });
  });
}
