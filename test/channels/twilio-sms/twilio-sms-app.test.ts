import { describe, expect, it } from 'vitest';
import { ingestHarness } from '../support.ts';
import { AUTH_TOKEN, fixture, signedRequest } from './twilio-support.ts';

const env = { TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_BASE_URL: 'https://feedback.example.com' };
// The app sees the request on its own host; the signature covers PUBLIC_BASE_URL + path.
const toLocal = (request: Request) => new Request(request.url.replace('https://feedback.example.com', 'http://localhost'), request);

describe('Twilio SMS through the ingest app', () => {
  it('queues a helper-signed message once per MessageSid and answers empty TwiML', async () => {
    const { app, queue } = ingestHarness(env);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await app.request(toLocal(signedRequest(fixture('inbound-sms.form'))));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    }
    expect(queue.sent.map((event) => event.identities[0])).toEqual(['phone:+8613800138000', 'phone:+8613800138000']);
    expect(queue.sent[0]?.feedbackId).toBe(queue.sent[1]?.feedbackId);
  });

  it('answers unsigned and forged requests with 401, queueing nothing', async () => {
    const { app, queue } = ingestHarness(env);
    const unsigned = await app.request(toLocal(signedRequest(fixture('inbound-sms.form'), { signature: null })));
    const forged = await app.request(toLocal(signedRequest(fixture('inbound-sms.form'), { token: '0'.repeat(32) })));
    expect([unsigned.status, forged.status]).toEqual([401, 401]);
    expect(queue.sent).toEqual([]);
  });
});
