import { deriveFeedbackId, type Attachment, type FeedbackEvent } from '../../event.ts';
import { identityKey, isWechatId } from '../../identity/normalise.ts';
import { clipText, hasVisibleText } from '../../text.ts';
import { listedFileName } from '../attachment-name.ts';
import { fitTextToQueueMessage } from '../fit.ts';
import { kindByWords } from '../kind.ts';
import { SIGNATURE_TOLERANCE_SECONDS } from '../signing.ts';
import { ChannelError } from '../types.ts';
import type { WechatFields } from './xml.ts';

/**
 * Pushes about the account's own sends (a mass send, a template message, a published article):
 * WeChat's report to the account, not anything a follower did, and some come from WeChat's
 * `mphelper` rather than a follower's openid. Acknowledged and not stored.
 */
const SEND_REPORT_EVENTS = new Set(['masssendjobfinish', 'templatesendjobfinish', 'publishjobfinish']);
const MAX_METADATA_VALUE = 4096;

/** The metadata fields copied through, per message type, in WeChat's own names (a Map: the type is the sender's word, and an object would answer `constructor`). */
const METADATA_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['image', ['PicUrl', 'MediaId']],
  ['voice', ['MediaId', 'Format', 'MediaId16K']],
  ['video', ['MediaId', 'ThumbMediaId']],
  ['shortvideo', ['MediaId', 'ThumbMediaId']],
  ['location', ['Location_X', 'Location_Y', 'Scale', 'Label']],
  ['link', ['Url', 'Description']],
  ['file', ['Title', 'FileKey', 'FileMd5', 'FileTotalLen']],
  ['miniprogrampage', ['Title', 'AppId', 'PagePath', 'ThumbUrl']],
  ['event', ['EventKey', 'Ticket', 'Latitude', 'Longitude', 'Precision', 'MenuId']],
]);

/** Everything but an event push is something a follower sent, whatever its type. */
export function isCustomerMessage(fields: WechatFields): boolean {
  const type = (fields['MsgType'] ?? '').toLowerCase();
  return type !== '' && type !== 'event';
}

export function isSendReport(fields: WechatFields): boolean {
  return (fields['MsgType'] ?? '').toLowerCase() === 'event' && SEND_REPORT_EVENTS.has((fields['Event'] ?? '').toLowerCase());
}

/**
 * What the follower wrote, where the message type carries their words at all: a shared link's
 * title and description are the page's, a location's label is the map's.
 */
function messageText(type: string, fields: WechatFields): string {
  switch (type) {
    case 'text':
      return fields['Content'] ?? '';
    case 'voice':
      return fields['Recognition'] ?? '';
    default:
      return '';
  }
}

/** A title the follower did not type (a shared page's, a mini-program's, a place's): shown, never classified. */
function shownTitle(type: string, fields: WechatFields): string | undefined {
  const title = type === 'location' ? fields['Label'] : type === 'link' || type === 'miniprogrampage' ? fields['Title'] : undefined;
  return title ? clipText(title, 998) : undefined;
}

function required(fields: WechatFields, name: string): string {
  const value = fields[name];
  if (!value) throw new ChannelError(400, 'invalid_message', `WeChat message has no ${name}`);
  return value;
}

/** One WeChat push (already decrypted) as a FeedbackEvent. */
export function wechatToEvent(fields: WechatFields, receivedAt: Date): FeedbackEvent {
  const type = required(fields, 'MsgType').toLowerCase();
  const openId = required(fields, 'FromUserName');
  const createTime = required(fields, 'CreateTime');
  if (!isWechatId(openId)) throw new ChannelError(400, 'invalid_message', 'FromUserName is not an openid');
  if (!/^\d{1,12}$/.test(createTime)) throw new ChannelError(400, 'invalid_message', 'CreateTime is not unix seconds');

  // A type WeChat adds later is still a follower's message: kept (its type in metadata) rather
  // than refused, which WeChat would show the follower as 该公众号暂时无法提供服务.
  const isEvent = type === 'event';
  const eventName = isEvent ? required(fields, 'Event') : undefined;
  // Fields are trimmed as they are read: a text message WeChat could not have sent empty.
  if (type === 'text' && !hasVisibleText(required(fields, 'Content'))) throw new ChannelError(400, 'invalid_message', 'WeChat message has no Content');
  const msgId = fields['MsgId'];
  // WeChat retries a message with the same MsgId; events have none.
  const externalId = msgId && /^\d{1,24}$/.test(msgId) ? `msg:${msgId}` : pushId(fields);

  const identities = [identityKey('wechat', openId)];
  const unionId = fields['UnionId'] ?? fields['unionid'];
  if (unionId && isWechatId(unionId)) identities.push(identityKey('wechatunion', unionId));

  const metadata: FeedbackEvent['metadata'] = { msgType: truncate(type), officialAccount: truncate(fields['ToUserName'] ?? '') };
  // A send time later than the clock allows is from a broken or forged clock: no send time (the
  // message is kept: refusing it would show the follower 该公众号暂时无法提供服务).
  const sentAt = Number(createTime) * 1000;
  if (sentAt <= receivedAt.getTime() + SIGNATURE_TOLERANCE_SECONDS * 1000) metadata['sentAt'] = new Date(sentAt).toISOString();
  if (msgId) metadata['msgId'] = truncate(msgId);
  if (eventName) metadata['event'] = truncate(eventName);
  for (const name of METADATA_FIELDS.get(type) ?? []) {
    const value = fields[name];
    if (value) metadata[name.charAt(0).toLowerCase() + name.slice(1)] = truncate(value);
  }

  const text = isEvent ? '' : messageText(type, fields);
  const subject = shownTitle(type, fields);
  return fitTextToQueueMessage({
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('wechat', externalId),
    channel: 'wechat',
    source: 'wechat',
    // A link's title or a place's label is not the follower's: only their text or speech is judged.
    kind: isEvent ? 'interaction' : kindByWords(text),
    receivedAt: receivedAt.toISOString(),
    identities,
    // Built only from a message whose WeChat signature checked out.
    verifiedIdentities: identities,
    text,
    ...(subject ? { subject } : {}),
    ...(type === 'file' ? { attachments: [fileAttachment(fields)] } : {}),
    metadata,
  });
}

/**
 * A push without a MsgId, by everything it says. WeChat's guidance is FromUserName + CreateTime,
 * but a follower tapping two menu items within a second sends two pushes that differ only in
 * EventKey; a retry repeats every field. A compatible-mode copy of the push (Encrypt) is left
 * out: the same push encrypted again need not give the same bytes.
 */
function pushId(fields: WechatFields): string {
  const said = Object.entries(fields).filter(([name]) => name !== 'Encrypt');
  return `push:${JSON.stringify(said.sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}

/** A file a follower sent, by name and size only, as mail attachments are. */
function fileAttachment(fields: WechatFields): Attachment {
  const size = Number(fields['FileTotalLen']);
  return { name: listedFileName(fields['Title']), contentType: 'application/octet-stream', size: Number.isSafeInteger(size) && size >= 0 ? size : 0 };
}

function truncate(value: string): string {
  return clipText(value, MAX_METADATA_VALUE);
}
