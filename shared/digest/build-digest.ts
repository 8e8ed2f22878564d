import type { Taxonomy } from '../classify/default-taxonomy.ts';
import { SENTIMENT_LABELS, type SentimentLabel } from '../classify/types.ts';
import { CHANNELS } from '../event-ids.ts';
import type { Counters } from '../model.ts';
import type { AggregateStore, IdentityStore, TimelineStore } from '../ports.ts';
import { COUNTER } from '../timeline/counters.ts';
import { representativeQuotes, risingComplaintTypes, topComplaintTypes } from './complaints.ts';
import { customersAtRisk } from './customers-at-risk.ts';
import {
  compare,
  count,
  csatShare,
  meanRating,
  meanSeconds,
  npsScore,
  ratio,
  satisfactionIndex,
  sumCounters,
} from './metrics.ts';
import { digestWindow, windowInstants, type DigestPeriod } from './period.ts';
import { buildHeadline } from './headline.ts';
import { serviceQuality } from './servqual.ts';
import type { Digest, Metric, TypeNames } from './types.ts';
import { openUrgentItems } from './urgent.ts';

export interface BuildDigestOptions {
  timeZone: string;
  now: Date;
  /** Any day inside the wanted period; default: the last complete period. */
  date?: string;
  /** For the complaint types' display names; ids are shown without it. */
  taxonomy?: Taxonomy;
  /** The console the digest links into (`<PUBLIC_BASE_URL>/console`). */
  consoleUrl?: string;
}

/**
 * Everything a digest shows, from one read of the daily aggregate items plus a few queries with
 * fixed limits: its cost is the same for a thousand items a day as for a million.
 */
export async function buildDigest(
  store: AggregateStore & IdentityStore & TimelineStore,
  period: DigestPeriod,
  options: BuildDigestOptions,
): Promise<Digest> {
  const window = digestWindow(period, options);
  const received = windowInstants(window, options.timeZone);
  const days = [...new Set([...window.previous.days, ...window.days, ...window.trendDays])].sort();
  const daily = await store.getDailyCounters(days);
  const current = sumCounters(daily, window.days);
  const previous = sumCounters(daily, window.previous.days);
  const countOf = (unit: Metric['unit'], name: string) => compare(unit, current, previous, (c) => count(c, name));
  /** A rate or mean with the number of answers or messages it rests on. */
  const rate = (unit: Metric['unit'], derive: (c: Counters) => number | null, sampleName: string): Metric => ({
    ...compare(unit, current, previous, derive),
    sample: { current: count(current, sampleName), previous: count(previous, sampleName) },
  });

  const top = topComplaintTypes(current, previous);
  const [quotes, urgent, atRisk] = await Promise.all([
    representativeQuotes(store, top.map((entry) => entry.type), window.days),
    openUrgentItems(store, received, options.now),
    customersAtRisk(store, window.days, received, options.now),
  ]);

  const rising = risingComplaintTypes(current, previous);
  const mentionedTypes = [
    ...top.map((entry) => entry.type),
    ...rising.map((entry) => entry.type),
    ...urgent.open.flatMap((item) => item.complaintTypes),
    ...atRisk.flatMap((customer) => customer.lastComplaint?.complaintTypes ?? []),
  ];
  const complaints = { top: top.map((entry) => ({ ...entry, quotes: quotes.get(entry.type) ?? [] })), rising };

  return {
    window,
    complaintTypeNames: typeNames(mentionedTypes, options.taxonomy),
    timeZone: options.timeZone,
    generatedAt: options.now.toISOString(),
    ...(options.consoleUrl ? { consoleUrl: options.consoleUrl.replace(/\/+$/, '') } : {}),
    headline: buildHeadline(current, previous, urgent, atRisk),
    volume: {
      total: countOf('count', COUNTER.total),
      messages: countOf('count', COUNTER.messages),
      newCustomers: countOf('count', COUNTER.newCustomers),
      byChannel: CHANNELS.map((channel) => ({ channel, count: countOf('count', COUNTER.channel(channel)) })),
    },
    sentiment: {
      counts: bySentiment((label) => countOf('count', COUNTER.sentiment(label))),
      shares: bySentiment((label) =>
        rate('share', (c) => ratio(count(c, COUNTER.sentiment(label)), count(c, COUNTER.messages)), COUNTER.messages),
      ),
      satisfactionIndex: rate('index', satisfactionIndex, COUNTER.messages),
    },
    ...(count(current, COUNTER.ratingCount) + count(previous, COUNTER.ratingCount) > 0
      ? {
          csat: {
            responses: countOf('count', COUNTER.ratingCount),
            satisfiedShare: rate('share', csatShare, COUNTER.ratingCount),
            meanRating: rate('rating', meanRating, COUNTER.ratingCount),
          },
        }
      : {}),
    ...(count(current, COUNTER.npsCount) + count(previous, COUNTER.npsCount) > 0
      ? { nps: { responses: countOf('count', COUNTER.npsCount), score: rate('index', npsScore, COUNTER.npsCount) } }
      : {}),
    complaints,
    serviceQuality: serviceQuality(
      current,
      previous,
      window.trendDays.map((day) => ({ day, counters: daily.get(day) ?? {} })),
    ),
    urgent: { flaggedInPeriod: countOf('count', COUNTER.urgent), open: urgent.open, moreOpen: urgent.moreOpen },
    customersAtRisk: atRisk,
    responseTimes: {
      acknowledge: rate('seconds', (c) => meanSeconds(c, COUNTER.acknowledgedSeconds, COUNTER.acknowledgedCount), COUNTER.acknowledgedCount),
      resolve: rate('seconds', (c) => meanSeconds(c, COUNTER.resolvedSeconds, COUNTER.resolvedCount), COUNTER.resolvedCount),
      acknowledged: countOf('count', COUNTER.acknowledgedCount),
      resolved: countOf('count', COUNTER.resolvedCount),
    },
    trend: window.trendDays.map((day) => trendPoint(day, daily.get(day) ?? {})),
  };
}

function typeNames(types: string[], taxonomy: Taxonomy | undefined): Record<string, TypeNames> {
  const definitions = new Map(taxonomy?.types.map((definition) => [definition.id, definition]));
  return Object.fromEntries(
    types.map((type) => {
      const definition = definitions.get(type);
      return [type, { zh: definition?.labelZh ?? type, en: definition?.labelEn ?? type }];
    }),
  );
}

function bySentiment(make: (label: SentimentLabel) => Metric): Record<SentimentLabel, Metric> {
  return { positive: make('positive'), neutral: make('neutral'), negative: make('negative') };
}

function trendPoint(day: string, counters: Counters) {
  const sentiment = Object.fromEntries(
    SENTIMENT_LABELS.map((label) => [label, count(counters, COUNTER.sentiment(label))]),
  ) as Record<SentimentLabel, number>;
  return { day, sentiment, total: count(counters, COUNTER.total) };
}
