import { deriveFeedbackId, type FeedbackEvent } from '../../event.ts';
import { identityKey } from '../../identity/normalise.ts';
import { clipText, hasVisibleText } from '../../text.ts';
import { fitTextToQueueMessage } from '../fit.ts';
import { ChannelError } from '../types.ts';
import type { WechatFields } from './xml.ts';

const MESSAGE_TYPES = new Set(['text', 'image', 'voice', 'video', 'shortvideo', 'location', 'link']);
const MAX_METADATA_VALUE = 4096;
// openids are 28 characters; anything outside this shape would be a malformed identity key.
const OPEN_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The metadata fields copied through, per message type, in WeChat's own names. */
const METADATA_FIELDS: Record<string, readonly string[]> = {
  image: ['PicUrl', 'MediaId'],
  voice: ['MediaId', 'Format', 'MediaId16K'],
  video: ['MediaId', 'ThumbMediaId'],
  shortvideo: ['MediaId', 'ThumbMediaId'],
  location: ['Location_X', 'Location_Y', 'Scale', 'Label'],
  link: ['Url'],
  event: ['EventKey', 'Ticket', 'Latitude', 'Longitude', 'Precision', 'MenuId'],
};

export function isCustomerMessage(fields: WechatFields): boolean {
  return MESSAGE_TYPES.has((fields['MsgType'] ?? '').toLowerCase());
}

/** What the customer wrote, where the message type carries words at all. */
function messageText(type: string, fields: WechatFields): string {
  switch (type) {
    case 'text':
      return fields['Content'] ?? '';
    case 'voice':
      return fields['Recognition'] ?? '';
    case 'location':
      return fields['Label'] ?? '';
    case 'link':
      return [fields['Title'], fields['Description'], fields['Url']].filter(Boolean).join('\n');
    default:
      return '';
  }
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
  if (!OPEN_ID.test(openId)) throw new ChannelError(400, 'invalid_message', 'FromUserName is not an openid');
  if (!/^\d{1,12}$/.test(createTime)) throw new ChannelError(400, 'invalid_message', 'CreateTime is not unix seconds');

  const isEvent = type === 'event';
  if (!isEvent && !MESSAGE_TYPES.has(type)) {
    throw new ChannelError(422, 'unsupported_message_type', `WeChat MsgType ${type.slice(0, 32)} is not supported`);
  }
  const eventName = isEvent ? required(fields, 'Event') : undefined;
  // Fields are trimmed as they are read: a text message WeChat could not have sent empty.
  if (type === 'text' && !hasVisibleText(required(fields, 'Content'))) throw new ChannelError(400, 'invalid_message', 'WeChat message has no Content');
  const msgId = fields['MsgId'];
  // WeChat retries a message with the same MsgId; events have none, and WeChat's own guidance
  // is to deduplicate them by FromUserName + CreateTime.
  const externalId = msgId && /^\d{1,24}$/.test(msgId) ? `msg:${msgId}` : `event:${openId}:${createTime}:${eventName ?? type}`;

  const identities = [identityKey('wechat', openId)];
  const unionId = fields['UnionId'] ?? fields['unionid'];
  if (unionId && OPEN_ID.test(unionId)) identities.push(identityKey('wechatunion', unionId));

  const metadata: FeedbackEvent['metadata'] = {
    msgType: type,
    officialAccount: truncate(fields['ToUserName'] ?? ''),
    sentAt: new Date(Number(createTime) * 1000).toISOString(),
  };
  if (msgId) metadata['msgId'] = truncate(msgId);
  if (eventName) metadata['event'] = truncate(eventName);
  for (const name of METADATA_FIELDS[type] ?? []) {
    const value = fields[name];
    if (value) metadata[name.charAt(0).toLowerCase() + name.slice(1)] = truncate(value);
  }

  return fitTextToQueueMessage({
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('wechat', externalId),
    channel: 'wechat',
    source: 'wechat',
    kind: isEvent ? 'interaction' : 'message',
    receivedAt: receivedAt.toISOString(),
    identities,
    // Built only from a message whose WeChat signature checked out.
    verifiedIdentities: identities,
    text: isEvent ? '' : messageText(type, fields),
    ...(type === 'link' && fields['Title'] ? { subject: clipText(fields['Title'], 998) } : {}),
    metadata,
  });
}

function truncate(value: string): string {
  return clipText(value, MAX_METADATA_VALUE);
}
