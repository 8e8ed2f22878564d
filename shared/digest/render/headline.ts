import type { CustomerAtRisk, Digest } from '../types.ts';
import { consoleLink, formatDuration, typeName } from './format.ts';
import { MESSAGES, type DigestLanguage, type DigestMessages } from './messages.ts';

/** The three lines at the top of the mail (what changed, what is urgent, whom to call), each with its link. */
export function headlineLines(digest: Digest, language: DigestLanguage): { text: string; href?: string }[] {
  const messages = MESSAGES[language];
  const { change, urgent, call } = digest.headline;
  const changeLine =
    change.kind === 'complaint'
      ? messages.headline.complaintChange(typeName(digest, change.type, language), change.current, change.previous)
      : change.kind === 'volume'
        ? messages.headline.volumeChange(change.current, change.previous)
        : messages.headline.noChange;
  const urgentLine = urgent.oldest
    ? { text: messages.headline.urgentOpen(urgent.open, urgent.more, formatDuration(urgent.oldest.openSeconds, messages)), href: consoleLink(digest, 'feedback', urgent.oldest.feedbackId) }
    : { text: messages.headline.noUrgent };
  const complaint = call?.lastComplaint;
  const complaintText = complaint
    ? [
        complaint.complaintTypes.map((type) => typeName(digest, type, language)).join(language === 'zh' ? '、' : ', '),
        complaint.openSeconds === undefined ? messages.resolved : messages.openFor(formatDuration(complaint.openSeconds, messages)),
      ]
        .filter(Boolean)
        .join(language === 'zh' ? '，' : ', ')
    : undefined;
  const callLine = call
    ? { text: messages.headline.call(customerLabel(call, messages), call.negativesLastWeek, complaintText), href: consoleLink(digest, 'customers', call.customerId) }
    : { text: messages.headline.noCall };
  return [{ text: changeLine }, dropUndefined(urgentLine), dropUndefined(callLine)];
}

/** The masked name, else the masked contact, else "no name given". */
export function customerLabel(customer: CustomerAtRisk, messages: DigestMessages): string {
  return customer.displayName ?? customer.contact ?? messages.unnamed;
}

function dropUndefined(line: { text: string; href?: string | undefined }): { text: string; href?: string } {
  return line.href === undefined ? { text: line.text } : { text: line.text, href: line.href };
}
