import { createHash } from 'node:crypto';
import type { Address, Email } from 'postal-mime';
import { deriveFeedbackId, type Attachment, type FeedbackEvent } from '../../event.ts';
import { anonymousIdentity, authenticatedEmail, identityKey, normaliseEmail } from '../../identity/normalise.ts';
import { clipText, hasVisibleText } from '../../text.ts';
import { listedFileName } from '../attachment-name.ts';
import { fitTextToQueueMessage, MAX_TEXT_CHARS } from '../fit.ts';
import { kindByWords } from '../kind.ts';
import { ChannelError } from '../types.ts';
import { soleAuthor } from './author.ts';
import { automaticMail, type AutomaticMail } from './automatic.ts';
import { htmlToPlainText } from './html.ts';
import { listRewrite } from './list-rewrite.ts';
import { isForwardSubject, stripQuotedReply } from './quotes.ts';
import { readMimeStrictly } from './strict-mime.ts';

/** SES accepts mail up to 40 MB; anything larger is not a message we could have been sent. */
export const MAX_RAW_EMAIL_BYTES = 40 * 1024 * 1024;
const MAX_ATTACHMENTS = 100;
const MAX_METADATA_VALUE = 4096;

export interface ParseEmailOptions {
  receivedAt: Date;
  /** `webhook` for posts to /webhooks/email, `ses` for the SES → S3 path; recorded in metadata. */
  via: 'webhook' | 'ses';
  /**
   * True when the receiving server found SPF or DKIM passing with DMARC (SES's verdicts, or the
   * relay's assertion): only then is the From address a verified identity rather than a claim.
   */
  senderVerified: boolean;
}

function firstMailbox(address: Address | undefined): { name: string; address: string } | undefined {
  if (!address) return undefined;
  if (address.group) return address.group[0];
  return address;
}

function attachmentsOf(email: Email): Attachment[] {
  return email.attachments.slice(0, MAX_ATTACHMENTS).map((attachment) => ({
    name: listedFileName(attachment.filename ?? undefined),
    contentType: clipText(attachment.mimeType, 255),
    size: typeof attachment.content === 'string' ? Buffer.byteLength(attachment.content) : attachment.content.byteLength,
  }));
}

/**
 * The same message delivered twice keeps its sender, Message-ID, subject, text and verdicts;
 * another sender's mail that reuses a Message-ID (by accident or to suppress it) does not, and
 * neither does a forged copy of a predictable mail sent ahead of the genuine, verified one.
 */
function dedupeKey(email: Email, raw: Uint8Array, sender: string, body: string, verified: boolean): string {
  const trust = verified ? 'verified' : 'claimed';
  const messageId = email.messageId?.trim().replace(/^<|>$/g, '');
  if (!messageId || messageId.length > 998) return `sha256:${trust}:${createHash('sha256').update(raw).digest('hex')}`;
  const content = createHash('sha256').update(JSON.stringify([sender, messageId, email.subject ?? '', body, trust])).digest('hex');
  return `message:${content}`;
}

async function parseMime(raw: Uint8Array): Promise<Email> {
  // Loaded on the first mail: the ingest function's other webhooks never parse MIME.
  const { default: PostalMime } = await import('postal-mime');
  readMimeStrictly(PostalMime);
  const parser = new PostalMime({ maxNestingDepth: 32, maxHeadersSize: 256 * 1024, maxRfc822NestingDepth: 2 });
  let email: Email;
  try {
    email = await parser.parse(raw);
  } catch (error) {
    if (error instanceof ChannelError) throw error;
    throw new ChannelError(400, 'invalid_mime', 'body is not a parseable RFC 822 message');
  }
  if (holdsEmptyMultipart((parser as unknown as { root: MimePart }).root)) {
    throw new ChannelError(400, 'invalid_mime', 'a multipart body holds no parts: its boundary is missing, empty or never used, so nothing in it could be read');
  }
  return email;
}

interface MimePart {
  contentType: { multipart: string | false };
  childNodes: MimePart[];
}

/**
 * A multipart whose boundary is missing, empty or never used has no parts: postal-mime reads
 * nothing of its body, and the customer's words would be lost without a word (RFC 2046 requires
 * at least one part). Refused, as the web form refuses a multipart body without its boundary.
 */
function holdsEmptyMultipart(part: MimePart): boolean {
  if (part.contentType.multipart && part.childNodes.length === 0) return true;
  return part.childNodes.some(holdsEmptyMultipart);
}

/** A customer's mail as its event, or the reason a machine wrote it (nothing to store). */
export type ParsedEmail = { event: FeedbackEvent; automatic?: never } | { automatic: AutomaticMail; event?: never };

/**
 * A raw RFC 822 message as one FeedbackEvent: what the customer wrote (quoted replies and
 * signatures removed; HTML-only mail turned into text), the subject, the sender as identity and
 * attachments by name, type and size only; or, for an auto-reply, bounce, read receipt or bulk
 * mail, why it is not feedback. Shared by the webhook and the SES Lambda.
 */
export async function parseEmail(raw: Uint8Array, options: ParseEmailOptions): Promise<ParsedEmail> {
  if (raw.byteLength > MAX_RAW_EMAIL_BYTES) {
    throw new ChannelError(413, 'payload_too_large', `email is larger than ${MAX_RAW_EMAIL_BYTES} bytes`);
  }
  const email = await parseMime(raw);
  const automatic = automaticMail(email);
  if (automatic) return { automatic };
  return { event: await toEvent(email, raw, options) };
}

async function toEvent(email: Email, raw: Uint8Array, options: ParseEmailOptions): Promise<FeedbackEvent> {
  const from = firstMailbox(email.from);
  const fromAddress = from && normaliseEmail(from.address);
  if (!fromAddress) throw new ChannelError(422, 'invalid_sender', 'the message has no usable From address');
  // A list's address in From is everyone's who writes through it: taken as the sender, it would
  // make them all one customer. A list that names no one author leaves no sender: the mail is
  // still feedback, of a customer of its own that no other message joins.
  const rewrite = await listRewrite(email, { address: fromAddress, name: from.name });
  const sender = rewrite ? rewrite.author : { address: fromAddress, name: from.name };
  const address = sender?.address;

  // The verdicts vouch for the From field as the receiving server read it: only for a field that
  // cannot be read two ways, naming a mailbox our spelling does not fold into another, are they
  // the word on the address we took. For a list's rewrite they vouch for the list's domain, and
  // the author it names is its claim.
  const verified = !rewrite && options.senderVerified && address !== undefined && authenticatedEmail(soleAuthor(email) ?? '') === address;
  const forwarded = isForwardSubject(email.subject);
  const body = stripQuotedReply(email.text?.trim() ? email.text : await htmlToPlainText(email.html ?? '', forwarded), MAX_TEXT_CHARS, forwarded);
  const metadata: FeedbackEvent['metadata'] = { via: options.via, senderVerified: verified };
  if (email.messageId) metadata['messageId'] = clipText(email.messageId, MAX_METADATA_VALUE);
  if (email.date) metadata['sentAt'] = clipText(email.date, MAX_METADATA_VALUE);
  const recipient = firstMailbox(email.to?.[0]);
  if (recipient?.address) metadata['to'] = clipText(recipient.address, MAX_METADATA_VALUE);
  if (email.inReplyTo) metadata['inReplyTo'] = clipText(email.inReplyTo, MAX_METADATA_VALUE);
  if (rewrite) metadata['rewrittenBy'] = clipText(rewrite.list, MAX_METADATA_VALUE);

  const attachments = attachmentsOf(email);
  // Listed up to MAX_ATTACHMENTS; how many more there were is kept, so a reader knows the list is not whole.
  if (email.attachments.length > attachments.length) metadata['attachmentsNotListed'] = email.attachments.length - attachments.length;
  const subject = email.subject && clipText(email.subject.replace(/[\r\n]+/g, ' ').trim(), 998);
  const displayName = clipText((sender?.name ?? rewrite?.writerName ?? '').trim(), 256);
  // Nothing a person could read: the relay (or SES's log) hears why rather than an empty item appearing.
  if (!hasVisibleText(body) && !(subject && hasVisibleText(subject)) && attachments.length === 0) {
    throw new ChannelError(422, 'empty_message', 'the message has no text, subject or attachment');
  }
  // Without an author the list's address stands in for the sender: a redelivery keeps it as it keeps the rest.
  const feedbackId = deriveFeedbackId('email', dedupeKey(email, raw, address ?? fromAddress, body, verified));
  return fitTextToQueueMessage({
    schemaVersion: 1,
    feedbackId,
    channel: 'email',
    source: 'email',
    // An attachment sent without a line of text or a subject: what it shows is not read.
    kind: kindByWords(body, subject),
    receivedAt: options.receivedAt.toISOString(),
    identities: [address ? identityKey('email', address) : anonymousIdentity(feedbackId)],
    ...(verified && address ? { verifiedIdentities: [identityKey('email', address)] } : {}),
    ...(displayName ? { displayName } : {}),
    text: body,
    ...(subject ? { subject } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    metadata,
  });
}
