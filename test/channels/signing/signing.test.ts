import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signFeedbackRequest, verifyFeedbackSignature } from '../../../shared/channels/signing.ts';
import { ChannelError } from '../../../shared/channels/types.ts';

const SECRET = 'whsec_test_secret';
const NOW = new Date('2026-03-01T08:00:00Z');
const body = new TextEncoder().encode('{"hello":"世界"}');

function verify(headers: Record<string, string>, at = NOW, raw = body): ChannelError | undefined {
  try {
    verifyFeedbackSignature(SECRET, new Headers(headers), raw, at);
    return undefined;
  } catch (error) {
    if (error instanceof ChannelError) return error;
    throw error;
  }
}

describe('feedback webhook signing', () => {
  it('signs timestamp + "." + body with HMAC-SHA256, as documented', () => {
    const headers = signFeedbackRequest(SECRET, body, NOW);
    const timestamp = String(NOW.getTime() / 1000);
    const expected = createHmac('sha256', SECRET).update(`${timestamp}.{"hello":"世界"}`).digest('hex');
    expect(headers).toEqual({ 'X-Feedback-Timestamp': timestamp, 'X-Feedback-Signature': `sha256=${expected}` });
  });

  it('accepts its own signature, a string body and a clock skew inside five minutes', () => {
    expect(verify(signFeedbackRequest(SECRET, body, NOW))).toBeUndefined();
    expect(verify(signFeedbackRequest(SECRET, '{"hello":"世界"}', NOW))).toBeUndefined();
    expect(verify(signFeedbackRequest(SECRET, body, new Date(NOW.getTime() - 299_000)))).toBeUndefined();
    expect(verify(signFeedbackRequest(SECRET, body, new Date(NOW.getTime() + 299_000)))).toBeUndefined();
  });

  it.each([
    ['no headers', {}, 'missing_signature'],
    ['no signature', { 'X-Feedback-Timestamp': '1772352000' }, 'missing_signature'],
    ['a non-numeric timestamp', { 'X-Feedback-Timestamp': 'yesterday', 'X-Feedback-Signature': `sha256=${'0'.repeat(64)}` }, 'bad_timestamp'],
    ['a malformed signature', { 'X-Feedback-Timestamp': '1772352000', 'X-Feedback-Signature': 'md5=abc' }, 'bad_signature'],
  ])('refuses %s with 401', (_label, headers, code) => {
    expect(verify(headers)).toMatchObject({ status: 401, code });
  });

  it('refuses a request signed more than five minutes away', () => {
    const old = signFeedbackRequest(SECRET, body, new Date(NOW.getTime() - 301_000));
    expect(verify(old)).toMatchObject({ status: 401, code: 'stale_timestamp' });
    const future = signFeedbackRequest(SECRET, body, new Date(NOW.getTime() + 301_000));
    expect(verify(future)).toMatchObject({ status: 401, code: 'stale_timestamp' });
  });

  it('refuses another secret, a changed body and a moved timestamp', () => {
    expect(verify(signFeedbackRequest('other', body, NOW))).toMatchObject({ status: 401, code: 'bad_signature' });
    expect(verify(signFeedbackRequest(SECRET, body, NOW), NOW, new TextEncoder().encode('{"hello":"world"}'))).toMatchObject({ code: 'bad_signature' });
    const signed = signFeedbackRequest(SECRET, body, NOW);
    const moved = { ...signed, 'X-Feedback-Timestamp': String(Number(signed['X-Feedback-Timestamp']) - 1) };
    expect(verify(moved)).toMatchObject({ code: 'bad_signature' });
  });
});
