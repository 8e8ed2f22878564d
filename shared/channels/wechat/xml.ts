import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ChannelError } from '../types.ts';

/** WeChat pushes are a flat `<xml>` of short fields; anything far bigger is not from WeChat. */
export const MAX_WECHAT_XML_BYTES = 64 * 1024;

// DTDs are how entity bombs and external entities get in; WeChat never sends one.
const FORBIDDEN_MARKUP = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i;

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // MsgId is a 64-bit integer: keep every value a string so it is not rounded.
  parseTagValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: 0, maxExpandedLength: MAX_WECHAT_XML_BYTES },
  htmlEntities: false,
  maxNestedTags: 8,
});

export type WechatFields = Record<string, string>;

/**
 * The `<xml>` element's children as strings. Nested elements (e.g. ScanCodeInfo) are skipped
 * rather than flattened, since no field we read is nested.
 */
export function parseWechatXml(xml: string): WechatFields {
  if (xml.length > MAX_WECHAT_XML_BYTES) {
    throw new ChannelError(413, 'payload_too_large', 'WeChat message is larger than expected');
  }
  // Inside CDATA the same characters are only text (a customer may type them).
  if (FORBIDDEN_MARKUP.test(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) {
    throw new ChannelError(400, 'xml_dtd_forbidden', 'DOCTYPE and entity declarations are not accepted');
  }
  let document: unknown;
  try {
    // The parser is lenient (it accepts unclosed tags); the validator is not.
    if (XMLValidator.validate(xml) !== true) throw new Error('not well-formed');
    document = parser.parse(xml);
  } catch {
    throw new ChannelError(400, 'invalid_xml', 'body is not well-formed XML');
  }
  const root = (document as Record<string, unknown> | undefined)?.['xml'];
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    throw new ChannelError(400, 'invalid_xml', 'expected a single <xml> root element');
  }
  const fields: WechatFields = Object.create(null) as WechatFields;
  for (const [name, value] of Object.entries(root as Record<string, unknown>)) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

/** CDATA cannot contain `]]>`; split it across two sections as XML allows. */
function cdata(value: string): string {
  return `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export function buildTextReplyXml(toUser: string, fromUser: string, createTime: number, content: string): string {
  return `<xml><ToUserName>${cdata(toUser)}</ToUserName><FromUserName>${cdata(fromUser)}</FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>${cdata(content)}</Content></xml>`;
}

export function buildEncryptedReplyXml(encrypted: string, signature: string, timestamp: string, nonce: string): string {
  return `<xml><Encrypt>${cdata(encrypted)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature><TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`;
}
