import type { Address, Email } from 'postal-mime';
import { normaliseEmail } from '../../identity/normalise.ts';

/** A mailbox in the form identities take: the address normalised, the display name as written. */
export interface NamedAddress {
  address: string;
  name: string;
}

/**
 * A mail a list or group passed on under its own address: `list` is the address it put in From,
 * `author` the person it names as the writer, undefined when it names no one person, and
 * `writerName` the writer's name as the list put it in From (`Jane Doe` of `'Jane Doe' via
 * Support`), '' when it put none or only an address.
 */
export interface ListRewrite {
  list: string;
  author: NamedAddress | undefined;
  writerName: string;
}

/** Where the author's From is kept: Google Groups, Sympa and Mailman 2.1 write X-Original-From; RFC 5703 registers Original-From. */
const ORIGINAL_FROM_FIELDS = new Set(['x-original-from', 'original-from']);
/** A list's mail says it is one (RFC 2919 List-Id, RFC 2369 List-Post); Google Groups and Mailman write both. */
const LIST_FIELDS = new Set(['list-id', 'list-post']);
/** The name a group writes for the author: Google Groups `'Jane Doe' via Support`, Mailman's munge_from `Jane Doe via Support`. */
const VIA_GROUP = /^\s*(?:'(.*)'|(.*?))\s+via\s+\S/su;

function soleMailbox(addresses: readonly Address[]): NamedAddress | undefined {
  const [mailbox] = addresses;
  const address = addresses.length === 1 && mailbox?.address ? normaliseEmail(mailbox.address) : undefined;
  return address ? { address, name: mailbox!.name.trim() } : undefined;
}

/** Mailman's munge_from (and Google Groups) put the author in Reply-To; the list's own address there is a reply to the list. */
function replyToAuthor(email: Email, list: string): NamedAddress | undefined {
  return soleMailbox((email.replyTo ?? []).filter((address) => !address.address || normaliseEmail(address.address) !== list));
}

/** The group's `<name> via <group>` without the suffix: Google writes the address when there was no name, and an address is no name. */
function nameBeforeVia(fromName: string): string {
  const via = VIA_GROUP.exec(fromName);
  const name = (via?.[1] ?? via?.[2] ?? '').trim();
  return name.includes('@') ? '' : name;
}

function rewriteBy(list: string, author: NamedAddress | undefined, fromName: string): ListRewrite {
  const writerName = nameBeforeVia(fromName);
  // The author's own name wins over the one the group wrote for them.
  return { list, author: author && { address: author.address, name: author.name || writerName }, writerName };
}

/**
 * How a list or group rewrote the mail's From, or undefined when it did not. Lists put their own
 * address in From for authors whose domains publish a strict DMARC policy (Google Groups, Mailman's
 * munge_from, Sympa's dmarc_protection), so that DKIM and DMARC pass for the list's domain: the
 * From address is then the list's, shared by everyone who writes through it. Rewriting shows as
 * an X-Original-From (or Original-From) naming another address than From, or as list mail
 * (List-Id, List-Post) whose From name reads `<name> via <list>`; the author is the mailbox the
 * former names, else the one person Reply-To names. Mail a list sends as itself (an announcement
 * list, a group keeping the author's From and naming itself in Sender) is no rewrite.
 */
export async function listRewrite(email: Email, from: NamedAddress): Promise<ListRewrite | undefined> {
  const originals = email.headers.filter((header) => ORIGINAL_FROM_FIELDS.has(header.key));
  if (originals.length > 0) {
    // Loaded with the parser that read the mail (parse.ts): a cached import, never a second load.
    const { addressParser } = await import('postal-mime');
    const original = originals.length === 1 ? soleMailbox(addressParser(originals[0]!.value)) : undefined;
    if (original?.address === from.address) return undefined;
    return rewriteBy(from.address, original ?? replyToAuthor(email, from.address), from.name);
  }
  if (!email.headers.some((header) => LIST_FIELDS.has(header.key)) || !VIA_GROUP.test(from.name)) return undefined;
  return rewriteBy(from.address, replyToAuthor(email, from.address), from.name);
}
