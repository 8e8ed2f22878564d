/**
 * Identities a support agent adds and removes through the API of the running local server
 * (`./bin/feedback serve`), with a key made by `./bin/feedback keys create`: the messages that
 * come next find, or stop finding, the customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Customer, startAttackServer } from '../support/attack-server.ts';

type Server = Awaited<ReturnType<typeof startAttackServer>>;
type Change = { identity: string; change: string; by: string; reason: string };

describe('identities added and removed against the local server', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startAttackServer();
  }, 90_000);
  afterAll(async () => server?.stop());

  it('an email confirmed on the phone leads mail to the caller; a mistyped phone removed leads its owner elsewhere', async () => {
    const { base, api, processed, smsProcessed, mail, postMail, twilioSms, form, createKey } = server;
    const agent = createKey('write', '客服小李');
    const call = (method: 'POST' | 'DELETE', path: string, body?: unknown) =>
      fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${agent}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const customerOf = async (feedbackId: string) => (await api<{ customerId: string }>(`/v1/feedback/${feedbackId}`)).body.customerId;

    const caller = await customerOf(await smsProcessed(await twilioSms('+8613600136111', 'SM00000000000000000000000000000901', '我的订单一直没发货'), 'SM00000000000000000000000000000901'));
    const added = await call('POST', `/v1/customers/${caller}/identities`, { identity: 'email:Caller@Example.com', reason: 'confirmed on the phone' });
    expect(added.status).toBe(201);
    const mailed = await processed(await postMail(mail('caller@example.com', 'caller-1@example.com', '订单号是 12345'), { 'X-Feedback-Sender-Verified': 'true' }));
    expect(await customerOf(mailed)).toBe(caller);

    const typed = await customerOf(await processed(await form({ message: '请回电', email: 'form.user@example.com', phone: '+8613700137222' })));
    const taken = await call('POST', `/v1/customers/${typed}/identities`, { identity: 'phone:+8613600136111' });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { code: string; customerId: string } }).error).toMatchObject({ code: 'identity_taken', customerId: caller });
    expect((await call('DELETE', `/v1/customers/${typed}/identities/${encodeURIComponent('phone:+8613700137222')}?reason=${encodeURIComponent('mistyped')}`)).status).toBe(200);
    const owner = await customerOf(await smsProcessed(await twilioSms('+8613700137222', 'SM00000000000000000000000000000902', '谁在用我的号码'), 'SM00000000000000000000000000000902'));
    expect(owner).not.toBe(typed);
    expect((await api<Customer>(`/v1/customers/${typed}`)).body.identities).toEqual(['email:form.user@example.com']);

    const exported = (await api<{ customer: { identityChanges: Change[] } }>(`/v1/customers/${caller}/export`)).body;
    expect(exported.customer.identityChanges).toEqual([expect.objectContaining({ identity: 'email:caller@example.com', change: 'added', by: '客服小李', reason: 'confirmed on the phone' })]);
    const timeline = (await api<{ identityChanges: Change[] }>(`/v1/customers/${typed}/timeline`)).body;
    expect(timeline.identityChanges).toEqual([expect.objectContaining({ identity: 'phone:+8613700137222', change: 'removed', by: '客服小李', reason: 'mistyped' })]);
  });
});
