import { createHash } from 'node:crypto';
import { deriveFeedbackId, type Attachment, type FeedbackEvent } from '../../event.ts';
import { anonymousIdentity, identityKey, normaliseEmail, normalisePhone } from '../../identity/normalise.ts';
import { ChannelError, type ChannelContext, type ChannelPlugin } from '../types.ts';
import { FormSubmission, HONEYPOT_FIELD } from './schema.ts';
import { isMultipart, readFormBody } from './body.ts';

const FORM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A post without a key sent again by the same client within this window (a double click, a
 * person sending again after a timeout) is the same message. Decided from the post alone, with no
 * shared state, so a resend that straddles the window's end is a second message.
 */
const RESEND_WINDOW_MS = 10 * 60_000;

/**
 * A client is its address and its browser as it describes itself: people behind one address (a
 * NAT: an office, a hotel's or a mall's wifi, a mobile carrier) send the same short words ("太慢了")
 * within minutes, and one browser sends the same headers again when it resends.
 */
const CLIENT_HEADERS = ['user-agent', 'accept-language'] as const;

/** The same client, form, fields and files in the same window: one feedback id. */
function resendKey(formId: string, content: object, files: readonly Attachment[], request: Request, context: ChannelContext): string {
  const window = Math.floor(context.now().getTime() / RESEND_WINDOW_MS);
  const client = [context.clientAddress, ...CLIENT_HEADERS.map((name) => request.headers.get(name) ?? '')];
  const fingerprint = createHash('sha256').update(JSON.stringify([client, formId, content, files])).digest('base64url');
  return JSON.stringify(['resend', fingerprint, window]);
}

export const formsChannel: ChannelPlugin = {
  name: 'forms',
  routes: [{ method: 'POST', path: '/forms/:formId' }],
  browserFacing: true,
  streamsBody: isMultipart,
  async handle(request, context) {
    const formId = context.params.formId ?? '';
    if (!FORM_ID.test(formId)) throw new ChannelError(404, 'unknown_form', 'form ids are 1–64 letters, digits, - or _');
    const { fields, files } = await readFormBody(request, context.rawBody, context.config);
    context.bodyRead();
    const parsed = FormSubmission.safeParse(fields);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      throw new ChannelError(422, 'invalid_submission', detail);
    }
    const submission = parsed.data;
    const dedupeKey = request.headers.get('idempotency-key')?.trim() || submission.submissionId;
    if (dedupeKey !== undefined && dedupeKey.length > 128) {
      throw new ChannelError(422, 'invalid_submission', 'Idempotency-Key: at most 128 characters');
    }
    // The key is the client's to choose, so anyone may send another's: with the content beside it,
    // a resubmission is still one item, but a stranger's post under the same key cannot stand in
    // for (and so suppress) the message it was chosen for.
    const { [HONEYPOT_FIELD]: _honeypot, submissionId: _key, ...content } = submission;
    const feedbackId = deriveFeedbackId(`forms:${formId}`, dedupeKey === undefined ? resendKey(formId, content, files, request, context) : JSON.stringify([dedupeKey, content]));
    const accepted = Response.json({ id: feedbackId }, { status: 202 });
    // A bot gets the same answer as a person, so it learns nothing; its post is dropped.
    if (submission[HONEYPOT_FIELD]) return { events: [], response: accepted };
    return { events: [toEvent(submission, formId, feedbackId, files, context)], response: accepted };
  },
};

function toEvent(submission: FormSubmission, formId: string, feedbackId: string, files: Attachment[], context: ChannelContext): FeedbackEvent {
  const identities: string[] = [];
  if (submission.email !== undefined) {
    const email = normaliseEmail(submission.email);
    if (!email) throw new ChannelError(422, 'invalid_submission', 'email: not an email address');
    identities.push(identityKey('email', email));
  }
  if (submission.phone !== undefined) {
    const phone = normalisePhone(submission.phone, context.config.DEFAULT_PHONE_REGION);
    if (!phone) throw new ChannelError(422, 'invalid_submission', 'phone: not a valid phone number');
    identities.push(identityKey('phone', phone));
  }
  if (submission.customerId !== undefined) identities.push(identityKey('form', submission.customerId));
  // Anonymous feedback still counts; it gets a customer of its own that a later identity cannot join.
  if (identities.length === 0) identities.push(anonymousIdentity(feedbackId));
  return {
    schemaVersion: 1,
    feedbackId,
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt: context.now().toISOString(),
    identities,
    displayName: submission.name,
    text: submission.message,
    subject: submission.subject,
    rating: submission.rating,
    nps: submission.nps,
    ...(files.length > 0 ? { attachments: files } : {}),
    metadata: { formId, ...(submission.orderId ? { orderId: submission.orderId } : {}) },
  };
}
