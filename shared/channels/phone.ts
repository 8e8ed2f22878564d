import { normalisePhone } from '../identity/normalise.ts';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A sender number from an authenticated SMS provider, in E.164. Numbers libphonenumber knows are
 * normalised as everywhere else; a number it does not know (new ranges, fictional 555 numbers in
 * test traffic) is still kept when the provider already gave it in E.164, since dropping the
 * message would lose the customer's words.
 */
export function providerPhone(raw: string, defaultRegion: string): string | undefined {
  const known = normalisePhone(raw, defaultRegion);
  if (known) return known;
  const compact = raw.trim().replace(/[\s-]/g, '');
  return E164.test(compact) ? compact : undefined;
}
