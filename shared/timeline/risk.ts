import type { Customer } from '../model.ts';
import type { AtRiskEntry } from '../ports.ts';

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
  const cutoff = shiftDay(message.day, -(WINDOW_DAYS - 1));
  const negativeDays: Record<string, number> = {};
  for (const [day, count] of Object.entries(customer.negativeDays ?? {})) {
    if (day >= cutoff && day <= message.day) negativeDays[day] = count;
  }
  negativeDays[message.day] = (negativeDays[message.day] ?? 0) + 1;
  const negativesLastWeek = Object.values(negativeDays).reduce((sum, n) => sum + n, 0);
  const base = { customerId: customer.customerId, day: message.day, negativesLastWeek, feedbackId: message.feedbackId };
  if (negativesLastWeek >= 2) return { negativeDays, atRisk: { ...base, reason: 'repeated_negative' } };
  if ((customer.counts['sentiment.positive'] ?? 0) > 0) return { negativeDays, atRisk: { ...base, reason: 'negative_after_positive' } };
  return { negativeDays };
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
