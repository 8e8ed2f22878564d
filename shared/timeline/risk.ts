import type { Customer, FeedbackRecord } from '../model.ts';
import type { AtRiskEntry, RiskState } from '../ports.ts';

const WINDOW_DAYS = 7;

/**
 * A customer is at risk after several negative messages within a week, or a negative message
 * after a positive history. Returns the customer's new trailing-week negatives and, when at risk,
 * the entry the digest ranks; nothing for messages that are not negative.
 */
export function assessRisk(
  customer: Customer,
  message: { feedbackId: string; day: string; negative: boolean },
): { negativeDays?: Record<string, number>; atRisk?: AtRiskEntry } {
  if (!message.negative) return {};
  // Messages come out of order (SQS, a batch's records in parallel, a backfill): days after this
  // message's stay, the week kept is the latest day's, and this message counts the days up to it.
  const days = Object.keys(customer.negativeDays ?? {});
  const latest = days.reduce((a, b) => (a > b ? a : b), message.day);
  const kept = shiftDay(latest, -(WINDOW_DAYS - 1));
  const negativeDays: Record<string, number> = {};
  for (const [day, count] of Object.entries(customer.negativeDays ?? {})) {
    if (day >= kept) negativeDays[day] = count;
  }
  if (message.day >= kept) negativeDays[message.day] = (negativeDays[message.day] ?? 0) + 1;
  const cutoff = shiftDay(message.day, -(WINDOW_DAYS - 1));
  const negativesLastWeek = 1 + Object.entries(customer.negativeDays ?? {}).reduce((sum, [day, n]) => (day >= cutoff && day <= message.day ? sum + n : sum), 0);
  const base = { customerId: customer.customerId, day: message.day, negativesLastWeek, feedbackId: message.feedbackId };
  if (negativesLastWeek >= 2) return { negativeDays, atRisk: { ...base, reason: 'repeated_negative' } };
  if ((customer.counts['sentiment.positive'] ?? 0) > 0) return { negativeDays, atRisk: { ...base, reason: 'negative_after_positive' } };
  return { negativeDays };
}

/**
 * What the customer's messages derive, replayed as the processor derives it message by message:
 * every item on the customer (those of customers merged into it too: one person's history), in the
 * order they were processed, each assessed against the negatives and positive messages before it.
 * Each reporting day keeps the last flag raised on it, as the stores do.
 */
export function replayRisk(customerId: string, items: readonly FeedbackRecord[]): RiskState {
  const ordered = [...items].sort((a, b) => a.processedAt.localeCompare(b.processedAt) || a.receivedAt.localeCompare(b.receivedAt));
  let customer: Customer = { customerId, createdAt: '', firstSeen: '', lastSeen: '', identities: [], counts: {} };
  const byDay = new Map<string, AtRiskEntry>();
  let latest: AtRiskEntry | undefined;
  for (const item of ordered) {
    const positives = customer.counts['sentiment.positive'] ?? 0;
    const message = item.kind === 'message';
    const label = item.classification.sentiment.label;
    const { negativeDays, atRisk } = assessRisk(customer, { feedbackId: item.feedbackId, day: item.day, negative: message && label === 'negative' });
    if (atRisk) byDay.set(atRisk.day, (latest = atRisk));
    customer = { ...customer, ...(negativeDays ? { negativeDays } : {}), counts: { 'sentiment.positive': positives + (message && label === 'positive' ? 1 : 0) } };
  }
  return { ...(customer.negativeDays ? { negativeDays: customer.negativeDays } : {}), ...(latest ? { atRisk: latest } : {}), entries: [...byDay.values()] };
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
