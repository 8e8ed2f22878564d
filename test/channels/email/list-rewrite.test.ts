/**
 * Mail a mailing list or group passed on with its own address in From (the DMARC mitigations of
 * Google Groups, Mailman and Sympa): the sender is the person the list names as the author, as a
 * claim, and never the list, whose verdicts vouch for its own domain only.
 */
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../shared/channels/email/parse.ts';
import { FIXED_NOW, ingestHarness } from '../support.ts';
import { fixture, SECRET, signedEmailRequest } from './email-support.ts';

const VERIFIED_BY_SES = { receivedAt: FIXED_NOW, via: 'ses', senderVerified: true } as const;
const parsed = async (raw: Uint8Array | string) => (await parseEmail(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw, VERIFIED_BY_SES)).event;
const mail = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const toLocal = (request: Request) => new Request(request.url.replace('https://feedback.example.com', 'http://localhost'), request);
const verifiedPost = (raw: Uint8Array | string) => toLocal(signedEmailRequest(raw, { headers: { 'X-Feedback-Sender-Verified': 'true' } }));

/** The Google Groups fixture as another member's post: the group writes the same headers for everyone. */
function googleGroupsPostBy(address: string, name: string, messageId: string): Buffer {
  const raw = fixture('google-groups-dmarc-rewrite.eml').toString('utf8');
  return Buffer.from(
    raw
      .replaceAll('jane@yahoo.example', address)
      .replaceAll('Jane Doe', name)
      .replace(/^Message-ID: .*$/m, `Message-ID: <${messageId}>`),
  );
}

const LIST_HEADERS = ['List-Id: <support.lists.company.example>', 'List-Post: <mailto:support@lists.company.example>', 'Precedence: list'];
const COMMON = ['To: support@lists.company.example', 'Date: Mon, 2 Mar 2026 11:40:44 +0800', 'Subject: refund', 'MIME-Version: 1.0'];

describe('mail a list or group rewrote to its own address', () => {
  it.each([
    ['google-groups-dmarc-rewrite.eml', 'email:jane@yahoo.example', 'Jane Doe', 'support@company.example'],
    ['mailman3-munge-from.eml', 'email:wangwei@aol.example', '王伟', 'support@lists.company.example'],
    ['sympa-dmarc-protection.eml', 'email:zhangwei@qq.com', '张伟', 'support@lists.company.example'],
  ])('%s: the author the list names, as a claim, with their own name; the group is no identity', async (name, identity, displayName, group) => {
    const event = await parsed(fixture(name));
    expect(event).toMatchObject({ identities: [identity], displayName, metadata: { senderVerified: false, rewrittenBy: group } });
    expect(event?.verifiedIdentities).toBeUndefined();
    expect(JSON.stringify(event?.identities)).not.toContain(group);
  });

  it("Google Groups' footer below the signature delimiter is not the customer's text", async () => {
    expect((await parsed(fixture('google-groups-dmarc-rewrite.eml')))?.text).toBe(
      'Hello, I returned the blender on 20 February and the refund still has not\nreached my card. This is terrible, please refund me now.\n\nJane',
    );
  });

  it("Mailman 2.1 at the IETF (the author's address folded into the list's domain, X-Original-From kept) names the author", async () => {
    const event = await parsed(
      mail([
        'From: dthaler1968=40googlemail.com@dmarc.ietf.org', 'X-Original-From: dthaler1968@googlemail.com', 'Sender: "Bpf" <bpf-bounces@ietf.org>', 'X-Mailman-Version: 2.1.39',
        'List-Id: Discussion of BPF/eBPF standardization efforts within the IETF <bpf.ietf.org>', 'List-Post: <mailto:bpf@ietf.org>', 'Precedence: list',
        'To: bpf@ietf.org', 'Subject: [Bpf] Sign extension ISA question', 'Message-ID: <0f5001da48a2$f2ab9a00$d802ce00$@gmail.com>', '', 'Is there any semantic difference?',
      ]),
    );
    expect(event).toMatchObject({ identities: ['email:dthaler1968@googlemail.com'], metadata: { senderVerified: false, rewrittenBy: 'dthaler1968=40googlemail.com@dmarc.ietf.org' } });
    expect(event?.displayName).toBeUndefined();
  });

  it('a Microsoft 365 group keeps the author in From and names itself in Sender ("on behalf of"): nothing was rewritten, the verdicts still vouch for the author', async () => {
    const event = await parsed(fixture('microsoft-365-group-on-behalf.eml'));
    expect(event).toMatchObject({ identities: ['email:li.lei@example.cn'], verifiedIdentities: ['email:li.lei@example.cn'], displayName: 'Li Lei', metadata: { senderVerified: true } });
    expect(event?.metadata).not.toHaveProperty('rewrittenBy');
  });

  it('the name comes from the author field, else from the group\'s "<name> via <group>" without its suffix, and an address is no name', async () => {
    const google = (from: string, original: string) =>
      mail([`From: ${from}`, `X-Original-From: ${original}`, 'List-ID: <support.company.example>', ...COMMON, 'Message-ID: <n-1@yahoo.example>', '', 'refund please']);
    expect((await parsed(google(`"'Jane Doe' via Support" <support@company.example>`, 'jane@yahoo.example')))?.displayName).toBe('Jane Doe');
    expect((await parsed(google(`"'jane@yahoo.example' via Support" <support@company.example>`, 'jane@yahoo.example')))?.displayName).toBeUndefined();
    expect((await parsed(google('"Jane Doe via Support" <support@company.example>', '"J. Doe" <jane@yahoo.example>')))?.displayName).toBe('J. Doe');
  });

  it('Mailman munging for a list whose replies go to the list (the author only in Cc): kept, each mail a customer of its own, never the list', async () => {
    const munged = (name: string, messageId: string, text: string) =>
      mail([
        `From: ${name} via Support <support@lists.company.example>`, 'Reply-To: support@lists.company.example', 'Cc: Li Lei <li.lei@example.cn>, Wang Wei <wangwei@aol.example>',
        ...LIST_HEADERS, ...COMMON, `Message-ID: <${messageId}>`, '', text,
      ]);
    const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET });
    const ids: string[] = [];
    for (const raw of [munged('Wang Wei', 'cc-1@aol.example', '快递三天没有更新'), munged('Li Lei', 'cc-2@example.cn', '退款还没到'), munged('Wang Wei', 'cc-1@aol.example', '快递三天没有更新')]) {
      const response = await app.request(verifiedPost(raw));
      expect(response.status).toBe(202);
      ids.push(((await response.json()) as { id: string }).id);
    }
    // The third post is the first delivered again: one item.
    expect(ids[2]).toBe(ids[0]);
    expect(ids[1]).not.toBe(ids[0]);
    expect(queue.sent.slice(0, 2).map((event) => [event.identities, event.verifiedIdentities, event.displayName, event.text, event.metadata])).toEqual([
      [[`form:anonymous-${ids[0]}`], undefined, 'Wang Wei', '快递三天没有更新', expect.objectContaining({ senderVerified: false, rewrittenBy: 'support@lists.company.example' })],
      [[`form:anonymous-${ids[1]}`], undefined, 'Li Lei', '退款还没到', expect.objectContaining({ senderVerified: false, rewrittenBy: 'support@lists.company.example' })],
    ]);
  });

  it('an X-Original-From naming no one plain, and no Reply-To naming one person: kept under an identity of its own, named as the group wrote the author', async () => {
    for (const original of ['jane@yahoo.example, wangwei@aol.example', 'undisclosed-recipients:;', 'Jane Doe']) {
      const raw = mail([`From: "'Jane Doe' via Support" <support@company.example>`, `X-Original-From: ${original}`, 'Reply-To: support@company.example', ...LIST_HEADERS, ...COMMON, 'Message-ID: <x-1@yahoo.example>', '', 'refund']);
      const event = await parsed(raw);
      expect(event, original).toMatchObject({ identities: [`form:anonymous-${event?.feedbackId}`], displayName: 'Jane Doe', metadata: { senderVerified: false, rewrittenBy: 'support@company.example' } });
      expect(event?.verifiedIdentities, original).toBeUndefined();
    }
    const severalReplyTo = await parsed(
      mail(['From: Jane Doe via Support <support@company.example>', 'Reply-To: jane@yahoo.example, wangwei@aol.example', ...LIST_HEADERS, ...COMMON, 'Message-ID: <x-2@yahoo.example>', '', 'refund']),
    );
    expect(severalReplyTo).toMatchObject({ identities: [`form:anonymous-${severalReplyTo?.feedbackId}`], displayName: 'Jane Doe' });
    // A From name without " via " is the group's own, never the customer's.
    const groupName = await parsed(mail(['From: Support <support@company.example>', 'X-Original-From: jane@yahoo.example, wangwei@aol.example', ...COMMON, 'Message-ID: <x-3@yahoo.example>', '', 'refund']));
    expect(groupName?.identities).toEqual([`form:anonymous-${groupName?.feedbackId}`]);
    expect(groupName?.displayName).toBeUndefined();
  });

  it('mail a list sends as itself (an announcement list), and a " via " name on mail from no list, stay as they are', async () => {
    const announcement = await parsed(
      mail([
        'From: Shop News <news@shop.example>', 'Reply-To: Shop Service <service@shop.example>', 'List-Id: <news.shop.example>', 'List-Post: NO',
        'List-Unsubscribe: <mailto:news-leave@shop.example>', 'Precedence: list', ...COMMON, 'Message-ID: <news-1@shop.example>', '', 'Our spring sale starts today.',
      ]),
    );
    expect(announcement).toMatchObject({ identities: ['email:news@shop.example'], verifiedIdentities: ['email:news@shop.example'], displayName: 'Shop News' });
    const person = await parsed(mail(['From: "Li via WeChat" <li.lei@example.cn>', 'Reply-To: lilei.home@example.cn', ...COMMON, 'Message-ID: <p-1@example.cn>', '', '退款还没到']));
    expect(person).toMatchObject({ identities: ['email:li.lei@example.cn'], verifiedIdentities: ['email:li.lei@example.cn'], displayName: 'Li via WeChat' });
    const unrewritten = await parsed(mail(['From: Jane Doe <jane@yahoo.example>', 'X-Original-From: Jane Doe <Jane@Yahoo.example>', ...LIST_HEADERS, ...COMMON, 'Message-ID: <u-1@yahoo.example>', '', 'refund']));
    expect(unrewritten).toMatchObject({ identities: ['email:jane@yahoo.example'], verifiedIdentities: ['email:jane@yahoo.example'] });
  });

  it('two people through one Google Group, posted to the webhook as verified: two senders, neither verified, neither the group', async () => {
    const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET });
    for (const raw of [googleGroupsPostBy('jane@yahoo.example', 'Jane Doe', 'jane-1@mail.yahoo.example'), googleGroupsPostBy('wangwei@aol.example', 'Wang Wei', 'wangwei-1@aol.example')]) {
      expect((await app.request(verifiedPost(raw))).status).toBe(202);
    }
    expect(queue.sent.map((event) => [event.identities, event.verifiedIdentities, event.displayName])).toEqual([
      [['email:jane@yahoo.example'], undefined, 'Jane Doe'],
      [['email:wangwei@aol.example'], undefined, 'Wang Wei'],
    ]);
  });
});
