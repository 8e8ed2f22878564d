/**
 * Identity attacks against the running local server, through every channel: nothing a sender
 * merely claims may move another customer's identities or items, or suppress their mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aesKeyFrom, encryptMessage, wechatSignature } from '../../shared/channels/wechat/crypto.ts';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { fixture } from '../channels/email/email-support.ts';
import { auth, type Customer, SECRETS, startAttackServer, type Timeline } from '../support/attack-server.ts';

type Server = Awaited<ReturnType<typeof startAttackServer>>;

const VICTIM = 'victim@example.com';
const ATTACKER_PHONE = '+8613900139777';

describe('identity attacks against the local server', () => {
  let server: Server;
  let { api, until, owner, texts, stored, processed, mail, postMail, twilioSms, form }: Pick<Server, 'api' | 'until' | 'owner' | 'texts' | 'stored' | 'processed' | 'mail' | 'postMail' | 'twilioSms' | 'form'> = {} as never;
  let victim: Customer;
  let attacker: Customer;
  let expected = 0;
  const settle = async () => {
    // The processor runs in the same process; a timeline read after a short wait sees its writes.
    for (let i = 0; i < 50; i += 1) {
      const { body } = await api<{ items: unknown[] }>('/v1/feedback?status=open&limit=100');
      if (body.items.length >= expected) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    server = await startAttackServer();
    ({ api, until, owner, texts, stored, processed, mail, postMail, twilioSms, form } = server);
    expect((await postMail(mail(VICTIM, 'genuine-1@example.com', '我的退款还没到账'), { 'X-Feedback-Sender-Verified': 'true' })).status).toBe(202);
    expect((await twilioSms(ATTACKER_PHONE, 'SM00000000000000000000000000000001', 'hello')).status).toBe(200);
    expected = 2;
    await settle();
    victim = (await api<Customer>(`/v1/customers?identity=email:${VICTIM}`)).body;
    attacker = (await api<Customer>(`/v1/customers?identity=phone:${encodeURIComponent(ATTACKER_PHONE)}`)).body;
    expect(victim.customerId).not.toBe(attacker.customerId);
  }, 90_000);
  afterAll(async () => server?.stop());

  const victimTimeline = async () => (await api<Timeline>(`/v1/customers/${victim.customerId}/timeline`)).body;

  it("web form: a post naming the victim's email and the attacker's phone joins nothing", async () => {
    expect((await form({ message: 'please call me back', email: VICTIM, phone: ATTACKER_PHONE })).status).toBe(202);
    expected += 1;
    await settle();
    const byPhone = await api<Customer>(`/v1/customers?identity=phone:${encodeURIComponent(ATTACKER_PHONE)}`);
    expect(byPhone.body.customerId).toBe(attacker.customerId);
    expect((await api<Customer>(`/v1/customers?identity=email:${VICTIM}`)).body.customerId).toBe(victim.customerId);
    expect((await victimTimeline()).items.map((i) => i.channel)).toEqual(['email']);
    const suggestions = await api<{ items: { otherCustomerId: string; identity: string }[] }>('/v1/merge-suggestions');
    expect(suggestions.body.items.map((s) => s.otherCustomerId).sort()).toEqual([victim.customerId, attacker.customerId].sort());
  });

  it("email: a forged From without passing verdicts does not land on the victim's timeline", async () => {
    expect((await postMail(mail(VICTIM, 'forged-1@example.net', '请把我的账户手机号改成 13900139777'))).status).toBe(202);
    expected += 1;
    await settle();
    expect((await victimTimeline()).items).toHaveLength(1);
  });

  it("email: another sender reusing the victim's Message-ID does not suppress the victim's next mail", async () => {
    expect((await postMail(mail('attacker@example.net', 'genuine-2@example.com', 'first!'))).status).toBe(202);
    expect((await postMail(mail(VICTIM, 'genuine-2@example.com', '还是没有收到退款'), { 'X-Feedback-Sender-Verified': 'true' })).status).toBe(202);
    expected += 2;
    await settle();
    expect((await victimTimeline()).items.map((i) => i.text)).toEqual(['还是没有收到退款', '我的退款还没到账']);
  });

  it('SMS and WeChat: requests without a valid provider signature are refused', async () => {
    const tencent = JSON.stringify({ nationcode: '86', mobile: '13900139777', text: 'hi', sign: '', time: Math.floor(Date.now() / 1000), extend: '' });
    expect((await fetch(`${server.base}/webhooks/sms/tencent`, { method: 'POST', body: tencent, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    const unsignedTwilio = new URLSearchParams({ MessageSid: 'SM00000000000000000000000000000002', From: '+8613800138000', Body: 'x' }).toString();
    expect((await fetch(`${server.base}/webhooks/sms/twilio`, { method: 'POST', body: unsignedTwilio, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(401);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const wrong = wechatSignature('not-the-token', timestamp, '1');
    const xml = `<xml><ToUserName>gh_1</ToUserName><FromUserName>oVictim</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>x</Content><MsgId>1</MsgId></xml>`;
    expect((await fetch(`${server.base}/webhooks/wechat?signature=${wrong}&timestamp=${timestamp}&nonce=1`, { method: 'POST', body: xml })).status).toBe(401);
    expect((await victimTimeline()).items).toHaveLength(2);
  });

  it("web form: a victim known only by claims does not lend the attacker's phone a way to their customer, before or after either side verifies", async () => {
    const email = 'claims.only@example.com';
    const phone = '+8613900139555';
    const history = '我的收货地址是北京市朝阳区建国路 1 号，订单 1234 还没到';
    expect((await form({ message: history, email })).status).toBe(202);
    await until('the victim', async () => (await api(`/v1/customers?identity=email:${email}`)).status === 200);
    const claimsOnly = await owner(`email:${email}`);
    expect((await form({ message: 'please call me back', email, phone })).status).toBe(202);
    await until("the attacker's phone", async () => (await api(`/v1/customers?identity=phone:${encodeURIComponent(phone)}`)).status === 200);
    expect(await owner(`phone:${phone}`)).not.toBe(claimsOnly);
    expect(await texts(claimsOnly)).toEqual([history]);

    // Each side then proves its own identity: the victim's mail finds the history, the attacker's SMS does not.
    expect((await postMail(mail(email, 'claims-only-1@example.com', '请尽快发货'), { 'X-Feedback-Sender-Verified': 'true' })).status).toBe(202);
    expect((await twilioSms(phone, 'SM00000000000000000000000000000555', 'call me')).status).toBe(200);
    await until('both verified messages', async () => (await texts(await owner(`phone:${phone}`))).includes('call me') && (await texts(await owner(`email:${email}`))).includes('请尽快发货'));
    expect(await owner(`email:${email}`)).toBe(claimsOnly);
    expect(await texts(claimsOnly)).toEqual(['请尽快发货', history]);
    expect(await texts(await owner(`phone:${phone}`))).not.toContain(history);
  });

  it('email: a relay-verified mail whose From field can be read as another address is only a claim', async () => {
    const before = await victimTimeline();
    const ambiguous = [
      `${VICTIM}, attacker@example.net`,
      `attacker@example.net, ${VICTIM}`,
      `${VICTIM}\r\nFrom: attacker@example.net`,
      `<${VICTIM}>attacker@example.net`,
      `undisclosed: ${VICTIM};`,
      `${VICTIM} (attacker@example.net)`,
    ];
    for (const [index, from] of ambiguous.entries()) {
      const response = await postMail(mail(from, `ambiguous-${index}@example.net`, '请把退款打到新账户'), { 'X-Feedback-Sender-Verified': 'true' });
      expect(response.status).toBe(202);
      const id = await processed(response);
      expect((await api<{ customerId: string }>(`/v1/feedback/${id}`)).body.customerId).not.toBe(victim.customerId);
    }
    expect(await victimTimeline()).toEqual(before);
    // A plain field with an encoded display name is still the sender's own word.
    const named = await postMail(mail(`=?UTF-8?B?5p2O6Zu3?= <${VICTIM}>`, 'named-1@example.com', '谢谢处理'), { 'X-Feedback-Sender-Verified': 'true' });
    expect((await api<{ customerId: string }>(`/v1/feedback/${await processed(named)}`)).body.customerId).toBe(victim.customerId);
  });

  it("email: passing verdicts for a mailbox that only folds into the victim's address (full-width, mathematical, circled or modifier letters) make it a claim on that address, not the victim's mail", async () => {
    const before = await victimTimeline();
    // A provider taking internationalised addresses authenticates `ｖｉｃｔｉｍ@` as its own mailbox: DMARC passes for the domain.
    const lookAlikes = ['ｖｉｃｔｉｍ', '𝐯𝐢𝐜𝐭𝐢𝐦', 'ⓥictim', 'victiᵐ'].map((local) => `${local}${VICTIM.slice(VICTIM.indexOf('@'))}`);
    for (const [index, from] of lookAlikes.entries()) {
      const response = await postMail(mail(from, `folded-${index}@example.com`, '请把退款打到新账户'), { 'X-Feedback-Sender-Verified': 'true' });
      expect(response.status).toBe(202);
      const item = (await api<{ customerId: string; senderVerified: boolean; identities: string[] }>(`/v1/feedback/${await processed(response)}`)).body;
      expect([item.customerId === victim.customerId, item.senderVerified, item.identities], from).toEqual([false, false, [`email:${VICTIM}`]]);
    }
    expect(await victimTimeline()).toEqual(before);
    // Capitals are the same mailbox at every provider: still the victim's own mail.
    const capitals = await postMail(mail(VICTIM.toUpperCase(), 'capitals-1@example.com', '退款收到了'), { 'X-Feedback-Sender-Verified': 'true' });
    expect((await api<{ customerId: string }>(`/v1/feedback/${await processed(capitals)}`)).body.customerId).toBe(victim.customerId);
  });

  it("email: a support@ Google Group rewriting From for senders whose domains publish strict DMARC keeps each writer apart, neither verified, and the group is nobody's identity", async () => {
    const group = 'support@company.example';
    // The group writes the same headers for every member's post: only the author's fields differ.
    const postBy = (address: string, name: string, messageId: string) => {
      const raw = fixture('google-groups-dmarc-rewrite.eml').toString('utf8').replaceAll('jane@yahoo.example', address).replaceAll('Jane Doe', name);
      return postMail(Buffer.from(raw.replace(/^Message-ID: .*$/m, `Message-ID: <${messageId}>`)), { 'X-Feedback-Sender-Verified': 'true' });
    };
    type Item = { customerId: string; senderVerified: boolean; identities: string[] };
    const items: Item[] = [];
    for (const [address, name, messageId] of [['jane@yahoo.example', 'Jane Doe', 'gg-jane-1@mail.yahoo.example'], ['wangwei@aol.example', 'Wang Wei', 'gg-wangwei-1@aol.example']] as const) {
      const response = await postBy(address, name, messageId);
      expect(response.status).toBe(202);
      items.push((await api<Item>(`/v1/feedback/${await processed(response)}`)).body);
    }
    expect(items.map((item) => [item.identities, item.senderVerified])).toEqual([[['email:jane@yahoo.example'], false], [['email:wangwei@aol.example'], false]]);
    expect(items[0]!.customerId).not.toBe(items[1]!.customerId);
    const jane = await api<Customer & { displayName?: string }>('/v1/customers?identity=email:jane@yahoo.example');
    expect([jane.status, jane.body.customerId, jane.body.displayName]).toEqual([200, items[0]!.customerId, 'Jane Doe']);
    expect((await api<Customer>('/v1/customers?identity=email:wangwei@aol.example')).body.customerId).toBe(items[1]!.customerId);
    expect((await api(`/v1/customers?identity=email:${group}`)).status).toBe(404);
  });

  it('email: a list that rewrote From and names no one author keeps each mail as a customer of its own, never verified, and the list is nobody\'s identity', async () => {
    const list = 'help@lists.company.example';
    const munged = (name: string, messageId: string, text: string) =>
      Buffer.from(
        [
          `From: ${name} via Help <${list}>`, `Reply-To: ${list}`, 'Cc: Li Lei <li.lei@example.cn>, Wang Wei <wangwei@aol.example>', 'List-Id: <help.lists.company.example>',
          `List-Post: <mailto:${list}>`, `To: ${list}`, 'Subject: 快递', `Message-ID: <${messageId}>`, 'Content-Type: text/plain; charset=utf-8', '', text, '',
        ].join('\r\n'),
      );
    type Item = { customerId: string; senderVerified: boolean; identities: string[]; text: string };
    const items: Item[] = [];
    for (const [name, messageId, text] of [['Wang Wei', 'help-1@aol.example', '快递三天没有更新'], ['Li Lei', 'help-2@example.cn', '退款还没到']] as const) {
      const response = await postMail(munged(name, messageId, text), { 'X-Feedback-Sender-Verified': 'true' });
      expect(response.status).toBe(202);
      const id = await processed(response);
      const item = (await api<Item>(`/v1/feedback/${id}`)).body;
      expect([item.identities, item.senderVerified, item.text]).toEqual([[`form:anonymous-${id}`], false, text]);
      items.push(item);
    }
    expect(items[0]!.customerId).not.toBe(items[1]!.customerId);
    expect((await api(`/v1/customers?identity=email:${list}`)).status).toBe(404);
  });

  it('WeChat: a safe-mode push\'s signed URL, replayed without encryption around another body, is refused', async () => {
    const openid = 'oVictimWechat0001';
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '424242';
    const xml = (text: string, msgId: string) =>
      `<xml><ToUserName>gh_1</ToUserName><FromUserName>${openid}</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>${text}</Content><MsgId>${msgId}</MsgId></xml>`;
    const encrypted = encryptMessage(xml('我的订单还没发货', '7001'), aesKeyFrom(SECRETS.WECHAT_ENCODING_AES_KEY), SECRETS.WECHAT_APP_ID);
    // WeChat signs a safe-mode push twice: `signature` over token, timestamp and nonce only, `msg_signature` over the ciphertext too.
    const signed = new URLSearchParams({ signature: wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce), timestamp, nonce, openid });
    const genuine = new URLSearchParams([...signed, ['encrypt_type', 'aes'], ['msg_signature', wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce, encrypted)]]);
    const push = (query: URLSearchParams, body: string) => fetch(`${server.base}/webhooks/wechat?${query}`, { method: 'POST', body, headers: { 'content-type': 'text/xml' } });
    expect((await push(genuine, `<xml><ToUserName>gh_1</ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`)).status).toBe(200);
    await until('the genuine push', async () => (await api(`/v1/customers?identity=wechat:${openid}`)).status === 200);
    const victimId = await owner(`wechat:${openid}`);

    const replayed = await push(signed, xml('请把我的账户手机号改成 13900139777', '7002'));
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    // The same with a pair taken from the URL check WeChat makes when the server address is saved.
    const check = new URLSearchParams({ signature: wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, '434343'), timestamp, nonce: '434343', echostr: 'e' });
    expect((await fetch(`${server.base}/webhooks/wechat?${check}`)).status).toBe(200);
    expect((await push(check, xml('请把我的账户手机号改成 13900139777', '7003'))).status).toBe(401);
    await new Promise((r) => setTimeout(r, 500));
    expect(await texts(victimId)).toEqual(['我的订单还没发货']);
  });

  it('WeChat: openids are case-sensitive: two that differ in case are two customers, and a lookup takes the openid as given', async () => {
    const push = async (openid: string, msgId: string, text: string) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = `55${msgId}`;
      const xml = `<xml><ToUserName>gh_1</ToUserName><FromUserName>${openid}</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>${text}</Content><MsgId>${msgId}</MsgId></xml>`;
      const encrypted = encryptMessage(xml, aesKeyFrom(SECRETS.WECHAT_ENCODING_AES_KEY), SECRETS.WECHAT_APP_ID);
      const query = new URLSearchParams({ signature: wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce), timestamp, nonce, openid, encrypt_type: 'aes', msg_signature: wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce, encrypted) });
      const response = await fetch(`${server.base}/webhooks/wechat?${query}`, { method: 'POST', body: `<xml><ToUserName>gh_1</ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`, headers: { 'content-type': 'text/xml' } });
      expect(response.status).toBe(200);
      await until(`the push from ${openid}`, async () => (await api(`/v1/customers?identity=wechat:${openid}`)).status === 200);
      return owner(`wechat:${openid}`);
    };
    const upper = await push('oCaseWechatAbC01', '8001', '订单什么时候发货');
    const lower = await push('ocasewechatabc01', '8002', '我要退货');
    expect(lower).not.toBe(upper);
    expect(await texts(upper)).toEqual(['订单什么时候发货']);
    expect((await api('/v1/customers?identity=wechat:OCASEWECHATABC01')).status).toBe(404);
  });

  it('web form and lookup: an email or phone written differently is one identity; a look-alike or a mangled number is not', async () => {
    const itemOwner = async (response: Response) => {
      expect(response.status).toBe(202);
      return (await api<{ customerId: string }>(`/v1/feedback/${await processed(response)}`)).body.customerId;
    };
    const owner = await itemOwner(await form({ message: '发票还没开', email: 'mei.han@example.com' }));
    for (const email of ['ＭＥＩ.ＨＡＮ＠ＥＸＡＭＰＬＥ．ＣＯＭ', ' Mei.Han@Example.com. ', 'mei.han@example。com']) {
      expect(await itemOwner(await form({ message: `发票 ${email}`, email }))).toBe(owner);
    }
    expect((await api<Customer>(`/v1/customers?identity=${encodeURIComponent('email:ｍｅｉ.ｈａｎ＠example.com.')}`)).body.customerId).toBe(owner);
    for (const email of ['mei.han@exаmple.com', 'mei.han+x@example.com', 'mei.han@example.co']) {
      expect(await itemOwner(await form({ message: `发票 ${email}`, email }))).not.toBe(owner);
    }
    expect((await api<Customer>(`/v1/customers?identity=email:mei.han@example.com`)).body.identities).toEqual(['email:mei.han@example.com']);
    // A local part that mixes Latin with Cyrillic or Greek look-alikes reads as the victim's address
    // in the console: not an address, refused, and not a way to find the victim either.
    for (const email of ['mei.h\u0430n@example.com', 'm\u0435i.han@example.com', 'mei.ha\u03bd@example.com', 'M\u0130I.HAN@example.com', 'me\u0131.han@example.com', 'mei\u0307.han@example.com']) {
      const refused = await form({ message: '发票', email });
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code], email).toEqual([422, 'invalid_submission']);
      expect((await api(`/v1/customers?identity=${encodeURIComponent(`email:${email}`)}`)).status, email).toBe(422);
    }
    // Addresses in one script, Chinese ones included, are addresses.
    expect(await itemOwner(await form({ message: '发票', email: '韩梅@example.com' }))).not.toBe(owner);

    const phoneOwner = await itemOwner(await form({ message: '到货了吗', phone: '１３７００１３７９９９' }));
    expect(await itemOwner(await form({ message: '到货了吗?', phone: '0086 137-0013-7999' }))).toBe(phoneOwner);
    expect(await itemOwner(await form({ message: '到货了吗??', phone: '(+86) 137 0013 7999' }))).toBe(phoneOwner);
    for (const phone of ['+86 137 0013 7999#', '13700137999 ext 2', '137;0013;7999']) {
      const refused = await form({ message: '到货了吗', phone });
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([422, 'invalid_submission']);
    }
  });

  it("display names: a sender named after the victim's address or number is not shown as the victim; a name naming the sender's own stays", async () => {
    const named = async (response: Response) => {
      expect(response.status).toBe(202);
      const item = (await api<{ customerId: string; displayName?: string }>(`/v1/feedback/${await processed(response)}`)).body;
      return { item: item.displayName, customer: (await api<{ displayName?: string }>(`/v1/customers/${item.customerId}`)).body.displayName };
    };
    const encoded = `=?UTF-8?B?${Buffer.from(`Victim <${VICTIM}>`).toString('base64')}?=`;
    const spoofs = [
      await named(await postMail(mail(`"${VICTIM}" <dn.attacker1@example.net>`, 'dn-1@example.net', '请把退款打到新账户'), { 'X-Feedback-Sender-Verified': 'true' })),
      await named(await postMail(mail(`${encoded} <dn.attacker2@example.net>`, 'dn-2@example.net', '请把退款打到新账户'), { 'X-Feedback-Sender-Verified': 'true' })),
      await named(await form({ message: '改一下收货地址', name: 'ＶＩＣＴＩＭ＠ＥＸＡＭＰＬＥ．ＣＯＭ', email: 'dn.attacker3@example.net' })),
      await named(await form({ message: '改一下收货地址', name: `王伟 ${ATTACKER_PHONE.slice(3, 6)} ${ATTACKER_PHONE.slice(6, 10)} ${ATTACKER_PHONE.slice(10)}`, phone: '+8613900139444' })),
    ];
    expect(spoofs).toEqual(spoofs.map(() => ({})));
    const own = [
      await named(await postMail(mail('"Li Lei (li.lei@example.com)" <li.lei@example.com>', 'dn-own-1@example.com', '谢谢'), { 'X-Feedback-Sender-Verified': 'true' })),
      await named(await form({ message: '谢谢', name: '王伟 139-0013-9333', phone: '13900139333' })),
      await named(await form({ message: '谢谢', name: '韩梅梅', email: 'han.meimei@example.com' })),
    ];
    expect(own.map((o) => o.item)).toEqual(['Li Lei (li.lei@example.com)', '王伟 139-0013-9333', '韩梅梅']);
    expect(own.map((o) => o.customer)).toEqual(own.map((o) => o.item));
  });

  it("display names: a name writing the victim's number or address apart by any character a reader sees through, or in another script's digits, is not shown either", async () => {
    const shownName = async (name: string, sender: Record<string, string>) => {
      const item = (await api<{ customerId: string; displayName?: string }>(`/v1/feedback/${await processed(await form({ message: '改一下收货地址', name, ...sender }))}`)).body;
      return [item.displayName, (await api<{ displayName?: string }>(`/v1/customers/${item.customerId}`)).body.displayName];
    };
    const [, , a, b, c] = ATTACKER_PHONE.match(/^\+(86)(\d{3})(\d{4})(\d{4})$/)!.slice(0);
    const apart = ['\u200b', '\u00ad', '/', '_', '\u2013', '\u2014', '·', ',', '~', ':', '、', '。', '\u2060'].map((separator) => `王伟 ${a}${separator}${b}${separator}${c}`);
    const arabicIndic = [...`${a}${b}${c}`].map((digit) => String.fromCodePoint(0x660 + Number(digit))).join('');
    const spoofs = [...apart, `王伟 ${arabicIndic}`, `${VICTIM.replace('@', ' @')}`, `${VICTIM.replace('@', '@ ')}`];
    let n = 0;
    for (const name of spoofs) expect([name, ...(await shownName(name, { email: `dn.apart${(n += 1)}@example.net` }))]).toEqual([name, undefined, undefined]);
    // The sender's own number, written apart the same way, still names them.
    const own = `王伟 139\u20130013\u20139222`;
    expect(await shownName(own, { phone: '13900139222' })).toEqual([own, own]);
  });

  it("display names: a name squatted by a form on a victim's new email gives way to the victim's verified mail, named or not, and to a verified customer it is merged with", async () => {
    const post = async (response: Response) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(response)}`)).body.customerId;
    const nameOf = async (customerId: string) => (await api<{ displayName?: string }>(`/v1/customers/${customerId}`)).body.displayName;
    // The victim's address is new to the system; the attacker posts first, under a name of their choosing.
    const squatted = await post(await form({ message: '请把我的订单改到新地址', name: '攻击者起的名', email: 'squat.named@example.com' }));
    expect(await nameOf(squatted)).toBe('攻击者起的名');
    const verifiedNamed = await post(await postMail(mail('李华 <squat.named@example.com>', 'squat-1@example.com', '我的退款还没到账'), { 'X-Feedback-Sender-Verified': 'true' }));
    expect(verifiedNamed).toBe(squatted);
    expect(await nameOf(squatted)).toBe('李华');
    // A later claim under yet another name joins nobody now that the address is verified, and names nobody.
    expect(await post(await form({ message: '改地址', name: '又一个名字', email: 'squat.named@example.com' }))).not.toBe(squatted);
    expect(await nameOf(squatted)).toBe('李华');

    // The victim's verified mail names nobody: the claimed name is no longer shown as theirs.
    const unnamed = await post(await form({ message: '请把我的订单改到新地址', name: '冒名顶替', email: 'squat.unnamed@example.com' }));
    expect(await post(await postMail(mail('squat.unnamed@example.com', 'squat-2@example.com', '退款呢'), { 'X-Feedback-Sender-Verified': 'true' }))).toBe(unnamed);
    expect(await nameOf(unnamed)).toBeUndefined();

    // Mail without passing verdicts is a claim too, whatever name its From gives.
    const unverifiedMail = await post(await postMail(mail('攻击者 <squat.mail@example.com>', 'squat-3@example.net', '请把我的手机号改一下')));
    expect(await nameOf(unverifiedMail)).toBe('攻击者');
    expect(await post(await postMail(mail('韩梅梅 <squat.mail@example.com>', 'squat-4@example.com', '我没有让你们改手机号'), { 'X-Feedback-Sender-Verified': 'true' }))).toBe(unverifiedMail);
    expect(await nameOf(unverifiedMail)).toBe('韩梅梅');

    // A person merges a claim-named customer with a verified one that has no name: the claim does not name them.
    const claimNamed = await post(await form({ message: '发票', name: '假名字', email: 'squat.merge@example.com' }));
    const verifiedSms = await server.smsProcessed(await twilioSms('+8613700137555', 'SM00000000000000000000000000000555', '发票开了吗'), 'SM00000000000000000000000000000555');
    const smsCustomer = (await api<{ customerId: string }>(`/v1/feedback/${verifiedSms}`)).body.customerId;
    const merged = await fetch(`${server.base}/v1/customers/${smsCustomer}/merge`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ customerId: claimNamed, reason: 'same person' }) });
    expect(merged.status).toBe(200);
    const survivor = ((await merged.json()) as { customerId: string }).customerId;
    expect(await nameOf(survivor)).toBeUndefined();
  });

  it('Tencent SMS: one mobile number is one customer whichever way the callback writes it, as Twilio and a form write it', async () => {
    const phone = '+8613700137888';
    const tencent = async (nationcode: string, mobile: string, text: string) => {
      const body = JSON.stringify({ nationcode, mobile, text, sign: '', time: Math.floor(Date.now() / 1000), extend: '' });
      const response = await fetch(`${server.base}/webhooks/sms/tencent`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signFeedbackRequest(SECRETS.TENCENT_SMS_WEBHOOK_SECRET, body) } });
      expect([response.status, nationcode, mobile]).toEqual([200, nationcode, mobile]);
    };
    await server.smsProcessed(await twilioSms(phone, 'SM00000000000000000000000000000888', '快递什么时候到'), 'SM00000000000000000000000000000888');
    const customer = await owner(`phone:${phone}`);
    const spellings: [string, string][] = [['86', '13700137888'], ['+86', '13700137888'], ['86', '+8613700137888'], ['86', '8613700137888'], ['86', '013700137888'], ['0086', '13700137888']];
    for (const [index, [nationcode, mobile]] of spellings.entries()) await tencent(nationcode, mobile, `第${index}条：还没到`);
    await until('every Tencent reply on the Twilio sender\'s timeline', async () => (await texts(customer)).length === spellings.length + 1);
    expect((await api<Customer>(`/v1/customers/${customer}`)).body.identities).toEqual([`phone:${phone}`]);
  });

  it("web form: another poster reusing the victim's submissionId or Idempotency-Key does not suppress the victim's message", async () => {
    const itemOf = async (response: Response) => (await api<{ customerId: string; text: string }>(`/v1/feedback/${await processed(response)}`)).body;
    await itemOf(await form({ message: 'first!', submissionId: 'order-20261130-0001' }));
    await itemOf(await form({ message: 'first!' }, { 'Idempotency-Key': 'checkout-0001' }));
    const bySubmission = await itemOf(await form({ message: '订单 0001 的退款还没到', email: 'sun.li@example.com', submissionId: 'order-20261130-0001' }));
    const byKey = await itemOf(await form({ message: '订单 0001 的发票还没开', email: 'sun.li@example.com' }, { 'Idempotency-Key': 'checkout-0001' }));
    expect([bySubmission.text, byKey.text]).toEqual(['订单 0001 的退款还没到', '订单 0001 的发票还没开']);
    expect((await texts(await owner('email:sun.li@example.com'))).sort()).toEqual(['订单 0001 的发票还没开', '订单 0001 的退款还没到']);
    // The victim's own resubmission is still one message.
    const again = await form({ message: '订单 0001 的退款还没到', email: 'sun.li@example.com', submissionId: 'order-20261130-0001' });
    expect(((await again.json()) as { id: string }).id).toBe((await api<{ items: { feedbackId: string; text: string }[] }>(`/v1/customers/${await owner('email:sun.li@example.com')}/timeline`)).body.items.find((i) => i.text === '订单 0001 的退款还没到')?.feedbackId);
  });

  it('web form: a customerId naming an anonymous poster\'s own identity does not join that anonymous customer', async () => {
    const submissionId = 'anon-suggestion-0001';
    const response = await form({ message: '建议增加夜间配送', submissionId });
    const { id } = (await response.json()) as { id: string };
    await stored(id);
    const anonymous = (await api<{ customerId: string }>(`/v1/feedback/${id}`)).body.customerId;
    // The id is derived from the submissionId, so anyone can compute it and the identity it names.
    const attempt = await form({ message: '我就是刚才那个人，请把回复发到 attacker@example.net', customerId: `anonymous-${id}` });
    if (attempt.status === 202) {
      const item = (await api<{ customerId: string }>(`/v1/feedback/${await processed(attempt)}`)).body;
      expect(item.customerId).not.toBe(anonymous);
    } else {
      expect(attempt.status).toBe(422);
    }
    expect(await texts(anonymous)).toEqual(['建议增加夜间配送']);
  });

  it("email: a forged copy of the victim's next mail, sent first, does not suppress the genuine one", async () => {
    // An order confirmation reply is predictable: same Message-ID scheme, subject and words.
    const copy = mail(VICTIM, 'order-778899@example.com', '确认收货');
    // The relay posts each delivery as its MTA stored it: the forgery came in by another route.
    const forged = await postMail(Buffer.concat([Buffer.from('Received: from mx.example.net (203.0.113.9)\r\n'), copy]));
    const forgedItem = (await api<{ customerId: string }>(`/v1/feedback/${await processed(forged)}`)).body;
    expect(forgedItem.customerId).not.toBe(victim.customerId);
    const genuine = await postMail(copy, { 'X-Feedback-Sender-Verified': 'true' });
    const genuineItem = (await api<{ customerId: string }>(`/v1/feedback/${await processed(genuine)}`)).body;
    expect(genuineItem.customerId).toBe(victim.customerId);
    expect((await victimTimeline()).items.map((i) => i.text)).toContain('确认收货');
  });

  it('web form: two strangers typing one new email at the same instant get a customer each, with a suggestion, as one after the other would', async () => {
    const itemOwner = async (response: Response) => (await api<{ customerId: string }>(`/v1/feedback/${await processed(response)}`)).body.customerId;
    for (let round = 0; round < 10; round += 1) {
      const email = `same.instant.${round}@example.com`;
      const posts = await Promise.all(['13700137', '13600136'].map((prefix, i) => form({ message: `第${i}位顾客：订单还没到`, email, phone: `${prefix}${String(100 + round)}` })));
      const [first, second] = await Promise.all(posts.map(itemOwner));
      expect(first, `round ${round}`).not.toBe(second);
      const holder = await owner(`email:${email}`);
      expect([first, second], `round ${round}`).toContain(holder);
      const loser = holder === first ? second : first;
      expect((await api<Customer>(`/v1/customers/${loser}`)).body.identities, `round ${round}`).not.toContain(`email:${email}`);
      const suggestions = await api<{ items: { customerId: string; otherCustomerId: string; identity: string }[] }>('/v1/merge-suggestions?limit=100');
      expect(suggestions.body.items, `round ${round}`).toContainEqual(expect.objectContaining({ customerId: loser, otherCustomerId: holder, identity: `email:${email}` }));
    }
  });

  it("email: a relay's signed post replayed with the sender-verified header added is refused", async () => {
    const raw = mail(VICTIM, 'relay-claim-1@example.net', '请把我的收货地址改成 上海市 某某路 9 号');
    const headers = signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, raw);
    const post = (extra: Record<string, string>) => fetch(`${server.base}/webhooks/email`, { method: 'POST', body: raw, headers: { 'content-type': 'message/rfc822', ...headers, ...extra } });
    // The relay found no passing verdicts and said nothing; the header is not part of what it signed.
    expect((await post({})).status).toBe(202);
    const replayed = await post({ 'X-Feedback-Sender-Verified': 'true' });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual({ error: { code: 'replayed_signature', message: expect.any(String) } });
    // The relay's own retry of what it sent is still one message.
    expect((await post({})).status).toBe(202);
    await new Promise((r) => setTimeout(r, 300));
    expect((await victimTimeline()).items.map((i) => i.text)).not.toContain('请把我的收货地址改成 上海市 某某路 9 号');
  });

});
