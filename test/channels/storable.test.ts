import { describe, expect, it } from 'vitest';
import { refuseUnstorable } from '../../shared/channels/storable.ts';
import { messageEvent } from '../support/feedback-event.ts';
import { channelErrorOf } from './support.ts';

describe('an event refused before it is queued', () => {
  const event = messageEvent('storable', '1', ['wechat:oAbc'], '2026-11-20T01:00:00.000Z', '快递太慢了');

  it('passes an event the queue takes', () => {
    expect(() => refuseUnstorable(event)).not.toThrow();
  });

  it('is refused with 400 invalid_text when it holds a NUL', async () => {
    expect(await channelErrorOf((async () => refuseUnstorable({ ...event, text: 'a\u0000b' }))())).toMatchObject({ status: 400, code: 'invalid_text' });
  });

  it("is refused with 400 invalid_message naming the field when the queue's schema would refuse it (it failed the send: a 503 retried forever)", async () => {
    const error = await channelErrorOf((async () => refuseUnstorable({ ...event, metadata: { msgType: 'x'.repeat(5000) } }))());
    expect(error).toMatchObject({ status: 400, code: 'invalid_message', message: expect.stringContaining('metadata.msgType') });
  });
});
