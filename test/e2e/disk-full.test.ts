/**
 * The local server's disk failing under its store (ENOSPC, from /dev/full in place of the
 * journal): writes answer 503 store_unavailable with Retry-After, as the DynamoDB path does,
 * never 500; once the disk is back, what was answered is what a restart reads.
 */
import { renameSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auth, startAttackServer } from '../support/attack-server.ts';

describe('the local server on a full disk', () => {
  let server: Awaited<ReturnType<typeof startAttackServer>> | undefined;
  afterAll(async () => server?.stop());

  it('answers writes 503 store_unavailable with Retry-After while the journal cannot be written, and keeps memory and disk one once it can', async () => {
    server = await startAttackServer();
    const { api, post, processed, form } = server;
    const itemOf = async (email: string, message: string) => (await api<{ feedbackId: string; customerId: string }>(`/v1/feedback/${await processed(await form({ message, email }))}`)).body;
    const first = await itemOf('disk.a@example.com', '快递太慢了');
    const second = await itemOf('disk.b@example.com', '东西坏了');
    const patch = (feedbackId: string, body: unknown) => fetch(`${server!.base}/v1/feedback/${feedbackId}`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const journal = join(server.dataDir, 'store.journal.jsonl');
    renameSync(journal, `${journal}.aside`);
    symlinkSync('/dev/full', journal);
    const refused = [await patch(first.feedbackId, { status: 'acknowledged', note: '已联系快递' }), await post(`/v1/customers/${first.customerId}/merge`, { customerId: second.customerId, reason: '同一个人' })];
    for (const response of refused) {
      expect([response.status, response.headers.get('retry-after'), await response.json()]).toEqual([503, '1', { error: { code: 'store_unavailable', message: expect.any(String) } }]);
    }
    expect((await api('/healthz')).status).toBe(200);

    unlinkSync(journal);
    renameSync(`${journal}.aside`, journal);
    // The client's retries after the 503: the merge it asked for is made whole, with its items. A
    // journal that is /dev/full cannot be read back either, so the store refuses everything until
    // it has read it back, which the first request after the disk is back has it do (one more 503).
    const retried = async (send: () => Promise<Response>) => {
      const answer = await send();
      return answer.status === 503 ? send() : answer;
    };
    expect((await retried(() => patch(first.feedbackId, { status: 'acknowledged', note: '已联系快递' }))).status).toBe(200);
    const merged = await retried(() => post(`/v1/customers/${first.customerId}/merge`, { customerId: second.customerId, reason: '同一个人' }));
    expect([merged.status, await merged.json()]).toEqual([200, { mergeId: expect.any(String), customerId: first.customerId }]);
    expect((await server.texts(second.customerId)).sort()).toEqual(['东西坏了', '快递太慢了']);
    expect((await api<{ counts: { total: number } }>(`/v1/customers/${first.customerId}`)).body.counts.total).toBe(2);
    const reads = async () => ({
      first: (await api(`/v1/feedback/${first.feedbackId}`)).body,
      customers: [(await api(`/v1/customers/${first.customerId}`)).body, (await api(`/v1/customers/${second.customerId}`)).body],
      timelines: [(await api(`/v1/customers/${first.customerId}/timeline`)).body, (await api(`/v1/customers/${second.customerId}/timeline`)).body],
    });
    const answered = await reads();
    await server.stop();
    server = await startAttackServer(server.dataDir);
    expect(await server.api(`/v1/feedback/${first.feedbackId}`).then((r) => r.body)).toEqual(answered.first);
    expect({ ...answered, first: undefined }).toEqual({ ...(await readsOn(server)), first: undefined });

    async function readsOn(restarted: NonNullable<typeof server>) {
      return {
        customers: [(await restarted.api(`/v1/customers/${first.customerId}`)).body, (await restarted.api(`/v1/customers/${second.customerId}`)).body],
        timelines: [(await restarted.api(`/v1/customers/${first.customerId}/timeline`)).body, (await restarted.api(`/v1/customers/${second.customerId}/timeline`)).body],
      };
    }
  }, 120_000);
});
