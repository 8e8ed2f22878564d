import { CHANNELS } from '../event-ids.ts';
import type { Customer, FeedbackRecord } from '../model.ts';
import type { AtRiskEntry, AggregateStore, IdentityStore, ReceivedRange, TimelineStore } from '../ports.ts';
import { maskedContact, maskedExcerpt, maskedStoredName } from './mask.ts';
import type { CustomerAtRisk, LastComplaint } from './types.ts';

/** Customers listed in a digest; also the per-day limit of the at-risk index read. */
export const AT_RISK_LISTED = 10;
/** Newest timeline items read per listed customer to find the latest complaint. */
export const LAST_COMPLAINT_WINDOW = 20;
const EXCERPT_CHARACTERS = 80;

/**
 * Customers the processor flagged at risk on the period's days (several negatives in a week, or
 * a negative after a positive history: see timeline/risk.ts), most negatives first. A customer
 * flagged on several days is listed once with the highest count. For each, a masked name, the
 * channels they use and their latest complaint up to the period's end with how long it has been
 * open: enough for a manager to pick up the phone, from two bounded reads per customer.
 */
export async function customersAtRisk(
  store: AggregateStore & IdentityStore & TimelineStore,
  days: string[],
  received: ReceivedRange,
  now: Date,
): Promise<CustomerAtRisk[]> {
  const flagged = new Map<string, AtRiskEntry>();
  for (const entry of await store.listAtRisk(days, AT_RISK_LISTED)) {
    const known = flagged.get(entry.customerId);
    if (!known || entry.negativesLastWeek > known.negativesLastWeek) flagged.set(entry.customerId, entry);
  }
  const listed = [...flagged.values()]
    .sort((a, b) => b.negativesLastWeek - a.negativesLastWeek || b.day.localeCompare(a.day))
    .slice(0, AT_RISK_LISTED);
  return Promise.all(
    listed.map(async (entry) => {
      const [profile, timeline] = await Promise.all([
        store.getCustomer(entry.customerId),
        store.listTimeline(entry.customerId, { limit: LAST_COMPLAINT_WINDOW, receivedBefore: received.to }),
      ]);
      const complaint = timeline.items.find((item) => item.kind === 'message' && item.classification.intent === 'complaint');
      const displayName = maskedStoredName(profile?.displayName);
      return {
        customerId: entry.customerId,
        ...(displayName ? { displayName } : {}),
        ...contactOf(profile),
        channels: channelsOf(profile),
        reason: entry.reason,
        negativesLastWeek: entry.negativesLastWeek,
        lastFlaggedDay: entry.day,
        ...(complaint ? { lastComplaint: lastComplaint(complaint, now) } : {}),
      };
    }),
  );
}

/** The first phone, else e-mail identity, masked: who to call when a name was never given. */
function contactOf(customer: Customer | undefined): { contact?: string } {
  const identities = customer?.identities ?? [];
  const identity = identities.find((entry) => entry.startsWith('phone:')) ?? identities.find((entry) => entry.startsWith('email:'));
  return identity ? { contact: maskedContact(identity) } : {};
}

function channelsOf(customer: Customer | undefined): CustomerAtRisk['channels'] {
  return CHANNELS.filter((channel) => (customer?.counts[`channel.${channel}`] ?? 0) > 0);
}

function lastComplaint(record: FeedbackRecord, now: Date): LastComplaint {
  return {
    feedbackId: record.feedbackId,
    receivedAt: record.receivedAt,
    complaintTypes: record.classification.complaintTypes.map((entry) => entry.type),
    status: record.status,
    ...(record.status === 'resolved' ? {} : { openSeconds: secondsBetween(record.receivedAt, now) }),
    excerpt: maskedExcerpt(record.text, EXCERPT_CHARACTERS),
  };
}

export function secondsBetween(instant: string, now: Date): number {
  return Math.max(0, Math.round((now.getTime() - Date.parse(instant)) / 1000));
}
