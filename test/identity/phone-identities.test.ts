/**
 * Every phone identity a channel can store is one the API's routes take and resolve to the same key
 * (lookup, add, remove): an SMS provider's sender libphonenumber does not know is kept as given,
 * and was answered 422 `invalid_identity` everywhere a person named it (found by audit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { providerNationalPhone } from '../../shared/channels/phone.ts';
import { normaliseE164Phone, normaliseIdentityKey, normalisePhone } from '../../shared/identity/normalise.ts';

const REGIONS = ['CN', 'US', 'GB', 'HK'] as const;
const digits = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });
/** Written as people and providers write numbers: separators anywhere, a leading + or 00 or none, full-width digits sometimes. */
const spelling = fc
  .tuple(fc.constantFrom('', '+', '00', ' +', '(+'), digits(1, 16), fc.array(fc.tuple(fc.nat(16), fc.constantFrom(' ', '-', '.', ')')), { maxLength: 3 }), fc.boolean())
  .map(([prefix, number, separators, fullWidth]) => {
    let written = number;
    for (const [at, separator] of separators) written = written.slice(0, at) + separator + written.slice(at);
    written = prefix + written;
    return fullWidth ? written.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)) : written;
  });
/** Numbers libphonenumber knows, so the generator reaches them as often as those it does not. */
const KNOWN = ['+8613800138000', '13800138000', '+14155550100', '+442071838750', '+85251234567', '0086 138 0013 8000'];
const raw = fc.oneof(spelling, fc.constantFrom(...KNOWN), fc.string({ maxLength: 20 }));

/** What each channel stores for a number written `raw` (Twilio's From, Tencent's nationcode and mobile, a web form's phone). */
function channelPhones(raw: string, callingCode: string, region: string): string[] {
  return [normaliseE164Phone(raw, region), providerNationalPhone(callingCode, raw, region), normalisePhone(raw, region)].filter((phone) => phone !== undefined);
}

describe('phone identities: what the channels store, the API resolves to the same key', () => {
  it('every phone a channel stores, named through the API in any region, is that identity', () => {
    fc.assert(
      fc.property(raw, fc.constantFrom('1', '86', '+86', '0086', '44', '852'), fc.constantFrom(...REGIONS), fc.constantFrom(...REGIONS), (written, callingCode, channelRegion, apiRegion) => {
        for (const phone of channelPhones(written, callingCode, channelRegion)) {
          expect(normaliseIdentityKey(`phone:${phone}`, apiRegion), phone).toBe(`phone:${phone}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a number written with its +, as a provider gives it, is one key whether a provider or a person names it', () => {
    fc.assert(
      fc.property(raw, fc.constantFrom(...REGIONS), (written, region) => {
        const stored = normaliseE164Phone(written, region);
        const named = normaliseIdentityKey(`phone:${written}`, region);
        expect(named).toBe(stored === undefined ? undefined : `phone:${stored}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('a number typed without its + is still judged by its numbering plan: placeholders, dates and strings of digits are no phone', () => {
    for (const typed of ['12345678901', '20241231', '1380013800', '0015550100077', '1 415 555 2671']) {
      expect(normalisePhone(typed, 'CN'), typed).toBeUndefined();
      expect(normaliseIdentityKey(`phone:${typed}`, 'CN'), typed).toBeUndefined();
    }
    expect(normaliseE164Phone('+15550100077', 'CN')).toBe('+15550100077');
    expect(normaliseE164Phone('+1 (555) 010-0077', 'CN')).toBe('+15550100077');
    expect(normaliseE164Phone('+86 138 0013 8000', 'US')).toBe('+8613800138000');
  });

  it('an unknown number written with a trunk prefix after its country code is the number without it, as for known ones (one key, not two)', () => {
    // +44 7700 900123 is in Ofcom's range for drama: libphonenumber knows its shape, not the number.
    for (const written of ['+447700900123', '+44 7700 900123', '+44 (0)7700 900123', '+44 07700 900123', '+4407700900123']) {
      expect(normaliseE164Phone(written, 'CN'), written).toBe('+447700900123');
      expect(normaliseIdentityKey(`phone:${written}`, 'GB'), written).toBe('phone:+447700900123');
    }
    expect(normaliseE164Phone('+1 1 555 010 0077', 'CN')).toBe('+15550100077');
  });
});
