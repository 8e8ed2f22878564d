import type { Customer, FeedbackRecord } from '../model.ts';
import type { AtRiskEntry, RiskState } from '../ports.ts';
import { timelineKey } from './timeline-key.ts';

/** The week a negative counts the negatives of: its own reporting day and the 6 before. */
export const RISK_WINDOW_DAYS = 7;

/** A message as at-risk detection sees it: where it stands on the timeline, and its sentiment. */
export interface RiskMessage {
  feedbackId: string;
  receivedAt: string;
  day: string;
  label: 'positive' | 'negative' | 'other';
}

/**
 * The rule, whatever order messages are processed in: a negative message puts the customer at
 * risk when, counting the customer's negatives received up to it (by `receivedAt`, the same
 * instant by id) on the 7 reporting days ending on its day, there are 2 or more
 * (`repeated_negative`), or else when a positive message was received before it
 * (`negative_after_positive`). A day's entry is its last negative's: the one that counts most.
 */
export function flagsByDay(customerId: string, messages: readonly RiskMessage[], firstPositive: string | undefined): Map<string, AtRiskEntry> {
  const negatives = messages.filter((message) => message.label === 'negative').sort((a, b) => placeOf(a).localeCompare(placeOf(b)));
  const byDay = new Map<string, AtRiskEntry>();
  // Days follow receivedAt, so the week of each negative starts at or after the previous one's.
  let weekStart = 0;
  negatives.forEach((message, index) => {
    const cutoff = shiftDay(message.day, -(RISK_WINDOW_DAYS - 1));
    while (negatives[weekStart]!.day < cutoff) weekStart += 1;
    const negativesLastWeek = index - weekStart + 1;
    const reason = negativesLastWeek >= 2 ? 'repeated_negative' : firstPositive !== undefined && firstPositive < placeOf(message) ? 'negative_after_positive' : undefined;
    // A day's later negatives count its earlier ones, so each is flagged: the last one set stays.
    if (reason) byDay.set(message.day, { customerId, day: message.day, negativesLastWeek, reason, feedbackId: message.feedbackId });
  });
  return byDay;
}

/**
 * What the commit of a message received after every item the customer has derives from the
 * profile alone: everything counted is before it, and the week kept is all it needs. A message
 * received before the customer's last-seen instant is late: its commit keeps the week and the
 * first positive, and the days it now counts into are revised after it (later-risk.ts).
 */
export function assessRisk(customer: Customer, message: RiskMessage): { negativeDays?: Record<string, number>; atRisk?: AtRiskEntry; firstPositive?: string; late: boolean } {
  const place = placeOf(message);
  const late = (customer.counts.total ?? 0) > 0 && message.receivedAt <= customer.lastSeen;
  if (message.label === 'positive') {
    // A profile from before `firstPositive` was kept counts positives without naming the first: a late revision finds it.
    const unknown = customer.firstPositive === undefined && (customer.counts['sentiment.positive'] ?? 0) > 0;
    return { late, ...(!unknown && (customer.firstPositive === undefined || place < customer.firstPositive) ? { firstPositive: place } : {}) };
  }
  if (message.label !== 'negative') return { late };
  const negativeDays = weekKept({ ...customer.negativeDays, [message.day]: (customer.negativeDays?.[message.day] ?? 0) + 1 });
  if (late) return { negativeDays, late };
  const cutoff = shiftDay(message.day, -(RISK_WINDOW_DAYS - 1));
  const negativesLastWeek = Object.entries(negativeDays).reduce((sum, [day, n]) => (day >= cutoff && day <= message.day ? sum + n : sum), 0);
  const base = { customerId: customer.customerId, day: message.day, negativesLastWeek, feedbackId: message.feedbackId };
  if (negativesLastWeek >= 2) return { negativeDays, atRisk: { ...base, reason: 'repeated_negative' }, late };
  // Every positive counted is before this message; a profile from before `firstPositive` was kept has only its count.
  if ((customer.counts['sentiment.positive'] ?? 0) > 0) return { negativeDays, atRisk: { ...base, reason: 'negative_after_positive' }, late };
  return { negativeDays, late };
}

/**
 * What the customer's messages derive, by the rule of `flagsByDay` (so an undo or a merge derives
 * what the processor did, whatever order it processed them in): every item on the customer (those
 * of customers merged into it too: one person's history), the trailing week's negatives, the first
 * positive, each day's flag, and the latest day's as the profile's.
 */
export function replayRisk(customerId: string, items: readonly FeedbackRecord[]): RiskState {
  const messages = items.map(riskMessageOf);
  const negativeDays: Record<string, number> = {};
  for (const { day, label } of messages) if (label === 'negative') negativeDays[day] = (negativeDays[day] ?? 0) + 1;
  const positives = messages.filter(({ label }) => label === 'positive').map(placeOf).sort();
  const firstPositive = positives[0];
  const entries = [...flagsByDay(customerId, messages, firstPositive).values()];
  const atRisk = latestFlag(entries);
  return {
    ...(Object.keys(negativeDays).length ? { negativeDays: weekKept(negativeDays) } : {}),
    ...(firstPositive ? { firstPositive } : {}),
    ...(atRisk ? { atRisk } : {}),
    entries,
  };
}

/** The profile keeps its latest flag without repeating whose it is. */
export function profileFlag({ customerId: _, ...flag }: AtRiskEntry): NonNullable<Customer['atRisk']> {
  return flag;
}

/** The entry on the latest day, the most negatives on it. */
export function latestFlag(entries: readonly AtRiskEntry[]): AtRiskEntry | undefined {
  return entries.reduce<AtRiskEntry | undefined>((latest, entry) => (!latest || entry.day > latest.day || (entry.day === latest.day && entry.negativesLastWeek > latest.negativesLastWeek) ? entry : latest), undefined);
}

export function riskMessageOf(item: FeedbackRecord): RiskMessage {
  const label = item.kind === 'message' ? item.classification.sentiment.label : 'neutral';
  return { feedbackId: item.feedbackId, receivedAt: item.receivedAt, day: item.day, label: label === 'positive' || label === 'negative' ? label : 'other' };
}

/** Where a message stands on the timeline, as the profile's `firstPositive` keeps it. */
export function placeOf({ receivedAt, feedbackId }: Pick<RiskMessage, 'receivedAt' | 'feedbackId'>): string {
  return timelineKey(receivedAt, feedbackId);
}

/** The negatives of the week ending on the latest day that has one: all any later message needs. */
function weekKept(negativeDays: Record<string, number>): Record<string, number> {
  const latest = Object.keys(negativeDays).reduce((a, b) => (a > b ? a : b));
  const kept = shiftDay(latest, -(RISK_WINDOW_DAYS - 1));
  return Object.fromEntries(Object.entries(negativeDays).filter(([day]) => day >= kept));
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
