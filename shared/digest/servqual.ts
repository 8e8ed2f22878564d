import type { Counters } from '../model.ts';
import { complaintCounts, metric } from './metrics.ts';
import type { ServiceQualityDimension } from './types.ts';

/** SERVQUAL's five dimensions of service quality (Parasuraman, Zeithaml & Berry, 1988). */
export const SERVQUAL_DIMENSIONS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'] as const;
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number] | 'other';

/**
 * Where each default complaint type belongs; docs/digest.md gives the reasons. Reliability is
 * delivering what was promised, accurately (the product, the delivery, the order, the bill, the
 * advertised promise); responsiveness is prompt help (support replies, refunds and returns);
 * assurance is trust and security; empathy is caring, courteous attention; tangibles are the
 * physical place and the equipment the customer uses, the app included. Types a deployment adds
 * fall under `other` until they are mapped here.
 */
export const SERVQUAL_OF_TYPE: Readonly<Record<string, ServqualDimension>> = {
  product_quality: 'reliability',
  delivery: 'reliability',
  order_accuracy: 'reliability',
  price_billing: 'reliability',
  misleading_promise: 'reliability',
  responsiveness: 'responsiveness',
  after_sales: 'responsiveness',
  privacy_security: 'assurance',
  service_attitude: 'empathy',
  environment: 'tangibles',
  digital_experience: 'tangibles',
};

export function servqualDimensionOf(type: string): ServqualDimension {
  return SERVQUAL_OF_TYPE[type] ?? 'other';
}

/**
 * Complaint-type mentions per dimension for the period, the previous one and each trend day,
 * from the day counters already read: an item with two types of one dimension counts twice.
 */
export function serviceQuality(
  current: Counters,
  previous: Counters,
  trendDays: { day: string; counters: Counters }[],
): ServiceQualityDimension[] {
  const byDimension = (counters: Counters) => {
    const sums = new Map<ServqualDimension, number>();
    for (const [type, count] of complaintCounts(counters)) {
      const dimension = servqualDimensionOf(type);
      sums.set(dimension, (sums.get(dimension) ?? 0) + count);
    }
    return sums;
  };
  const now = byDimension(current);
  const before = byDimension(previous);
  const perDay = trendDays.map(({ day, counters }) => ({ day, sums: byDimension(counters) }));
  const dimensions: ServqualDimension[] = [...SERVQUAL_DIMENSIONS, ...(now.has('other') || before.has('other') ? (['other'] as const) : [])];
  return dimensions.map((dimension) => ({
    dimension,
    count: metric('count', now.get(dimension) ?? 0, before.get(dimension) ?? 0),
    trend: perDay.map(({ day, sums }) => ({ day, count: sums.get(dimension) ?? 0 })),
  }));
}
