import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wechatChannel } from '../../../shared/channels/wechat/index.ts';
import { expectAcceptedOrRefused } from '../fuzz-support.ts';
import { callPlugin, channelErrorOf, testConfig } from '../support.ts';
import { AES_KEY, APP_ID, NOW_TIMESTAMP, TOKEN, fixture, plaintextRequest, safeModeRequest, sha1Sorted } from './wechat-support.ts';

const config = testConfig({ WECHAT_TOKEN: TOKEN, WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY });
const post = (body: string | Uint8Array) => callPlugin(wechatChannel, plaintextRequest(body as string), config);

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName><FromUserName><![CDATA[oXdd35Fh8cg8FJyThL0ODDYhAVOI]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>&lol4;</Content><MsgId>1</MsgId></xml>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE xml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<xml><ToUserName>a</ToUserName><FromUserName>oXdd35Fh8cg8FJyThL0ODDYhAVOI</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>2</MsgId></xml>`;

const DECOYED_DOCTYPE = `<!-- <![CDATA[ --><!DOCTYPE xml [<!ENTITY e "injected">]><!-- ]]> --><xml><ToUserName>a</ToUserName><FromUserName>oXdd35Fh8cg8FJyThL0ODDYhAVOI</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&e;</Content><MsgId>3</MsgId></xml>`;

describe('WeChat parser under hostile input', () => {
  it.each([
    ['billion laughs', BILLION_LAUGHS],
    ['an external entity', EXTERNAL_ENTITY],
    ['a DOCTYPE between comment/CDATA decoys', DECOYED_DOCTYPE],
    ['a DOCTYPE after a comment that looks like CDATA', `<!-- <![CDATA[ -->${EXTERNAL_ENTITY.replace('<?xml version="1.0"?>', '')}<!-- ]]> -->`],
  ])('refuses %s with 400 before expanding anything', async (_label, xml) => {
    const error = await channelErrorOf(post(xml));
    expect([error.status, error.code]).toEqual([400, 'xml_dtd_forbidden']);
  });

  it('refuses a lower-case doctype (not XML at all) with 400', async () => {
    const error = await channelErrorOf(post(EXTERNAL_ENTITY.replace('DOCTYPE', 'doctype')));
    expect(error.status).toBe(400);
  });

  it('accepts markup-like text a customer typed inside CDATA', async () => {
    const xml = fixture('text.xml').replace('你们的快递太慢了', '<!DOCTYPE html> <!ENTITY x "y">');
    const [event] = (await post(xml)).events;
    expect(event?.text).toBe('<!DOCTYPE html> <!ENTITY x "y">，三天还没到');
  });

  it('refuses an undeclared entity reference instead of passing it through', async () => {
    const xml = fixture('text.xml').replace('<![CDATA[你们的快递太慢了，三天还没到]]>', '&xxe;');
    const error = await channelErrorOf(post(xml));
    expect([error.status, error.code]).toEqual([400, 'invalid_xml']);
  });

  it('decodes the predefined entities and character references', async () => {
    const xml = fixture('text.xml').replace('<![CDATA[你们的快递太慢了，三天还没到]]>', '&lt;b&gt; &amp; &#x4F60;&#22909;');
    const [event] = (await post(xml)).events;
    expect(event?.text).toBe('<b> & 你好');
  });

  it('refuses a huge field with 413', async () => {
    const xml = fixture('text.xml').replace('你们的快递太慢了', 'x'.repeat(200_000));
    const error = await channelErrorOf(post(xml));
    expect(error.status).toBe(413);
  });

  it('survives random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const request = new Request(plaintextRequest('').url, { method: 'POST', body: bytes });
        await expectAcceptedOrRefused(callPlugin(wechatChannel, request, config));
      }),
      { numRuns: 300 },
    );
  });

  it('survives every truncation of a real message', async () => {
    const xml = fixture('link.xml');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: xml.length }), async (cut) => {
        await expectAcceptedOrRefused(post(xml.slice(0, cut)));
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary field names and values in an <xml> document', async () => {
    const fieldName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
    const fields = fc.dictionary(fc.oneof(fieldName, fc.constantFrom('MsgType', 'FromUserName', 'CreateTime', 'MsgId', 'Event', '__proto__', 'constructor')), fc.string({ maxLength: 300 }), { maxKeys: 12 });
    await fc.assert(
      fc.asyncProperty(fields, fc.boolean(), async (record, useCdata) => {
        const body = Object.entries(record)
          .map(([name, value]) => `<${name}>${useCdata ? `<![CDATA[${value}]]>` : value}</${name}>`)
          .join('');
        await expectAcceptedOrRefused(post(`<xml>${body}</xml>`));
      }),
      { numRuns: 300 },
    );
  });

  it('survives random ciphertext that carries a valid msg_signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const encrypted = Buffer.from(bytes).toString('base64');
        const timestamp = NOW_TIMESTAMP;
        const nonce = '42';
        const query = new URLSearchParams({ timestamp, nonce, encrypt_type: 'aes', msg_signature: sha1Sorted(TOKEN, timestamp, nonce, encrypted) });
        const request = new Request(`https://feedback.example.com/webhooks/wechat?${query}`, {
          method: 'POST',
          body: `<xml><ToUserName>gh</ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
        });
        await expectAcceptedOrRefused(callPlugin(wechatChannel, request, config));
      }),
      { numRuns: 300 },
    );
  });

  it('survives a truncated message inside a valid encryption', async () => {
    const xml = fixture('text.xml');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: xml.length }), async (cut) => {
        await expectAcceptedOrRefused(callPlugin(wechatChannel, safeModeRequest(xml.slice(0, cut)), config));
      }),
      { numRuns: 100 },
    );
  });
});
