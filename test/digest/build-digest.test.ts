import { beforeAll, describe, expect, it } from 'vitest';
import type { SentimentLabel } from '../../shared/classify/types.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { CHANNELS } from '../../shared/event.ts';
import type { FeedbackRecord } from '../../shared/model.ts';
import type { Store } from '../../shared/ports.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { isSpike } from '../../shared/digest/complaints.ts';
import type { Digest } from '../../shared/digest/types.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { clock, countingStore, seededStore, TIME_ZONE } from './seeded-store.ts';

/** Every figure recomputed from the items themselves, the way a reviewer would count them. */
function countIndependently(records: FeedbackRecord[], days: string[]) {
  const inPeriod = records.filter((record) => days.includes(record.day));
  const messages = inPeriod.filter((record) => record.kind === 'message');
  const sentiment = (label: SentimentLabel) => messages.filter((r) => r.classification.sentiment.label === label).length;
  const rated = messages.filter((r) => r.rating !== undefined);
  const npsAnswers = messages.filter((r) => r.nps !== undefined);
  const complaints = new Map<string, number>();
  for (const record of messages) {
    for (const { type } of record.classification.complaintTypes) complaints.set(type, (complaints.get(type) ?? 0) + 1);
  }
  return {
    total: inPeriod.length,
    byChannel: Object.fromEntries(CHANNELS.map((channel) => [channel, inPeriod.filter((r) => r.channel === channel).length])),
    messages: messages.length,
    positive: sentiment('positive'),
    neutral: sentiment('neutral'),
    negative: sentiment('negative'),
    urgent: messages.filter((r) => r.classification.urgent).length,
    rated: rated.length,
    satisfied: rated.filter((r) => (r.rating ?? 0) >= 4).length,
    ratingSum: rated.reduce((sum, r) => sum + (r.rating ?? 0), 0),
    npsAnswers: npsAnswers.length,
    promoters: npsAnswers.filter((r) => (r.nps ?? 0) >= 9).length,
    detractors: npsAnswers.filter((r) => (r.nps ?? 0) <= 6).length,
    complaints,
  };
}

describe('buildDigest on a month processed into the LocalStore', () => {
  let records: FeedbackRecord[];
  let store: Store;
  let weekly: Digest;
  let daily: Digest;

  beforeAll(async () => {
    ({ store, records } = await seededStore());
    weekly = await buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: clock.now(), taxonomy: DEFAULT_TAXONOMY });
    daily = await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: clock.now(), date: '2026-11-20' });
  }, 120_000);

  it('covers the last complete week and compares with the one before', () => {
    expect([weekly.window.start, weekly.window.end]).toEqual(['2026-11-16', '2026-11-22']);
    expect([weekly.window.previous.start, weekly.window.previous.end]).toEqual(['2026-11-09', '2026-11-15']);
  });

  for (const [name, pick] of [
    ['weekly', () => weekly],
    ['daily', () => daily],
  ] as const) {
    it(`${name}: volume, sentiment, CSAT and NPS match counts taken from the items`, () => {
      const digest = pick();
      for (const [side, days] of [
        ['current', digest.window.days],
        ['previous', digest.window.previous.days],
      ] as const) {
        const expected = countIndependently(records, days);
        expect(expected.total).toBeGreaterThan(0);
        expect(digest.volume.total[side]).toBe(expected.total);
        expect(digest.volume.messages[side]).toBe(expected.messages);
        for (const { channel, count } of digest.volume.byChannel) expect(count[side]).toBe(expected.byChannel[channel]);
        expect(digest.sentiment.counts.negative[side]).toBe(expected.negative);
        expect(digest.sentiment.shares.positive[side]).toBeCloseTo(expected.positive / expected.messages, 10);
        expect(digest.sentiment.shares.neutral[side]).toBeCloseTo(expected.neutral / expected.messages, 10);
        expect(digest.sentiment.satisfactionIndex[side]).toBeCloseTo(((expected.positive - expected.negative) / expected.messages) * 100, 10);
        expect(digest.urgent.flaggedInPeriod[side]).toBe(expected.urgent);
        expect(digest.csat?.responses[side]).toBe(expected.rated);
        expect(digest.csat?.satisfiedShare[side]).toBeCloseTo(expected.satisfied / expected.rated, 10);
        expect(digest.csat?.meanRating[side]).toBeCloseTo(expected.ratingSum / expected.rated, 10);
        expect(digest.nps?.responses[side]).toBe(expected.npsAnswers);
        expect(digest.nps?.score[side]).toBeCloseTo(((expected.promoters - expected.detractors) / expected.npsAnswers) * 100, 10);
      }
    });

    it(`${name}: top complaint types, their counts, trends and spikes match the items`, () => {
      const digest = pick();
      const current = countIndependently(records, digest.window.days).complaints;
      const previous = countIndependently(records, digest.window.previous.days).complaints;
      const expectedTop = [...current.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 5);
      expect(digest.complaints.top.map((entry) => [entry.type, entry.count.current, entry.count.previous])).toEqual(
        expectedTop.map(([type, count]) => [type, count, previous.get(type) ?? 0]),
      );
      const expectedRising = [...current.entries()].filter(([type, count]) => isSpike(count, previous.get(type) ?? 0));
      expect(new Set(digest.complaints.rising.map((entry) => entry.type))).toEqual(
        new Set(expectedRising.slice(0, 5).map(([type]) => type)),
      );
    });
  }

  it('quotes 2–3 masked items of each top type from the period', () => {
    const opening = (text: string) => [...text.replace(/[\s\p{P}\p{S}*]/gu, '')].slice(0, 12).join('');
    const quotedOpenings = new Set(weekly.complaints.top.flatMap((entry) => entry.quotes.map((quote) => opening(quote.text))));
    for (const entry of weekly.complaints.top) {
      // The seeded month repeats a few texts: a type is left without a quote only when every one of
      // its items says what is quoted already.
      if (entry.quotes.length === 0) {
        const itemsOfType = records.filter((r) => weekly.window.days.includes(r.day) && r.classification.complaintTypes.some((c) => c.type === entry.type));
        expect(itemsOfType.every((r) => quotedOpenings.has(opening(r.text)))).toBe(true);
      }
      expect(entry.quotes.length).toBeLessThanOrEqual(3);
      for (const quote of entry.quotes) {
        const record = records.find((r) => r.feedbackId === quote.feedbackId);
        expect(record && weekly.window.days.includes(record.day)).toBe(true);
        expect(record?.classification.complaintTypes.map((c) => c.type)).toContain(entry.type);
        expect(quote.text).not.toMatch(/\d{5}/);
        expect(quote.text).not.toMatch(/[a-z]{2,}@example/);
      }
    }
    expect(weekly.complaints.top.flatMap((entry) => entry.quotes).some((quote) => quote.text.includes('*'))).toBe(true);
  });

  it('quotes an item once, under its main type, and never the same words twice', () => {
    const quotes = weekly.complaints.top.flatMap((entry) => entry.quotes.map((quote) => ({ type: entry.type, quote })));
    expect(new Set(quotes.map(({ quote }) => quote.feedbackId)).size).toBe(quotes.length);
    const opening = (text: string) => [...text.replace(/[\s\p{P}\p{S}*]/gu, '')].slice(0, 12).join('');
    expect(new Set(quotes.map(({ quote }) => opening(quote.text))).size).toBe(quotes.length);
    const topTypes = weekly.complaints.top.map((entry) => entry.type);
    for (const { type, quote } of quotes) {
      const types = records.find((r) => r.feedbackId === quote.feedbackId)!.classification.complaintTypes.filter((c) => topTypes.includes(c.type));
      const best = Math.max(...types.map((c) => c.confidence));
      expect(types.find((c) => c.type === type)?.confidence).toBe(best);
    }
  });

  it('groups complaint types under the five SERVQUAL dimensions, with each trend day', () => {
    expect(weekly.serviceQuality.map((row) => row.dimension)).toEqual(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']);
    const counts = countIndependently(records, weekly.window.days).complaints;
    const reliability = ['product_quality', 'delivery', 'order_accuracy', 'price_billing', 'misleading_promise'].reduce((sum, type) => sum + (counts.get(type) ?? 0), 0);
    expect(weekly.serviceQuality[0]!.count.current).toBe(reliability);
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    expect(weekly.serviceQuality.reduce((sum, row) => sum + (row.count.current ?? 0), 0)).toBe(total);
    expect(weekly.serviceQuality[0]!.trend.map((point) => point.day)).toEqual(weekly.window.days);
  });

  it('lists the newest urgent items received in the period and still open', () => {
    const expected = records
      .filter((r) => r.classification.urgent && ['open', 'reopened'].includes(r.status) && weekly.window.days.includes(r.day))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.feedbackId.localeCompare(a.feedbackId));
    expect(weekly.urgent.open.map((item) => item.feedbackId)).toEqual(expected.slice(0, 10).map((r) => r.feedbackId));
    expect(weekly.urgent.moreOpen).toBe(expected.length > 10);
  });

  it('lists customers at risk who wrote negatively in the period', () => {
    expect(weekly.customersAtRisk.length).toBeGreaterThan(0);
    for (const customer of weekly.customersAtRisk) {
      const negatives = records.filter(
        (r) => r.customerId === customer.customerId && weekly.window.days.includes(r.day) && r.classification.sentiment.label === 'negative',
      );
      expect(negatives.length).toBeGreaterThan(0);
      if (customer.reason === 'repeated_negative') expect(customer.negativesLastWeek).toBeGreaterThanOrEqual(2);
      expect(customer.displayName ?? '').not.toMatch(/^Customer \d/);
      expect(customer.channels.length).toBeGreaterThan(0);
      const complaint = customer.lastComplaint!;
      const newest = records
        .filter((r) => r.customerId === customer.customerId && r.classification.intent === 'complaint' && r.day <= weekly.window.end)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0]!;
      expect(complaint.feedbackId).toBe(newest.feedbackId);
      expect(complaint.openSeconds).toBe(Math.round((clock.now().getTime() - Date.parse(newest.receivedAt)) / 1000));
    }
  });

  it('names complaint types from the taxonomy', () => {
    const [first] = weekly.complaints.top;
    expect(first && weekly.complaintTypeNames[first.type]?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows the seven days of the week on the trend, with their totals', () => {
    expect(weekly.trend.map((point) => point.day)).toEqual(weekly.window.days);
    for (const point of weekly.trend) {
      expect(point.total).toBe(records.filter((r) => r.day === point.day).length);
    }
  });
});

describe('reading cost', () => {
  it('makes the same bounded reads for a small and a ten times larger month', async () => {
    const readsFor = async (perDay: number) => {
      const { store } = await seededStore({ perDay, days: 14, customers: 40 });
      const counting = countingStore(store);
      await buildDigest(counting.store, 'weekly', { timeZone: TIME_ZONE, now: clock.now() });
      return counting;
    };
    const small = await readsFor(4);
    const large = await readsFor(40);
    expect(large.reads.get('getDailyCounters')).toBe(1);
    expect(large.reads.get('listByComplaintType')).toBeLessThanOrEqual(5);
    // The newest of each status an urgent item is still open in (open and reopened) and, as more
    // are open than listed, the oldest of each.
    expect(large.reads.get('listUrgent')).toBe(4);
    expect(large.reads.get('listAtRisk')).toBe(1);
    expect(large.reads.get('getCustomer') ?? 0).toBeLessThanOrEqual(10);
    // One page of at most 20 items per listed customer at risk, for their last complaint.
    expect(large.reads.get('listTimeline') ?? 0).toBeLessThanOrEqual(10);
    expect(Math.max(...large.limits)).toBeLessThanOrEqual(20);
    // No item-by-item reads, whatever the volume.
    expect(large.reads.get('getFeedback')).toBeUndefined();
    expect(small.reads.get('getDailyCounters')).toBe(1);
  }, 120_000);
});

describe('period boundaries and corrections', () => {
  const at = (id: string, receivedAt: string, identities: string[], text = '吃了你们的外卖后食物中毒进了医院，我要投诉'): FeedbackEvent => ({
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('boundary-test', id),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt,
    identities,
    // Verified (as a signed channel would), so a message carrying both proves one person.
    verifiedIdentities: identities,
    text,
    metadata: {},
  });
  const setup = () => {
    const store = new LocalStore();
    const now = { now: () => new Date('2026-12-01T01:00:00Z') };
    return { store, now, processEvent: createEventProcessor({ store, classifier: createLocalClassifier(), clock: now, timeZone: TIME_ZONE }) };
  };

  it('bounds every list of the daily digest by midnight in the reporting time zone, on both sides', async () => {
    const { store, now, processEvent } = setup();
    // Shanghai's 29 November is 2026-11-28T16:00Z … 2026-11-29T16:00Z.
    const before = at('before', '2026-11-29T00:05:00+08:00', ['phone:+8613800000001']);
    const lastMinute = at('last', '2026-11-29T23:59:00+08:00', ['phone:+8613800000002']);
    const nextDay = at('next', '2026-11-30T00:01:00+08:00', ['phone:+8613800000003']);
    const dayBefore = at('prev', '2026-11-28T23:59:00+08:00', ['phone:+8613800000004']);
    for (const event of [before, lastMinute, nextDay, dayBefore]) await processEvent(event);
    const digest = await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: now.now(), date: '2026-11-29' });
    expect(digest.urgent.open.map((item) => item.feedbackId)).toEqual([lastMinute.feedbackId, before.feedbackId]);
    expect(digest.urgent.flaggedInPeriod.current).toBe(2);
    expect(digest.volume.total.current).toBe(2);
    const quoted = digest.complaints.top.flatMap((entry) => entry.quotes.map((quote) => quote.feedbackId));
    expect(quoted.every((id) => [before.feedbackId, lastMinute.feedbackId].includes(id))).toBe(true);
    expect(digest.headline.urgent.open).toBe(2);
  });

  it("a wave of interactions (SMS opt-outs after a campaign) is no headline change in what customers said", async () => {
    const { store, now, processEvent } = setup();
    await processEvent(at('p1', '2026-11-28T10:00:00+08:00', ['phone:+8613800000021'], '谢谢，服务很好'));
    await processEvent(at('p2', '2026-11-29T10:00:00+08:00', ['phone:+8613800000022'], '谢谢，服务很好'));
    for (let i = 0; i < 5; i += 1) {
      await processEvent({ ...at(`stop${i}`, `2026-11-29T1${i}:30:00+08:00`, [`phone:+861380000003${i}`], 'TD'), channel: 'sms', source: 'tencent-sms', kind: 'interaction', metadata: { smsKeyword: 'opt_out' } });
    }
    const digest = await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: now.now(), date: '2026-11-29' });
    expect([digest.volume.total.current, digest.volume.total.previous, digest.volume.messages.current, digest.volume.messages.previous]).toEqual([6, 1, 1, 1]);
    expect(digest.headline.change).toEqual({ kind: 'none' });
  });

  it('counts a new customer once a merge shows two were one person', async () => {
    const { store, now, processEvent } = setup();
    await processEvent(at('m1', '2026-11-28T10:00:00+08:00', ['email:li@example.com'], '谢谢，服务很好'));
    await processEvent(at('m2', '2026-11-29T10:00:00+08:00', ['phone:+8613800000009'], '谢谢，服务很好'));
    expect((await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: now.now(), date: '2026-11-29' })).volume.newCustomers.current).toBe(1);
    await processEvent(at('m3', '2026-11-30T10:00:00+08:00', ['email:li@example.com', 'phone:+8613800000009'], '谢谢，服务很好'));
    const weekly = await buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: now.now(), date: '2026-11-29' });
    expect(weekly.volume.newCustomers.current).toBe(1);
    expect((await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: now.now(), date: '2026-11-29' })).volume.newCustomers.current).toBe(0);
  });
});
