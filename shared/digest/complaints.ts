import type { Counters, FeedbackRecord } from '../model.ts';
import type { AggregateStore } from '../ports.ts';
import { maskedExcerpt } from './mask.ts';
import { complaintCounts, metric } from './metrics.ts';
import type { ComplaintTrend, Quote, RisingComplaint } from './types.ts';

export const TOP_COMPLAINT_TYPES = 5;
export const QUOTES_PER_TYPE = 3;
/** Newest items read per top complaint type to pick the quotes from. */
export const QUOTE_CANDIDATES = 12;
const QUOTE_MAX_CHARACTERS = 160;
const QUOTE_MIN_CHARACTERS = 6;
/** Quotes whose first this many letters agree (punctuation and spaces aside) count as the same. */
const SAME_WORDS_CHARACTERS = 12;

/** A complaint type is rising when it reached at least this many items… */
export const SPIKE_MIN_COUNT = 3;
/** …and at least this multiple of the previous period (or did not occur then at all). */
export const SPIKE_FACTOR = 2;
const MAX_RISING = 5;

export function topComplaintTypes(current: Counters, previous: Counters): Omit<ComplaintTrend, 'quotes'>[] {
  const now = complaintCounts(current);
  const before = complaintCounts(previous);
  return [...now.entries()]
    .sort(([typeA, countA], [typeB, countB]) => countB - countA || typeA.localeCompare(typeB))
    .slice(0, TOP_COMPLAINT_TYPES)
    .map(([type, count]) => {
      const previousCount = before.get(type) ?? 0;
      return { type, count: metric('count', count, previousCount), trend: trendOf(count, previousCount) };
    });
}

export function risingComplaintTypes(current: Counters, previous: Counters): RisingComplaint[] {
  const before = complaintCounts(previous);
  return [...complaintCounts(current).entries()]
    .map(([type, count]) => ({ type, current: count, previous: before.get(type) ?? 0 }))
    .filter((item) => isSpike(item.current, item.previous))
    .sort((a, b) => growth(b) - growth(a) || b.current - a.current || a.type.localeCompare(b.type))
    .slice(0, MAX_RISING);
}

export function isSpike(current: number, previous: number): boolean {
  return current >= SPIKE_MIN_COUNT && (previous === 0 || current >= SPIKE_FACTOR * previous);
}

/**
 * Two or three quotes per top complaint type in the customers' words, masked. An item tagged with
 * several top types is quoted once, under its main type (its most confident one among them), and
 * the same words are never quoted twice, so each quote shows a different complaint; a type whose
 * items all speak mainly of another borrows one of them that is not quoted yet.
 */
export async function representativeQuotes(store: AggregateStore, types: string[], days: string[]): Promise<Map<string, Quote[]>> {
  const candidates = await Promise.all(types.map((type) => store.listByComplaintType(type, days, QUOTE_CANDIDATES)));
  const mainTypeOf = new Map<string, string>();
  for (const record of candidates.flat()) mainTypeOf.set(record.feedbackId, mainType(record, types));
  const seenTexts = new Set<string>();
  const quotes = new Map<string, Quote[]>();
  types.forEach((type, index) => {
    const own = (candidates[index] ?? []).filter((record) => record.kind === 'message' && mainTypeOf.get(record.feedbackId) === type);
    quotes.set(type, pickQuotes(own, type, seenTexts));
  });
  // A type all of whose items speak mainly of another still gets one quote, of an item not quoted yet.
  const quoted = new Set([...quotes.values()].flat().map((quote) => quote.feedbackId));
  types.forEach((type, index) => {
    if ((quotes.get(type) ?? []).length > 0) return;
    const unquoted = (candidates[index] ?? []).filter((record) => record.kind === 'message' && !quoted.has(record.feedbackId));
    const [quote] = pickQuotes(unquoted, type, seenTexts);
    if (quote) {
      quotes.set(type, [quote]);
      quoted.add(quote.feedbackId);
    }
  });
  return quotes;
}

/** The record's most confident type among `types` (earlier types win ties). */
function mainType(record: FeedbackRecord, types: string[]): string {
  const confidence = (type: string) => record.classification.complaintTypes.find((entry) => entry.type === type)?.confidence ?? -1;
  return types.reduce((best, type) => (confidence(type) > confidence(best) ? type : best));
}

function pickQuotes(records: FeedbackRecord[], type: string, seenTexts: Set<string>): Quote[] {
  const ranked = [...records].sort((a, b) => quoteScore(b, type) - quoteScore(a, type) || b.receivedAt.localeCompare(a.receivedAt));
  const quotes: Quote[] = [];
  const seenCustomers = new Set<string>();
  // First pass prefers different customers, the second fills up with whatever is left.
  for (const distinctCustomers of [true, false]) {
    for (const record of ranked) {
      if (quotes.length >= QUOTES_PER_TYPE) return quotes;
      const text = maskedExcerpt(record.text, QUOTE_MAX_CHARACTERS);
      const key = sameWordsKey(text);
      if ([...text].length < QUOTE_MIN_CHARACTERS || seenTexts.has(key)) continue;
      if (distinctCustomers && seenCustomers.has(record.customerId)) continue;
      seenTexts.add(key);
      seenCustomers.add(record.customerId);
      quotes.push({ feedbackId: record.feedbackId, channel: record.channel, receivedAt: record.receivedAt, text });
    }
  }
  return quotes;
}

/**
 * Two quotes say the same when their first words agree: the same complaint pasted with a phone
 * number or an ID appended is one quote, not two.
 */
function sameWordsKey(text: string): string {
  return [...text.toLowerCase().replace(/[\s\p{P}\p{S}*]/gu, '')].slice(0, SAME_WORDS_CHARACTERS).join('');
}

/** How clearly an item speaks for its complaint type: confident classification, negative tone. */
function quoteScore(record: FeedbackRecord, type: string): number {
  const confidence = record.classification.complaintTypes.find((entry) => entry.type === type)?.confidence ?? 0;
  return confidence + (record.classification.sentiment.label === 'negative' ? 1 : 0);
}

function trendOf(current: number, previous: number): ComplaintTrend['trend'] {
  if (previous === 0) return 'new';
  if (current > previous) return 'up';
  return current < previous ? 'down' : 'flat';
}

function growth(item: RisingComplaint): number {
  return item.previous === 0 ? Number.POSITIVE_INFINITY : item.current / item.previous;
}
