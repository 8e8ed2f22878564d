import { describe, expect, it } from 'vitest';
import { ingestHarness } from '../support.ts';
import { AES_KEY, APP_ID, OPENID, TOKEN, freshNonce, plaintextRequest, safeModeRequest } from './wechat-support.ts';

const env = { WECHAT_TOKEN: TOKEN, WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY };
const ACCOUNT = 'gh_7f083739789a';

/** A push as WeChat's documentation shows it: the common envelope, then the type's own fields. */
function push(msgType: string, body: string, from = OPENID): string {
  return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>1772352000</CreateTime><MsgType><![CDATA[${msgType}]]></MsgType>${body}</xml>`;
}
const event = (name: string, body = '') => push('event', `<Event><![CDATA[${name}]]></Event>${body}`);

/** Event pushes from 公众号 and 客服 documentation, in their documented fields. */
const EVENTS: Record<string, string> = {
  subscribe: event('subscribe', '<EventKey><![CDATA[]]></EventKey>'),
  'subscribe with a scene': event('subscribe', '<EventKey><![CDATA[qrscene_123123]]></EventKey><Ticket><![CDATA[gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==]]></Ticket>'),
  unsubscribe: event('unsubscribe', '<EventKey><![CDATA[]]></EventKey>'),
  SCAN: event('SCAN', '<EventKey><![CDATA[SCENE_VALUE]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>'),
  LOCATION: event('LOCATION', '<Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>'),
  CLICK: event('CLICK', '<EventKey><![CDATA[V1001_TODAY_MUSIC]]></EventKey>'),
  VIEW: event('VIEW', '<EventKey><![CDATA[https://www.qq.com/]]></EventKey><MenuId>413186917</MenuId>'),
  scancode_push: event('scancode_push', '<EventKey><![CDATA[6]]></EventKey><ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType><ScanResult><![CDATA[1]]></ScanResult></ScanCodeInfo>'),
  pic_sysphoto: event('pic_sysphoto', '<EventKey><![CDATA[6]]></EventKey><SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum></item></PicList></SendPicsInfo>'),
  location_select: event('location_select', '<EventKey><![CDATA[6]]></EventKey><SendLocationInfo><Location_X><![CDATA[23]]></Location_X><Location_Y><![CDATA[113]]></Location_Y><Scale><![CDATA[15]]></Scale><Label><![CDATA[ 广州市海珠区客村艺苑路 106号]]></Label><Poiname><![CDATA[]]></Poiname></SendLocationInfo>'),
  TEMPLATESENDJOBFINISH: event('TEMPLATESENDJOBFINISH', '<MsgID>200163836</MsgID><Status><![CDATA[failed:user block]]></Status>'),
  MASSSENDJOBFINISH: event(
    'MASSSENDJOBFINISH',
    '<MsgID>1000001625</MsgID><Status><![CDATA[err(30003)]]></Status><TotalCount>0</TotalCount><FilterCount>0</FilterCount><SentCount>0</SentCount><ErrorCount>0</ErrorCount><CopyrightCheckResult><Count>2</Count><ResultList><item><ArticleIdx>1</ArticleIdx><UserDeclareState>0</UserDeclareState><AuditState>2</AuditState><OriginalArticleUrl><![CDATA[Url_1]]></OriginalArticleUrl><OriginalArticleType>1</OriginalArticleType><CanReprint>1</CanReprint><NeedReplaceContent>1</NeedReplaceContent><NeedShowReprintSource>1</NeedShowReprintSource></item></ResultList><CheckState>2</CheckState></CopyrightCheckResult><ArticleUrlResult><Count>1</Count><ResultList><item><ArticleIdx>1</ArticleIdx><ArticleUrl><![CDATA[Url]]></ArticleUrl></item></ResultList></ArticleUrlResult>',
  ),
  kf_create_session: event('kf_create_session', '<KfAccount><![CDATA[test1@test]]></KfAccount>'),
  kf_close_session: event('kf_close_session', '<KfAccount><![CDATA[test1@test]]></KfAccount>'),
  kf_switch_session: event('kf_switch_session', '<FromKfAccount><![CDATA[test1@test]]></FromKfAccount><ToKfAccount><![CDATA[test2@test]]></ToKfAccount>'),
};

/** Message types beyond the 公众号 basics: 客服 and 小程序 documentation, and one WeChat has not documented. */
const MESSAGES: Record<string, string> = {
  file: push('file', '<Title><![CDATA[订单截图.pdf]]></Title><Description><![CDATA[]]></Description><FileKey><![CDATA[f1]]></FileKey><FileMd5><![CDATA[5a6bc2ab5f2d0b4d]]></FileMd5><FileTotalLen><![CDATA[4214]]></FileTotalLen><MsgId>6306939616425040924</MsgId>'),
  miniprogrampage: push('miniprogrampage', '<Title><![CDATA[订单详情]]></Title><AppId><![CDATA[wx7d1f1c2dd5fd1b7d]]></AppId><PagePath><![CDATA[pages/order?id=1]]></PagePath><ThumbUrl><![CDATA[https://mmbiz.qpic.cn/x]]></ThumbUrl><ThumbMediaId><![CDATA[m1]]></ThumbMediaId><MsgId>6306939616425040925</MsgId>'),
  music: push('music', '<Title><![CDATA[歌]]></Title><Description><![CDATA[]]></Description><MusicUrl><![CDATA[https://example.com/a.mp3]]></MusicUrl><MsgId>6306939616425040926</MsgId>'),
  'an undocumented type': push('hologram', '<MsgId>6306939616425040927</MsgId>'),
  // Types named as what every JavaScript object inherits: a lookup by type that reads inherited members took these for a type's field list.
  'named constructor': push('constructor', '<MsgId>6306939616425040928</MsgId>'),
  'named __proto__': push('__proto__', '<MsgId>6306939616425040929</MsgId>'),
  'named toString': push('toString', '<MsgId>6306939616425040930</MsgId>'),
  'named hasOwnProperty': push('hasOwnProperty', '<MsgId>6306939616425040931</MsgId>'),
};

const SEND_REPORTS = new Set(['TEMPLATESENDJOBFINISH', 'MASSSENDJOBFINISH']);

/** Anything but `success` (or an empty 200) within 5 s shows the follower 该公众号暂时无法提供服务. */
async function answersOfBothModes(xml: string) {
  const { app, queue } = ingestHarness(env);
  const answers = [];
  for (const request of [plaintextRequest(xml), safeModeRequest(xml, { nonce: freshNonce() })]) {
    const response = await app.request(request);
    answers.push([response.status, await response.text()]);
  }
  return { answers, queued: queue.sent };
}

describe('WeChat: every documented push gets an answer WeChat accepts', () => {
  for (const [name, xml] of Object.entries(EVENTS)) {
    it(`event ${name}: 200 success in plaintext and safe mode, ${SEND_REPORTS.has(name) ? 'nothing stored' : 'one interaction'}`, async () => {
      const { answers, queued } = await answersOfBothModes(xml);
      expect(answers).toEqual([[200, 'success'], [200, 'success']]);
      if (SEND_REPORTS.has(name)) {
        // The account's own send reports: not a follower's doing, and not a customer to create.
        expect(queued).toEqual([]);
      } else {
        expect(new Set(queued.map((e) => e.feedbackId)).size).toBe(1);
        expect(queued[0]).toMatchObject({ kind: 'interaction', identities: [`wechat:${OPENID}`] });
      }
    });
  }

  for (const [name, xml] of Object.entries(MESSAGES)) {
    it(`message type ${name}: 200 success in plaintext and safe mode, kept as the follower's doing (no words of theirs: an interaction)`, async () => {
      const { answers, queued } = await answersOfBothModes(xml);
      expect(answers).toEqual([[200, 'success'], [200, 'success']]);
      expect(new Set(queued.map((e) => e.feedbackId)).size).toBe(1);
      expect(queued[0]).toMatchObject({ kind: 'interaction', text: '', identities: [`wechat:${OPENID}`], verifiedIdentities: [`wechat:${OPENID}`] });
      expect(queued[0]?.metadata['msgType']).toBe(/<MsgType><!\[CDATA\[(\w+)/.exec(xml)?.[1]?.toLowerCase());
    });
  }

  it("a file whose title holds a right-to-left override or a path is listed by what a person can read", async () => {
    const file = push('file', '<Title><![CDATA[../发票\u202Efdp.exe]]></Title><Description><![CDATA[]]></Description><FileKey><![CDATA[f2]]></FileKey><FileMd5><![CDATA[5a6bc2ab5f2d0b4e]]></FileMd5><FileTotalLen><![CDATA[10]]></FileTotalLen><MsgId>6306939616425040925</MsgId>');
    expect((await answersOfBothModes(file)).queued[0]?.attachments).toEqual([{ name: '发票fdp.exe', contentType: 'application/octet-stream', size: 10 }]);
  });

  it('a file whose title holds a "/" is listed whole, not cut at the slash', async () => {
    const file = push('file', '<Title><![CDATA[对账单 10/2024.xlsx]]></Title><Description><![CDATA[]]></Description><FileKey><![CDATA[f3]]></FileKey><FileMd5><![CDATA[5a6bc2ab5f2d0b4f]]></FileMd5><FileTotalLen><![CDATA[20]]></FileTotalLen><MsgId>6306939616425040928</MsgId>');
    expect((await answersOfBothModes(file)).queued[0]?.attachments).toEqual([{ name: '对账单 10/2024.xlsx', contentType: 'application/octet-stream', size: 20 }]);
  });

  it('a file whose title is longer than a name is kept keeps its end: the extension says what the file is, and a long name must not hide a .exe', async () => {
    const title = `发票 ${'2024/11 '.repeat(1250)}.exe`;
    const file = push('file', `<Title><![CDATA[${title}]]></Title><Description><![CDATA[]]></Description><FileKey><![CDATA[f4]]></FileKey><FileMd5><![CDATA[5a6bc2ab5f2d0b4f]]></FileMd5><FileTotalLen><![CDATA[30]]></FileTotalLen><MsgId>6306939616425040929</MsgId>`);
    const [listed] = (await answersOfBothModes(file)).queued[0]?.attachments ?? [];
    expect(listed?.name).toMatch(/^发票 2024\/11 2024\/11 .*…\.exe$/u);
    expect(listed?.name.length).toBe(512);
  });

  it("a file is listed by name and size, a mini-program card shown by its title: neither is words of the follower's to classify", async () => {
    const file = (await answersOfBothModes(MESSAGES['file'] ?? '')).queued[0];
    expect(file).toMatchObject({ kind: 'interaction', text: '', attachments: [{ name: '订单截图.pdf', contentType: 'application/octet-stream', size: 4214 }] });
    const card = (await answersOfBothModes(MESSAGES['miniprogrampage'] ?? '')).queued[0];
    expect([card?.kind, card?.text, card?.subject, card?.metadata['pagePath']]).toEqual(['interaction', '', '订单详情', 'pages/order?id=1']);
  });
});
