import { beforeAll, describe, expect, it } from 'vitest';
import type { SentimentLabel } from '../../shared/classify/types.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { CHANNELS } from '../../shared/event.ts';
import type { FeedbackRecord } from '../../shared/model.ts';
import type { Store } from '../../shared/ports.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { isSpike } from '../../shared/digest/complaints.ts';
import type { Digest } from '../../shared/digest/types.ts';
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
    for (const entry of weekly.complaints.top) {
      expect(entry.quotes.length).toBeGreaterThanOrEqual(Math.min(2, entry.count.current ?? 0));
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

  it('lists the newest open urgent items', () => {
    const expected = records
      .filter((r) => r.classification.urgent && r.status === 'open')
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
    expect(large.reads.get('listUrgent')).toBe(1);
    expect(large.reads.get('listAtRisk')).toBe(1);
    expect(large.reads.get('getCustomer') ?? 0).toBeLessThanOrEqual(10);
    expect(Math.max(...large.limits)).toBeLessThanOrEqual(12);
    // No item-by-item reads, whatever the volume.
    expect(large.reads.get('getFeedback')).toBeUndefined();
    expect(large.reads.get('listTimeline')).toBeUndefined();
    expect(small.reads.get('getDailyCounters')).toBe(1);
  }, 120_000);
});
