import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFromContext } from '../../infra/settings.ts';

const settings = (context: Record<string, unknown>) => settingsFromContext(new App({ context }).node);

describe('settingsFromContext', () => {
  it('falls back to the defaults with no context, so synth needs none', () => {
    expect(settings({})).toEqual({ ...DEFAULT_SETTINGS, publicBaseUrl: undefined, alarmEmail: undefined });
    expect(DEFAULT_SETTINGS.reportTimeZone).toBe('Asia/Shanghai');
  });

  it('reads lists from `-c a,b` strings and from cdk.json arrays alike', () => {
    expect(settings({ inboundRecipients: 'a@example.com, example.org,' }).inboundRecipients).toEqual([
      'a@example.com',
      'example.org',
    ]);
    expect(settings({ digestWeeklyRecipients: ['x@example.com', ' y@example.com '] }).digestWeeklyRecipients).toEqual([
      'x@example.com',
      'y@example.com',
    ]);
  });

  it('derives the SES identity from the sender domain unless given', () => {
    expect(settings({ mailFrom: 'digest@mail.example.cn' }).sesIdentity).toBe('mail.example.cn');
    expect(settings({ mailFrom: 'digest@mail.example.cn', sesIdentity: 'digest@mail.example.cn' }).sesIdentity).toBe(
      'digest@mail.example.cn',
    );
  });

  it('parses numbers from strings and rejects nonsense early, at synth time', () => {
    expect(settings({ apiRateLimit: '25' }).apiRateLimit).toBe(25);
    expect(() => settings({ apiRateLimit: 'fast' })).toThrow(/apiRateLimit/);
    expect(settings({ maxBodyBytes: 2048 }).maxBodyBytes).toBe(2048);
    for (const typo of ['0x10', '1e3', ' 25', '25.0', true]) expect(() => settings({ apiRateLimit: typo }), String(typo)).toThrow(/apiRateLimit must be a positive integer in decimal digits/);
    expect(settings({}).apiRateLimit).toBeGreaterThanOrEqual(1_000);
    expect(settings({ processorMaxConcurrency: '50' }).processorMaxConcurrency).toBe(50);
    expect(() => settings({ processorMaxConcurrency: '1' })).toThrow(/processorMaxConcurrency/);
    expect(() => settings({ rawMailRetentionDays: 0 })).toThrow(/rawMailRetentionDays/);
    expect(settings({}).pendingWorkSweepMinutes).toBe(5);
    expect(settings({ pendingWorkSweepMinutes: '15' }).pendingWorkSweepMinutes).toBe(15);
    expect(() => settings({ pendingWorkSweepMinutes: '61' })).toThrow(/pendingWorkSweepMinutes must be between 1 and 60/);
    expect(() => settings({ logLevel: 'verbose' })).toThrow(/logLevel/);
    expect(() => settings({ digestLanguage: 'fr' })).toThrow(/digestLanguage/);
    expect(() => settings({ reportTimeZone: 'China/Beijing' })).toThrow(/reportTimeZone/);
    expect(settings({ reportTimeZone: 'Europe/Berlin' }).reportTimeZone).toBe('Europe/Berlin');
    expect(() => settings({ defaultPhoneRegion: 'XX' })).toThrow(/defaultPhoneRegion/);
    expect(settings({ defaultPhoneRegion: 'GB' }).defaultPhoneRegion).toBe('GB');
  });

  it('refuses at synth the values every function would refuse at init (one reader: shared/config.ts)', () => {
    expect(() => settings({ formsAllowedOrigins: 'notaurl' })).toThrow(/context formsAllowedOrigins: each entry must be an origin/);
    expect(() => settings({ publicBaseUrl: 'ftp://x' })).toThrow(/context publicBaseUrl: must be a https or http URL/);
    expect(() => settings({ mailFrom: 'digest' })).toThrow(/context mailFrom: must be a mail address/);
    expect(() => settings({ digestDailyRecipients: 'ceo@example.com, cfo' })).toThrow(/context digestDailyRecipients: each entry must be a mail address/);
    expect(settings({ formsAllowedOrigins: ['https://shop.example.com'], publicBaseUrl: 'https://feedback.example.com' }).formsAllowedOrigins).toEqual(['https://shop.example.com']);
  });
});
