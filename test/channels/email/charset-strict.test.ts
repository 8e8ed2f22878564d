import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { COMMON_HAN } from '../../../shared/channels/email/common-han.ts';
import { createInboundMailHandler, type RawMailLocation } from '../../../shared/channels/email/inbound.ts';
import { emailChannel } from '../../../shared/channels/email/index.ts';
import type { ChannelError } from '../../../shared/channels/types.ts';
import { callPlugin, CapturingQueue, channelErrorOf, FIXED_NOW, testConfig } from '../support.ts';
import { SECRET, signedEmailRequest } from './email-support.ts';

const post = (raw: Uint8Array) => callPlugin(emailChannel, signedEmailRequest(raw), testConfig({ EMAIL_WEBHOOK_SECRET: SECRET }));
const mail = (headers: string, body: Uint8Array | string = 'hello\r\n') =>
  Buffer.concat([Buffer.from(`${headers}\r\n\r\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body) : body]);
const gbk = (text: string) => iconv.encode(text, 'gbk');
const big5 = (text: string) => iconv.encode(text, 'big5');

describe('email text is read in the charset its bytes are valid in, never leniently', () => {
  it.each([
    ['GBK bytes labelled UTF-8', 'Content-Type: text/plain; charset=utf-8', gbk('快递三天还没到'), '快递三天还没到'],
    ['GBK bytes with no label at all', '', gbk('快递三天还没到'), '快递三天还没到'],
    ['GBK bytes labelled us-ascii', 'Content-Type: text/plain; charset=us-ascii', gbk('退款太慢'), '退款太慢'],
    ['Big5 bytes labelled UTF-8 (not valid GB18030)', 'Content-Type: text/plain; charset=utf-8', big5('請問要怎麼退貨'), '請問要怎麼退貨'],
    ['UTF-8 bytes under a label nobody knows', 'Content-Type: text/plain; charset=x-bogus', Buffer.from('杯子碎了'), '杯子碎了'],
    ['GBK bytes labelled iso-8859-1 (a client that labels everything Latin-1)', 'Content-Type: text/plain; charset=iso-8859-1', gbk('房间有蟑螂，要求退款'), '房间有蟑螂，要求退款'],
    ['GBK bytes labelled windows-1252, quoted-printable', 'Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable', Buffer.from([...gbk('客服不回复')].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')), '客服不回复'],
    ['UTF-8 bytes labelled iso-8859-1', 'Content-Type: text/plain; charset=iso-8859-1', Buffer.from('Order 42: 杯子碎了'), 'Order 42: 杯子碎了'],
    ['base64 GBK labelled UTF-8', 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64', Buffer.from(gbk('发票开错了').toString('base64')), '发票开错了'],
  ])('%s', async (_case, contentHeaders, body, text) => {
    const headers = ['From: li@example.cn', 'Subject: order', contentHeaders].filter(Boolean).join('\r\n');
    const outcome = await post(mail(headers, body));
    expect(outcome.response.status).toBe(202);
    expect(outcome.events[0]?.text).toBe(text);
  });

  describe('unlabelled or mislabelled Chinese is read as whichever of GB18030 and Big5 reads as likelier Chinese', () => {
    // Each charset reads most short text of the other without an error: Big5 我要投訴 read as
    // GB18030 is и璶щ禗, and 謝謝 is 谅谅, both of which were stored.
    const phrases = ['我要投訴', '謝謝', '退款', '請問訂單到哪了？', '房間很髒', '好的，謝謝！', '客服電話打不通', 'Order #A1024: 我要退貨', 'iPhone 15 螢幕壞了 (3 天)'];
    const simplified = ['我要投诉', '多谢', '退款', '请问订单到哪了？', '房间很脏', '好的，谢谢！', '客服电话打不通', 'Order #A1024: 我要退货', 'iPhone 15 屏幕坏了 (3 天)'];
    const cases = [
      ...phrases.map((text) => ['Big5', text, big5(text)] as const),
      ...simplified.map((text) => ['GBK', text, gbk(text)] as const),
    ].flatMap(([charset, text, bytes]) => [
      [`${charset} ${text} with no label`, 'Content-Type: text/plain', text, bytes] as const,
      [`${charset} ${text} labelled UTF-8`, 'Content-Type: text/plain; charset=utf-8', text, bytes] as const,
    ]);

    it.each(cases)('%s', async (_case, contentHeaders, text, bytes) => {
      const outcome = await post(mail(`From: li@example.cn\r\nSubject: order\r\n${contentHeaders}`, bytes));
      expect(outcome.response.status).toBe(202);
      expect(outcome.events[0]?.text).toBe(text);
    });

    it.each([
      ['Big5', big5('謝謝'), '謝謝'],
      ['GBK', gbk('差评'), '差评'],
    ])('reads a raw %s Subject so too', async (_charset, bytes, subject) => {
      const outcome = await post(mail(`From: li@example.cn\r\nSubject: ${bytes.toString('latin1')}`));
      expect(outcome.events[0]?.subject).toBe(subject);
    });
  });

  describe('short GBK that happens to be valid UTF-8 is read as the likelier of the two', () => {
    const validUtf8 = (bytes: Uint8Array) => {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return undefined;
      }
    };
    const textOf = async (contentHeaders: string, bytes: Uint8Array) => {
      const outcome = await post(mail(`From: li@example.cn\r\nSubject: order\r\n${contentHeaders}`, bytes));
      expect(outcome.response.status).toBe(202);
      return outcome.events[0]?.text;
    };
    // Each of these in GBK is valid UTF-8, and was stored as what it reads there.
    const complaints: [string, string][] = [['谢谢', 'лл'], ['一些', 'һЩ'], ['为什么', 'Ϊʲô'], ['小时', 'Сʱ'], ['之前', '֮ǰ'], ['太太', '̫̫'], ['确实太小', 'ȷʵ̫С'], ['系统确实', 'ϵͳȷʵ'], ['为什么一直', 'Ϊʲôһֱ']];

    it.each(complaints)('%s (in UTF-8 %s) with no label', async (text, asUtf8) => {
      expect(validUtf8(gbk(text))).toBe(asUtf8);
      expect(await textOf('Content-Type: text/plain', gbk(text))).toBe(text);
    });

    it('labelled UTF-8, only when the UTF-8 reading is no language\'s writing (a word mixing alphabets, a phonetic letter, a mark on nothing) and the other far likelier', async () => {
      for (const [text] of complaints.slice(2)) expect(await textOf('Content-Type: text/plain; charset=utf-8', gbk(text)), text).toBe(text);
      // Spelled as Russian or Kazakh words are: the label wins.
      expect(await textOf('Content-Type: text/plain; charset=utf-8', gbk('谢谢'))).toBe('лл');
      expect(await textOf('Content-Type: text/plain; charset=utf-8', gbk('一些'))).toBe('һЩ');
      for (const word of ['привет', 'вода', 'Ελλάδα', 'שָׁלוֹם', 'Nǐ hǎo', 'Tiếng Việt']) expect(await textOf('Content-Type: text/plain; charset=utf-8', Buffer.from(word))).toBe(word);
    });

    it('in a raw Subject', async () => {
      const outcome = await post(mail(`From: li@example.cn\r\nSubject: ${gbk('谢谢').toString('latin1')}`));
      expect(outcome.events[0]?.subject).toBe('谢谢');
    });

    it('every pair of the 200 commonest characters whose GBK is valid UTF-8 holding a letter neither Chinese nor English, with no label', async () => {
      const common = COMMON_HAN.split(' ').slice(0, 200).map((forms) => [...forms][0]!);
      const pairs = common.flatMap((first) => common.map((second) => first + second)).filter((pair) => /[\u0180-\u07ff]/.test(validUtf8(gbk(pair)) ?? ''));
      expect(pairs.length).toBeGreaterThan(1000);
      const misread: string[] = [];
      for (const pair of pairs) if ((await textOf('Content-Type: text/plain', gbk(pair))) !== pair) misread.push(pair);
      expect(misread).toEqual([]);
    });

    it('a lone 要 labelled UTF-8 stays Ҫ (with no label it is 要), and a lone ô, ¥ or û stays with no label', async () => {
      expect(await textOf('Content-Type: text/plain; charset=utf-8', gbk('要'))).toBe('Ҫ');
      expect(await textOf('Content-Type: text/plain', gbk('要'))).toBe('要');
      for (const text of ['ô', '¥', 'û']) expect(await textOf('Content-Type: text/plain', Buffer.from(text))).toBe(text);
    });

    it('genuine UTF-8, Chinese and English, short or long, labelled or not, is never read otherwise', async () => {
      const han = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...COMMON_HAN.split(' ').flatMap((forms) => [...forms])) },
        { weight: 3, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code)) },
        { weight: 1, arbitrary: fc.integer({ min: 0x20000, max: 0x2a6df }).map((code) => String.fromCodePoint(code)) },
      );
      const english = fc.constantFrom('refund', 'café', 'naïve', 'Zürich', 'José', 'crème brûlée', 'déjà vu', 'Œuvre', 'façade', 'Ångström', 'à', 'é', 'ü', '£5', '€10', '20°C', '¥100', '½', '©', '™', '😀', '👍🏻', '❤️', '→', '•', 'iPhone 15');
      const punctuation = fc.constantFrom('，', '。', '！', '？', '、', '：', '“', '”', '…', '—', '（', '）', ' ', '1', ', ', '. ');
      const text = fc.array(fc.oneof({ weight: 5, arbitrary: han }, { weight: 3, arbitrary: english }, { weight: 2, arbitrary: punctuation }), { minLength: 1, maxLength: 24 }).map((pieces) => pieces.join('').trim()).filter(Boolean);
      await fc.assert(
        fc.asyncProperty(text, fc.boolean(), async (written, labelled) => {
          expect(await textOf(labelled ? 'Content-Type: text/plain; charset=utf-8' : 'Content-Type: text/plain', Buffer.from(written))).toBe(written);
        }),
        { numRuns: 500 },
      );
    });
  });

  it.each([
    ['café froid'],
    ['Ça coûte où ? Déjà payé, reçu « annulé »'],
    ['Grüße aus Köln: Gemüse übergar, Soße kalt'],
  ])('keeps a declared charset whose bytes are valid in it (Latin-1 stays Latin-1): %s', async (text) => {
    const outcome = await post(mail('From: anne@example.fr\r\nContent-Type: text/plain; charset=iso-8859-1', Buffer.from(text, 'latin1')));
    expect(outcome.events[0]?.text).toBe(text);
  });

  it.each([
    ['raw GBK in Subject', `Subject: ${gbk('退款进度').toString('latin1')}`, { subject: '退款进度' }],
    ['raw Big5 in the From name', `Subject: x`, { displayName: '王小明' }, `From: ${big5('王小明').toString('latin1')} <wang@example.tw>`],
    ['an encoded word under an unknown charset', 'Subject: x', { displayName: '李雷' }, 'From: =?x-bogus?B?5p2O6Zu3?= <li@example.cn>'],
    ['an encoded word labelled UTF-8 holding GBK', `Subject: =?utf-8?B?${gbk('发票开错了').toString('base64')}?=`, { subject: '发票开错了' }],
    [
      'GBK split across two encoded words under a wrong label',
      `Subject: =?utf-8?B?${gbk('发票').toString('base64')}?=\r\n =?utf-8?B?${gbk('开错了').toString('base64')}?=`,
      { subject: '发票开错了' },
    ],
  ])('%s', async (_case, subjectLine, expected, fromLine = 'From: li@example.cn') => {
    const outcome = await post(mail(`${fromLine}\r\n${subjectLine}`));
    expect(outcome.response.status).toBe(202);
    expect(outcome.events[0]).toMatchObject(expected);
    expect(JSON.stringify(outcome.events[0])).not.toContain('\ufffd');
  });

  it('reads the headers of every part so: an attachment named in raw GBK or under an unknown charset', async () => {
    const raw = mail(
      'From: li@example.cn\r\nSubject: invoice\r\nContent-Type: multipart/mixed; boundary="b"',
      Buffer.concat([
        Buffer.from('--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n发票开错了\r\n'),
        Buffer.from(`--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="${gbk('发票.pdf').toString('latin1')}"\r\n\r\nJVBERi0\r\n`, 'latin1'),
        Buffer.from(`--b\r\nContent-Type: image/png; name="=?x-bogus?B?${Buffer.from('截图.png').toString('base64')}?="\r\nContent-Disposition: attachment\r\n\r\niVBOR\r\n--b--\r\n`),
      ]),
    );
    const outcome = await post(raw);
    expect(outcome.events[0]?.attachments?.map((attachment) => attachment.name)).toEqual(['发票.pdf', '截图.png']);
  });

  it('reads RFC 2231 parameters so: a GBK filename* labelled UTF-8, split across sections, or under an unknown charset', async () => {
    const percent = (bytes: Buffer) => [...bytes].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    const [first, second] = [percent(gbk('发票')), percent(gbk('二月.pdf'))];
    const part = (disposition: string) => `--b\r\nContent-Type: application/pdf\r\nContent-Disposition: ${disposition}\r\n\r\nJVBERi0\r\n`;
    const raw = mail(
      'From: li@example.cn\r\nSubject: invoice\r\nContent-Type: multipart/mixed; boundary="b"',
      [
        '--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n发票开错了\r\n',
        part(`attachment; filename*=utf-8''${first}${second}`),
        part(`attachment; filename*0*=utf-8''${first}; filename*1*=${second}`),
        part(`attachment; filename*=x-bogus''${percent(Buffer.from('截图.pdf'))}`),
        '--b--\r\n',
      ].join(''),
    );
    const outcome = await post(raw);
    expect(outcome.events[0]?.attachments?.map((attachment) => attachment.name)).toEqual(['发票二月.pdf', '发票二月.pdf', '截图.pdf']);
  });

  it('reads RFC 2231 continuations as the web form does: GBK split inside a character, sections out of order, a section not extended as written, filename* over filename', async () => {
    const part = (disposition: string) => `--b\r\nContent-Type: application/pdf\r\nContent-Disposition: ${disposition}\r\n\r\nJVBERi0\r\n`;
    const dispositions = [
      `attachment; filename*0*=utf-8''%E6%8A%95; filename*1*=%E8%AF%89.pdf`,
      `attachment; filename*0*=gbk''%CD%B6%CB; filename*1*=%DF.pdf`,
      `attachment; filename*1*=%E8%AF%89.pdf; filename*0*=utf-8''%E6%8A%95`,
      `attachment; filename*0*=utf-8''%E6%8A%95; filename*1="a%20b.pdf"`,
      `attachment;\r\n filename*0*=utf-8''%E6%8A%95;\r\n filename*1*=%E8%AF%89;\r\n filename*2=".pdf"`,
      `attachment; filename="tousu.pdf"; filename*=utf-8''%E6%8A%95%E8%AF%89.pdf`,
    ];
    const raw = mail('From: li@example.cn\r\nSubject: invoice\r\nContent-Type: multipart/mixed; boundary="b"', ['--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n投诉材料\r\n', ...dispositions.map(part), '--b--\r\n'].join(''));
    const outcome = await post(raw);
    expect(outcome.events[0]?.attachments?.map((attachment) => attachment.name)).toEqual(['投诉.pdf', '投诉.pdf', '投诉.pdf', '投a%20b.pdf', '投诉.pdf', '投诉.pdf']);
  });

  it('reads a forwarded message inside the mail so too', async () => {
    const forwarded = Buffer.concat([Buffer.from('From: wang@example.cn\r\nSubject: order\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'), gbk('商品破损，要求退货')]);
    const raw = mail(
      'From: li@example.cn\r\nSubject: Fwd\r\nContent-Type: multipart/mixed; boundary="b"',
      Buffer.concat([Buffer.from('--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n转发顾客的邮件\r\n--b\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n'), forwarded, Buffer.from('\r\n--b--\r\n')]),
    );
    const text = (await post(raw)).events[0]?.text ?? '';
    expect(text).toContain('转发顾客的邮件');
    // The enclosed mail is the complaint: its text is read, its header block is not kept as words.
    expect(text).toContain('商品破损，要求退货');
    expect(text).not.toMatch(/From:|wang@example\.cn/);
    expect(text).not.toContain('\ufffd');
  });

  it.each([
    ['a body no charset reads', 'From: li@example.cn\r\nContent-Type: text/plain; charset=utf-8', Buffer.from([0x68, 0xff, 0xfe, 0x69])],
    ['a Subject no charset reads', `From: li@example.cn\r\nSubject: a${String.fromCharCode(0xff, 0xff)}b`, 'hello'],
    ['an encoded word no charset reads', 'From: =?utf-8?B?//79?= <li@example.cn>', 'hello'],
  ])('refuses %s with 400 invalid_encoding', async (_case, headers, body) => {
    const error = await channelErrorOf(post(mail(headers, body)));
    expect([error.status, error.code]).toEqual([400, 'invalid_encoding']);
  });

  it('applies the same rule on the SES path: a mislabelled mail is read, an unreadable one rejected and logged', async () => {
    const objects: Record<string, Uint8Array> = {
      'bucket/mislabelled': mail('From: li@example.cn\r\nContent-Type: text/plain; charset=utf-8', gbk('快递三天还没到')),
      'bucket/unreadable': mail('From: li@example.cn\r\nContent-Type: text/plain; charset=utf-8', Buffer.from([0xff, 0xfe])),
    };
    const queue = new CapturingQueue();
    const rejected: { location: RawMailLocation; error: ChannelError }[] = [];
    const handle = createInboundMailHandler({
      readRawMail: async ({ bucket, key }) => objects[`${bucket}/${key}`]!,
      queue,
      now: () => FIXED_NOW,
      onRejected: (location, error) => rejected.push({ location, error }),
      discardRawMail: async () => {},
      onKept: () => {},
    });
    const verdicts = { spf: 'pass', dkim: 'pass', dmarc: 'pass' } as const;
    const result = await handle([
      { location: { bucket: 'bucket', key: 'mislabelled' }, verdicts },
      { location: { bucket: 'bucket', key: 'unreadable' }, verdicts },
    ]);
    expect(result).toEqual({ queued: 1, rejected: 1 });
    expect(queue.sent[0]?.text).toBe('快递三天还没到');
    expect(rejected.map(({ location, error }) => [location.key, error.code])).toEqual([['unreadable', 'invalid_encoding']]);
  });
});
