import { SaxesParser } from 'saxes';
import { ChannelError } from '../types.ts';
import { clipText } from '../../text.ts';

/** WeChat pushes are a flat `<xml>` of short fields; anything far bigger is not from WeChat. */
export const MAX_WECHAT_XML_BYTES = 64 * 1024;

/** `<xml>` → field → at most a few levels of structured fields (ScanCodeInfo, SendPicsInfo…). */
const MAX_DEPTH = 8;

export type WechatFields = Record<string, string>;

class DoctypeRefused extends Error {}
class RepeatedField extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

/**
 * The `<xml>` element's children as strings. Nested elements (e.g. ScanCodeInfo) are skipped
 * rather than flattened, since no field we read is nested.
 *
 * saxes is a strict XML 1.0 parser that never reads a DTD: the document type declaration is
 * refused the moment the parser recognises one (so a DOCTYPE hidden among comments or CDATA is
 * caught just the same), and any entity other than the five predefined ones is an error.
 */
export function parseWechatXml(xml: string): WechatFields {
  if (xml.length > MAX_WECHAT_XML_BYTES) {
    throw new ChannelError(413, 'payload_too_large', 'WeChat message is larger than expected');
  }
  const fields: WechatFields = Object.create(null) as WechatFields;
  const seen = new Set<string>();
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let rootName: string | undefined;
  let field: { name: string; text: string; nested: boolean } | undefined;

  parser.on('doctype', () => {
    throw new DoctypeRefused();
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new Error('nested too deeply');
    if (depth === 1) rootName = tag.name;
    else if (depth === 2) field = { name: tag.name, text: '', nested: false };
    else if (field) field.nested = true;
  });
  const addText = (text: string) => {
    if (depth === 2 && field) field.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    if (depth === 2 && field) {
      // A repeated field is ambiguous (which one is the sender's?), and WeChat never sends one.
      if (seen.has(field.name)) throw new RepeatedField(field.name);
      if (!field.nested) fields[field.name] = field.text.trim();
      seen.add(field.name);
      field = undefined;
    }
    depth -= 1;
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof RepeatedField) {
      throw new ChannelError(400, 'invalid_message', `WeChat message has more than one <${clipText(error.field, 64)}>`);
    }
    if (error instanceof DoctypeRefused) {
      throw new ChannelError(400, 'xml_dtd_forbidden', 'DOCTYPE and entity declarations are not accepted');
    }
    throw new ChannelError(400, 'invalid_xml', 'body is not well-formed XML');
  }
  if (rootName !== 'xml') {
    throw new ChannelError(400, 'invalid_xml', 'expected a single <xml> root element');
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
