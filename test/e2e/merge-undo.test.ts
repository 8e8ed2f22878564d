/**
 * Merges and undos through the API of the running local server: each side reads exactly as it
 * did once a merge is undone, whatever arrived meanwhile, and only a write key may decide.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Customer, startAttackServer } from '../support/attack-server.ts';

type Server = Awaited<ReturnType<typeof startAttackServer>>;

describe('merge and undo against the local server', () => {
  let server: Server;
  let { api, post, processed, smsProcessed, mail, postMail, twilioSms, form, owner, texts, createKey }: Pick<Server, 'api' | 'post' | 'processed' | 'smsProcessed' | 'mail' | 'postMail' | 'twilioSms' | 'form' | 'owner' | 'texts' | 'createKey'> = {} as never;

  beforeAll(async () => {
    server = await startAttackServer();
    ({ api, post, processed, smsProcessed, mail, postMail, twilioSms, form, owner, texts, createKey } = server);
  }, 90_000);
  afterAll(async () => server?.stop());

  it("merge and undo through the API: a message that came in through the absorbed customer's identity while merged goes back with it, counts included", async () => {
    type Counts = { total: number; byChannel: Record<string, number>; bySentiment: Record<string, number>; complaints: number; openComplaints: number };
    type Snapshot = { identities: string[]; verifiedIdentities: string[]; counts: Counts; lastSeen: string; items: string[] };
    const profile = async (customerId: string) => (await api<Customer & { counts: Counts; verifiedIdentities: string[]; lastSeen: string }>(`/v1/customers/${customerId}`)).body;
    const snapshot = async (customerId: string): Promise<Snapshot> => {
      const { identities, verifiedIdentities, counts, lastSeen } = await profile(customerId);
      return { identities, verifiedIdentities, counts, lastSeen, items: await texts(customerId) };
    };
    const first = await processed(await postMail(mail('zhou.min@example.com', 'zhou-1@example.com', '退款三天了还没到账，太慢了'), { 'X-Feedback-Sender-Verified': 'true' }));
    const second = await smsProcessed(await twilioSms('+8613500135111', 'SM00000000000000000000000000000111', '快递员态度很差'), 'SM00000000000000000000000000000111');
    const survivorId = (await api<{ customerId: string }>(`/v1/feedback/${first}`)).body.customerId;
    const absorbedId = (await api<{ customerId: string }>(`/v1/feedback/${second}`)).body.customerId;
    const before = { survivor: await snapshot(survivorId), absorbed: await snapshot(absorbedId) };

    const merged = await post(`/v1/customers/${survivorId}/merge`, { customerId: absorbedId, reason: 'same family' });
    expect(merged.status).toBe(200);
    const { mergeId } = (await merged.json()) as { mergeId: string };
    // While merged, each side writes again through its own identity.
    const throughSurvivor = await processed(await postMail(mail('zhou.min@example.com', 'zhou-2@example.com', '谢谢，退款收到了'), { 'X-Feedback-Sender-Verified': 'true' }));
    const throughAbsorbed = await smsProcessed(await twilioSms('+8613500135111', 'SM00000000000000000000000000000112', '东西坏了，要换货'), 'SM00000000000000000000000000000112');
    expect((await texts(survivorId)).length).toBe(before.survivor.items.length + before.absorbed.items.length + 2);

    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
    const owners = async () => [(await api<{ customerId: string }>(`/v1/feedback/${throughAbsorbed}`)).body.customerId, (await api<{ customerId: string }>(`/v1/feedback/${throughSurvivor}`)).body.customerId];
    expect(await owners()).toEqual([absorbedId, survivorId]);
    const after = { survivor: await snapshot(survivorId), absorbed: await snapshot(absorbedId) };
    // Each side is as it was before the merge, plus exactly the one message it sent itself (and last seen then).
    const plus = async (side: Snapshot, feedbackId: string): Promise<Snapshot> => {
      const { text, channel, receivedAt, classification } = (await api<{ text: string; channel: string; receivedAt: string; classification: { sentiment: { label: string }; intent: string } }>(`/v1/feedback/${feedbackId}`)).body;
      const { total, byChannel, bySentiment, complaints, openComplaints } = side.counts;
      const label = classification.sentiment.label;
      return {
        ...side,
        lastSeen: receivedAt,
        items: [text, ...side.items],
        counts: {
          total: total + 1,
          byChannel: { ...byChannel, [channel]: (byChannel[channel] ?? 0) + 1 },
          bySentiment: { ...bySentiment, [label]: (bySentiment[label] ?? 0) + 1 },
          complaints: complaints + (classification.intent === 'complaint' ? 1 : 0),
          openComplaints: openComplaints + (classification.intent === 'complaint' ? 1 : 0),
        },
      };
    };
    expect(after).toEqual({ survivor: await plus(before.survivor, throughSurvivor), absorbed: await plus(before.absorbed, throughAbsorbed) });
    // Undoing again changes nothing.
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
    expect({ survivor: await snapshot(survivorId), absorbed: await snapshot(absorbedId) }).toEqual(after);
  });

  it('merge and undo through the API: profiles and timelines read exactly as before, and both timelines record who merged and undid, when and why', async () => {
    const read = async (customerId: string) => {
      const { mergedFrom: _, ...profile } = (await api<Record<string, unknown>>(`/v1/customers/${customerId}`)).body;
      return { profile, items: (await api<{ items: unknown[] }>(`/v1/customers/${customerId}/timeline?limit=100`)).body.items };
    };
    const email = await processed(await postMail(mail('wu.fang@example.com', 'wu-1@example.com', '发票开错了，请重开'), { 'X-Feedback-Sender-Verified': 'true' }));
    const sms = await smsProcessed(await twilioSms('+8613600136222', 'SM00000000000000000000000000000222', '物流太慢了'), 'SM00000000000000000000000000000222');
    const survivorId = (await api<{ customerId: string }>(`/v1/feedback/${email}`)).body.customerId;
    const absorbedId = (await api<{ customerId: string }>(`/v1/feedback/${sms}`)).body.customerId;
    const before = { survivor: await read(survivorId), absorbed: await read(absorbedId) };

    const merged = await post(`/v1/customers/${survivorId}/merge`, { customerId: absorbedId, reason: '同一个人，电话确认过' });
    const { mergeId } = (await merged.json()) as { mergeId: string };
    expect((await texts(absorbedId)).sort()).toEqual(['发票开错了，请重开', '物流太慢了'].sort());
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);

    expect({ survivor: await read(survivorId), absorbed: await read(absorbedId) }).toEqual(before);
    for (const customerId of [survivorId, absorbedId]) {
      const { merges } = (await api<{ merges: Record<string, unknown>[] }>(`/v1/customers/${customerId}/timeline`)).body;
      expect(merges).toEqual([
        expect.objectContaining({ mergeId, survivorId, absorbedId, by: 'FEEDBACK_API_KEYS', reason: '同一个人，电话确认过', mergedAt: expect.any(String), undoneAt: expect.any(String), undoneBy: 'FEEDBACK_API_KEYS' }),
      ]);
    }
  });

  it("merged, the absorbed side's negative days count as the survivor's; undone, negative messages the absorbed side sent while merged take its negative days and at-risk flag back with them; a complaint resolved meanwhile stays resolved on its own customer's counts", async () => {
    type Profile = { counts: { total: number; complaints: number; openComplaints: number }; risk: { negativeDays: Record<string, number>; atRisk?: { day: string; negativesLastWeek: number; reason: string; feedbackId: string } }; lastSeen: string };
    const profile = async (customerId: string) => (await api<Profile>(`/v1/customers/${customerId}`)).body;
    const praise = await processed(await postMail(mail('risk.survivor@example.com', 'risk-1@example.com', '谢谢，客服态度很好，问题很快解决了，非常满意'), { 'X-Feedback-Sender-Verified': 'true' }));
    const complaint = await smsProcessed(await twilioSms('+8613900139333', 'SM00000000000000000000000000000333', '快递三天还没到，客服也不回复，太失望了'), 'SM00000000000000000000000000000333');
    const survivorId = (await api<{ customerId: string }>(`/v1/feedback/${praise}`)).body.customerId;
    const absorbedId = (await api<{ customerId: string }>(`/v1/feedback/${complaint}`)).body.customerId;
    const before = { survivor: await profile(survivorId), absorbed: await profile(absorbedId) };
    const { day } = (await api<{ day: string }>(`/v1/feedback/${complaint}`)).body;
    expect(before.absorbed.risk).toEqual({ negativeDays: { [day]: 1 } });
    expect(before.survivor.risk).toEqual({ negativeDays: {} });

    const { mergeId } = (await (await post(`/v1/customers/${survivorId}/merge`, { customerId: absorbedId, reason: 'looked alike' })).json()) as { mergeId: string };
    // Merged, the two histories are one customer's: the complaint came after the praise.
    expect((await profile(survivorId)).risk).toEqual({ negativeDays: { [day]: 1 }, atRisk: { day, negativesLastWeek: 1, reason: 'negative_after_positive', feedbackId: complaint } });
    const resolved = await fetch(`${server.base}/v1/feedback/${complaint}`, { method: 'PATCH', headers: { authorization: 'Bearer attack-key', 'content-type': 'application/json' }, body: JSON.stringify({ status: 'resolved' }) });
    expect(resolved.status).toBe(200);
    const again = await smsProcessed(await twilioSms('+8613900139333', 'SM00000000000000000000000000000334', '东西坏了，要换货，质量太差了'), 'SM00000000000000000000000000000334');
    // While merged, the negative lands on the survivor and counts the absorbed side's negative of the same week.
    expect((await profile(survivorId)).risk).toEqual({ negativeDays: { [day]: 2 }, atRisk: { day, negativesLastWeek: 2, reason: 'repeated_negative', feedbackId: again } });

    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
    const after = { survivor: await profile(survivorId), absorbed: await profile(absorbedId) };
    // As if never merged: the survivor has only its praise; the absorbed side's two negatives in a week flag it.
    expect(after.survivor).toEqual(before.survivor);
    expect(after.absorbed.risk).toEqual({ negativeDays: { [day]: 2 }, atRisk: { day, negativesLastWeek: 2, reason: 'repeated_negative', feedbackId: again } });
    expect(after.absorbed.counts).toMatchObject({ total: 2, complaints: 2, openComplaints: 1 });
    expect(after.absorbed.lastSeen).toBe((await api<{ receivedAt: string }>(`/v1/feedback/${again}`)).body.receivedAt);
    expect((await api<{ originalCustomerId: string; customerId: string }>(`/v1/feedback/${again}`)).body).toMatchObject({ customerId: absorbedId, originalCustomerId: absorbedId });
  });

  it('an automatic merge (an imported row carrying both customers\' verified identities) undone through the API: each side reads as before plus its own messages, and the two stay apart', async () => {
    type Profile = { identities: string[]; verifiedIdentities: string[]; counts: { total: number }; mergedFrom: unknown[] };
    const read = async (customerId: string) => {
      const { identities, verifiedIdentities, counts, mergedFrom } = (await api<Profile>(`/v1/customers/${customerId}`)).body;
      return { identities, verifiedIdentities, total: counts.total, mergedFrom, texts: await texts(customerId) };
    };
    const importRow = (row: Record<string, string>) => {
      const file = join(server.dataDir, `${row['externalId']}.jsonl`);
      writeFileSync(file, `${JSON.stringify({ channel: 'email', receivedAt: new Date().toISOString(), ...row })}\n`);
      execFileSync(process.execPath, [fileURLToPath(new URL('../../bin/feedback', import.meta.url)), 'import', file], { env: { ...process.env, DATA_DIR: server.dataDir }, stdio: 'ignore' });
    };
    const email = 'auto.merge@example.com';
    const phone = '+8613700137111';
    const survivorId = (await api<{ customerId: string }>(`/v1/feedback/${await processed(await postMail(mail(email, 'auto-1@example.com', '谢谢，很满意'), { 'X-Feedback-Sender-Verified': 'true' }))}`)).body.customerId;
    const absorbedId = (await api<{ customerId: string }>(`/v1/feedback/${await smsProcessed(await twilioSms(phone, 'SM000000000000000000000000000a0111', '快递太慢了'), 'SM000000000000000000000000000a0111')}`)).body.customerId;
    const before = { survivor: await read(survivorId), absorbed: await read(absorbedId) };

    importRow({ externalId: 'auto-row-1', text: '这两个都是我的联系方式', email, phone });
    await server.until('the automatic merge', async () => (await texts(survivorId)).length === 3);
    const { merges } = (await api<{ merges: { mergeId: string; absorbedId: string; by: string }[] }>(`/v1/customers/${survivorId}/timeline`)).body;
    expect(merges.map((m) => [m.absorbedId, m.by])).toEqual([[absorbedId, 'processor']]);
    // Each side writes once more while merged.
    await smsProcessed(await twilioSms(phone, 'SM000000000000000000000000000a0112', '东西坏了'), 'SM000000000000000000000000000a0112');
    await processed(await postMail(mail(email, 'auto-2@example.com', '发票开好了吗'), { 'X-Feedback-Sender-Verified': 'true' }));

    expect((await post(`/v1/merges/${merges[0]!.mergeId}/undo`)).status).toBe(200);
    // The row that merged them named both: had they never been merged it would have gone to the older customer too.
    expect({ survivor: await read(survivorId), absorbed: await read(absorbedId) }).toEqual({
      survivor: { ...before.survivor, total: before.survivor.total + 2, texts: ['发票开好了吗', '这两个都是我的联系方式', ...before.survivor.texts] },
      absorbed: { ...before.absorbed, total: before.absorbed.total + 1, texts: ['东西坏了', ...before.absorbed.texts] },
    });
    expect((await api<{ merges: { undoneBy?: string }[] }>(`/v1/customers/${absorbedId}/timeline`)).body.merges).toEqual([expect.objectContaining({ mergeId: merges[0]!.mergeId, undoneBy: 'FEEDBACK_API_KEYS' })]);

    // The same evidence again does not merge them again: a person separated them.
    importRow({ externalId: 'auto-row-2', text: '还是这两个联系方式', email, phone });
    await server.until('the second row', async () => (await texts(survivorId)).length === 4);
    expect([await owner(`email:${email}`), await owner(`phone:${phone}`)]).toEqual([survivorId, absorbedId]);
    expect((await read(absorbedId)).texts).toEqual(['东西坏了', ...before.absorbed.texts]);
  });

  it("an automatic merge the survivor took while merged, on evidence naming only the absorbed side's identity and a third customer's, follows the absorbed side when the merge is undone", async () => {
    type Profile = { identities: string[]; verifiedIdentities: string[]; counts: { total: number } };
    const read = async (customerId: string) => {
      const { identities, verifiedIdentities, counts } = (await api<Profile>(`/v1/customers/${customerId}`)).body;
      return { identities: [...identities].sort(), verifiedIdentities: [...verifiedIdentities].sort(), total: counts.total, texts: await texts(customerId) };
    };
    const importRow = (row: Record<string, string>) => {
      const file = join(server.dataDir, `${row['externalId']}.jsonl`);
      writeFileSync(file, `${JSON.stringify({ channel: 'email', receivedAt: new Date().toISOString(), ...row })}\n`);
      execFileSync(process.execPath, [fileURLToPath(new URL('../../bin/feedback', import.meta.url)), 'import', file], { env: { ...process.env, DATA_DIR: server.dataDir }, stdio: 'ignore' });
    };
    const [email, phone, openId] = ['follow.a@example.com', '+8613700137901', 'oFollow000000000000000000C01'];
    const a = (await api<{ customerId: string }>(`/v1/feedback/${await processed(await postMail(mail(email, 'follow-a-1@example.com', '谢谢，很满意'), { 'X-Feedback-Sender-Verified': 'true' }))}`)).body.customerId;
    const b = (await api<{ customerId: string }>(`/v1/feedback/${await smsProcessed(await twilioSms(phone, 'SM000000000000000000000000000f0001', '快递太慢了'), 'SM000000000000000000000000000f0001')}`)).body.customerId;
    importRow({ externalId: 'follow-c-1', text: '我只有微信', wechatOpenId: openId });
    await server.until('the WeChat customer', async () => (await api(`/v1/customers?identity=wechat:${openId}`)).status === 200);
    const c = await owner(`wechat:${openId}`);
    const before = { a: await read(a), b: await read(b) };

    const { mergeId } = (await (await post(`/v1/customers/${a}/merge`, { customerId: b, reason: 'looked alike' })).json()) as { mergeId: string };
    // The row proves the phone (B's, leading to A now) and the openid (C's) are one person: C joins A.
    importRow({ externalId: 'follow-bc-1', text: '电话和微信都是我的', phone, wechatOpenId: openId });
    await server.until('the automatic merge', async () => (await texts(a)).length === 4);
    expect(await owner(`wechat:${openId}`)).toBe(a);

    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
    // Had A and B never been merged, the row would have merged C with B (the older): A reads as before.
    expect(await read(a)).toEqual(before.a);
    expect([await owner(`phone:${phone}`), await owner(`wechat:${openId}`)]).toEqual([b, b]);
    expect(await read(b)).toEqual({
      identities: [`phone:${phone}`, `wechat:${openId}`].sort(),
      verifiedIdentities: [`phone:${phone}`, `wechat:${openId}`].sort(),
      total: before.b.total + 2,
      texts: ['电话和微信都是我的', '我只有微信', ...before.b.texts],
    });
    // Both timelines tell it: the undo took C off A with it, and the processor merged C into B.
    const merges = async (customerId: string) =>
      (await api<{ merges: { survivorId: string; absorbedId: string; by: string; undoneBy?: string }[] }>(`/v1/customers/${customerId}/timeline`)).body.merges.map((m) => [m.survivorId, m.absorbedId, m.by, m.undoneBy]);
    expect(await merges(a)).toEqual([
      [a, b, 'FEEDBACK_API_KEYS', 'FEEDBACK_API_KEYS'],
      [a, c, 'processor', 'FEEDBACK_API_KEYS'],
    ]);
    expect(await merges(b)).toEqual([
      [a, b, 'FEEDBACK_API_KEYS', 'FEEDBACK_API_KEYS'],
      [b, c, 'processor', undefined],
    ]);
  });

  it('misuse: unknown ids get 404 and malformed ones 400 with a machine-readable body; a customer merged with itself or with one it absorbed gets 409; undo twice is one undo', async () => {
    const code = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    const customer = async (email: string) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(await form({ message: '东西坏了', email }))}`)).body.customerId;
    const [a, b] = [await customer('misuse.a@example.com'), await customer('misuse.b@example.com')];
    const nobody = `cus_${'0'.repeat(26)}`;
    expect(await code(await post(`/v1/customers/${nobody}/merge`, { customerId: a }))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/customers/${a}/merge`, { customerId: nobody }))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/merges/mrg_${'0'.repeat(26)}/undo`))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/merge-suggestions/sug_${'0'.repeat(26)}/dismiss`))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`, {}))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/customers/not-an-id/merge`, { customerId: a }))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/merges/not-an-id/undo`))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/customers/${a}/merge`, { customerId: a }))).toEqual([409, 'already_merged']);
    const { mergeId } = (await (await post(`/v1/customers/${a}/merge`, { customerId: b })).json()) as { mergeId: string };
    expect(await code(await post(`/v1/customers/${b}/merge`, { customerId: a }))).toEqual([409, 'already_merged']);
    const [first, second] = await Promise.all([post(`/v1/merges/${mergeId}/undo`), post(`/v1/merges/${mergeId}/undo`)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([await texts(a), await texts(b)]).toEqual([['东西坏了'], ['东西坏了']]);
    expect((await api<{ counts: { total: number } }>(`/v1/customers/${a}`)).body.counts.total).toBe(1);
    expect((await api<{ counts: { total: number } }>(`/v1/customers/${b}`)).body.counts.total).toBe(1);
  });

  it('a merge of the survivor into a third customer, racing the undo of its merge: either the undo comes first and stands, or it is refused with 409 merged_since; nothing is half done', async () => {
    const customer = async (email: string) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(await form({ message: `我是 ${email}`, email }))}`)).body.customerId;
    const [s, a, f] = [await customer('race.s@example.com'), await customer('race.a@example.com'), await customer('race.f@example.com')];
    const { mergeId } = (await (await post(`/v1/customers/${s}/merge`, { customerId: a })).json()) as { mergeId: string };
    const [undone, merged] = await Promise.all([post(`/v1/merges/${mergeId}/undo`), post(`/v1/customers/${f}/merge`, { customerId: s })]);
    expect(merged.status).toBe(200);
    if (undone.status === 200) {
      expect(await texts(a)).toEqual(['我是 race.a@example.com']);
      expect(await owner('email:race.a@example.com')).toBe(a);
      expect((await texts(f)).sort()).toEqual(['我是 race.f@example.com', '我是 race.s@example.com']);
    } else {
      expect([undone.status, ((await undone.json()) as { error: { code: string } }).error.code]).toEqual([409, 'merged_since']);
      expect((await texts(f)).length).toBe(3);
      expect(await owner('email:race.a@example.com')).toBe(f);
    }
    expect((await api<{ counts: { total: number } }>(`/v1/customers/${f}`)).body.counts.total).toBe((await texts(f)).length);
  });

  it('a merge into a customer merged away goes to the one it stands for; undoing the first merge of a chain hands back only what that merge moved', async () => {
    const customer = async (email: string) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(await form({ message: `我是 ${email}`, email }))}`)).body.customerId;
    const [a, b, c] = [await customer('chain.a@example.com'), await customer('chain.b@example.com'), await customer('chain.c@example.com')];
    const first = (await (await post(`/v1/customers/${a}/merge`, { customerId: b })).json()) as { mergeId: string };
    // B stands for A now: C joins A.
    const second = await post(`/v1/customers/${b}/merge`, { customerId: c });
    expect(second.status).toBe(200);
    expect(((await second.json()) as { customerId: string }).customerId).toBe(a);
    expect((await post(`/v1/merges/${first.mergeId}/undo`)).status).toBe(200);
    expect((await texts(a)).sort()).toEqual(['我是 chain.a@example.com', '我是 chain.c@example.com']);
    expect(await texts(b)).toEqual(['我是 chain.b@example.com']);
    expect([await owner('email:chain.b@example.com'), await owner('email:chain.c@example.com')]).toEqual([b, a]);
  });

  it('accepting a suggestion whose customers changed meanwhile merges the customers they stand for now; a merge of the two it names accepts it', async () => {
    const itemOf = async (response: Response) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(response)}`)).body.customerId;
    const suggestionFor = async (otherCustomerId: string) =>
      (await api<{ items: { suggestionId: string; customerId: string; otherCustomerId: string }[] }>('/v1/merge-suggestions')).body.items.find((i) => i.otherCustomerId === otherCustomerId)!;
    const holder = await itemOf(await form({ message: '发票', email: 'changed.holder@example.com' }));
    const claimant = await itemOf(await form({ message: '发票呢', email: 'changed.holder@example.com', phone: '+8613700137555' }));
    expect(claimant).not.toBe(holder);
    const suggestion = await suggestionFor(holder);
    expect(suggestion.customerId).toBe(claimant);
    // Meanwhile a person merged the holder into a third customer: accepting joins the claimant there.
    const third = await itemOf(await form({ message: '第三个', email: 'changed.third@example.com' }));
    expect((await post(`/v1/customers/${third}/merge`, { customerId: holder })).status).toBe(200);
    const accepted = await post(`/v1/merge-suggestions/${suggestion.suggestionId}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { customerId: string }).customerId).toBe(third);
    expect(await owner('phone:+8613700137555')).toBe(third);

    // A person merges the two a suggestion names through the merge route: the suggestion is
    // accepted by that merge, not left open for someone to accept again.
    const one = await itemOf(await form({ message: '发票', email: 'changed.one@example.com' }));
    const two = await itemOf(await form({ message: '发票呢', email: 'changed.one@example.com', phone: '+8613700137666' }));
    const second = await suggestionFor(one);
    const merged = (await (await post(`/v1/customers/${one}/merge`, { customerId: two })).json()) as { mergeId: string };
    expect((await api<{ items: { suggestionId: string }[] }>('/v1/merge-suggestions')).body.items.map((i) => i.suggestionId)).not.toContain(second.suggestionId);
    expect((await api<{ items: { suggestionId: string; mergeId: string; decidedBy: string }[] }>('/v1/merge-suggestions?status=accepted')).body.items.find((i) => i.suggestionId === second.suggestionId)).toMatchObject({ mergeId: merged.mergeId, decidedBy: 'FEEDBACK_API_KEYS' });
    const again = await post(`/v1/merge-suggestions/${second.suggestionId}/accept`, {});
    expect([again.status, ((await again.json()) as { error: { code: string } }).error.code]).toEqual([409, 'already_decided']);
  });

  it('a restart of the server between every step changes nothing: merged, written to while merged and undone, each side reads as before', async () => {
    type Side = { profile: Record<string, unknown>; items: { feedbackId: string; status: string; history?: unknown[] }[]; owners: string[] };
    let current = await startAttackServer();
    const restart = async () => {
      await current.stop();
      current = await startAttackServer(current.dataDir);
    };
    try {
      const first = await current.processed(await current.postMail(current.mail('restart.a@example.com', 'restart-a-1@example.com', '发票开错了'), { 'X-Feedback-Sender-Verified': 'true' }));
      const patched = await fetch(`${current.base}/v1/feedback/${first}`, { method: 'PATCH', headers: { authorization: 'Bearer attack-key', 'content-type': 'application/json' }, body: JSON.stringify({ status: 'acknowledged', note: '已转财务', assignee: '小王' }) });
      expect(patched.status).toBe(200);
      const sms = await current.smsProcessed(await current.twilioSms('+8613600136888', 'SM00000000000000000000000000000888', '快递三天没到'), 'SM00000000000000000000000000000888');
      const a = (await current.api<{ customerId: string }>(`/v1/feedback/${first}`)).body.customerId;
      const b = (await current.api<{ customerId: string }>(`/v1/feedback/${sms}`)).body.customerId;
      const side = async (customerId: string, identities: string[]): Promise<Side> => ({
        profile: (await current.api<Record<string, unknown>>(`/v1/customers/${customerId}`)).body,
        items: (await current.api<{ items: Side['items'] }>(`/v1/customers/${customerId}/timeline?limit=100`)).body.items,
        owners: await Promise.all(identities.map((identity) => current.owner(identity))),
      });
      const read = async () => ({ a: await side(a, ['email:restart.a@example.com']), b: await side(b, ['phone:+8613600136888']) });
      const before = await read();

      await restart();
      const merged = await current.post(`/v1/customers/${a}/merge`, { customerId: b, reason: '电话确认是同一人' });
      const { mergeId } = (await merged.json()) as { mergeId: string };
      await restart();
      const whileMerged = await current.smsProcessed(await current.twilioSms('+8613600136888', 'SM00000000000000000000000000000889', '还是没到'), 'SM00000000000000000000000000000889');
      expect((await current.texts(a)).sort()).toEqual(['发票开错了', '快递三天没到', '还是没到'].sort());
      await restart();
      expect((await current.post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
      await restart();

      const after = await read();
      expect(after.a).toEqual(before.a);
      expect(after.b.owners).toEqual([b]);
      expect(after.b.items.map((i) => i.feedbackId)).toEqual([whileMerged, ...before.b.items.map((i) => i.feedbackId)]);
      expect(after.b.items.slice(1)).toEqual(before.b.items);
      const { counts, lastSeen: _, risk: __, ...profile } = after.b.profile as { counts: { total: number }; lastSeen: string; risk: unknown };
      const { counts: countsBefore, lastSeen: ___, risk: ____, ...profileBefore } = before.b.profile as { counts: { total: number }; lastSeen: string; risk: unknown };
      expect(profile).toEqual(profileBefore);
      expect(counts.total).toBe(countsBefore.total + 1);
    } finally {
      await current.stop();
    }
  }, 180_000);

  it("undone through the API, with restarts between the steps: a message that was urgent only for the other side's open complaints is judged on its own side's history again, everywhere the urgency shows", async () => {
    let current = await startAttackServer();
    const restart = async () => {
      await current.stop();
      current = await startAttackServer(current.dataDir);
    };
    try {
      const refund = await current.processed(await current.postMail(current.mail('urgency.a@example.com', 'urgency-a-1@example.com', '退款一直没到账，打了三次电话都没人管，很生气'), { 'X-Feedback-Sender-Verified': 'true' }));
      const broken = await current.smsProcessed(await current.twilioSms('+8613600136777', 'SM00000000000000000000000000000777', '东西坏了，要换货，质量太差了'), 'SM00000000000000000000000000000777');
      const a = (await current.api<{ customerId: string }>(`/v1/feedback/${refund}`)).body.customerId;
      const b = (await current.api<{ customerId: string }>(`/v1/feedback/${broken}`)).body.customerId;
      const merged = await current.post(`/v1/customers/${a}/merge`, { customerId: b, reason: '电话确认是同一人' });
      const { mergeId } = (await merged.json()) as { mergeId: string };
      await restart();
      // Two open complaints before it on the merged timeline (one of them the other side's): urgent.
      const wrong = await current.smsProcessed(await current.twilioSms('+8613600136777', 'SM00000000000000000000000000000778', '换货又寄错了，太差劲了'), 'SM00000000000000000000000000000778');
      type Item = { feedbackId: string; classification: { urgent: boolean; urgentReason?: string } };
      const urgentIds = async () => (await current.api<{ items: Item[] }>('/v1/feedback?urgent=true&limit=100')).body.items.map((i) => i.feedbackId);
      const day = (await current.api<{ day: string }>(`/v1/feedback/${wrong}`)).body.day;
      const urgentCount = async () => (await current.api<{ days: { counters: Record<string, number> }[] }>(`/v1/stats/daily?from=${day}&to=${day}`)).body.days[0]!.counters.urgent ?? 0;
      expect((await current.api<Item>(`/v1/feedback/${wrong}`)).body.classification.urgentReason).toMatch(/^repeated unresolved complaint \(2 /);
      expect(await urgentIds()).toContain(wrong);
      const urgentWhileMerged = await urgentCount();
      await restart();
      expect((await current.post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
      await restart();

      const after = (await current.api<Item>(`/v1/feedback/${wrong}`)).body;
      expect(after.classification.urgent).toBe(false);
      expect(after.classification).not.toHaveProperty('urgentReason');
      expect(await urgentIds()).not.toContain(wrong);
      expect(await urgentCount()).toBe(urgentWhileMerged - 1);
      const timeline = (await current.api<{ items: Item[] }>(`/v1/customers/${b}/timeline?limit=100`)).body.items;
      expect(timeline.map((i) => [i.feedbackId, i.classification.urgent])).toEqual([[wrong, false], [broken, false]]);
    } finally {
      await current.stop();
    }
  }, 180_000);

  it('a suggestion accepted and dismissed at the same instant is decided once: the losing request gets 409 already_decided, and the customers are merged exactly when it reads accepted', async () => {
    const itemOf = async (response: Response) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(response)}`)).body.customerId;
    for (let round = 0; round < 12; round += 1) {
      const email = `decide.race.${round}@example.com`;
      const phone = `+86137001${String(38000 + round)}`;
      const holder = await itemOf(await form({ message: '发票', email }));
      const claimant = await itemOf(await form({ message: '发票呢', email, phone }));
      const { suggestionId } = (await api<{ items: { suggestionId: string; customerId: string; otherCustomerId: string }[] }>('/v1/merge-suggestions?limit=100')).body.items.find((i) => i.customerId === claimant && i.otherCustomerId === holder)!;
      const [accepted, dismissed] = await Promise.all([post(`/v1/merge-suggestions/${suggestionId}/accept`, {}), post(`/v1/merge-suggestions/${suggestionId}/dismiss`)]);
      const statuses = [accepted.status, dismissed.status];
      expect(statuses.sort(), `round ${round}`).toEqual([200, 409]);
      const loser = accepted.status === 409 ? accepted : dismissed;
      expect(((await loser.json()) as { error: { code: string } }).error.code, `round ${round}`).toBe('already_decided');
      const decided = (await api<{ items: { suggestionId: string; status: string }[] }>(`/v1/merge-suggestions?status=${accepted.status === 200 ? 'accepted' : 'dismissed'}&limit=100`)).body.items.find((i) => i.suggestionId === suggestionId);
      expect(decided, `round ${round}`).toBeDefined();
      expect((await owner(`email:${email}`)) === (await owner(`phone:${phone}`)), `round ${round}`).toBe(accepted.status === 200);
    }
  }, 120_000);

  it('merge, undo and suggestion decisions need a write key; a read key gets 403 and changes nothing; the write key is recorded as who', async () => {
    const reader = createKey('read', 'reader');
    const writer = createKey('write', '客服小王');
    const one = (await api<{ customerId: string }>(`/v1/feedback/${await processed(await form({ message: '东西坏了', email: 'scope.one@example.com' }))}`)).body.customerId;
    const two = (await api<{ customerId: string }>(`/v1/feedback/${await processed(await form({ message: '东西坏了', email: 'scope.two@example.com' }))}`)).body.customerId;
    await processed(await form({ message: '也是我', email: 'scope.one@example.com', phone: '+8613700137444' }));
    const suggestion = (await api<{ items: { suggestionId: string; otherCustomerId: string }[] }>('/v1/merge-suggestions')).body.items.find((i) => i.otherCustomerId === one)!;

    for (const path of [`/v1/customers/${one}/merge`, `/v1/merge-suggestions/${suggestion.suggestionId}/accept`, `/v1/merge-suggestions/${suggestion.suggestionId}/dismiss`]) {
      const refused = await post(path, path.endsWith('/merge') ? { customerId: two } : undefined, reader);
      expect(refused.status, path).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect(await owner('email:scope.two@example.com')).toBe(two);
    const merged = await post(`/v1/customers/${one}/merge`, { customerId: two }, writer);
    const { mergeId } = (await merged.json()) as { mergeId: string };
    expect((await post(`/v1/merges/${mergeId}/undo`, undefined, reader)).status).toBe(403);
    expect(await owner('email:scope.two@example.com')).toBe(one);
    const undone = (await (await post(`/v1/merges/${mergeId}/undo`, undefined, writer)).json()) as { by: string; undoneBy: string };
    expect([undone.by, undone.undoneBy]).toEqual(['客服小王', '客服小王']);
    expect(await owner('email:scope.two@example.com')).toBe(two);
  });

});
