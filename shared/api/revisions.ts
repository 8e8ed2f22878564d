// Loaded first for what it does to zod: every schema gets .openapi().
import '@hono/zod-openapi';
import * as z from 'zod';

/**
 * An item's case revision as an HTTP entity tag: a support person's change can be made
 * conditional on the item being as they read it (If-Match), instead of silently overwriting an
 * assignment or status a colleague set meanwhile.
 */
export const IfMatchHeaders = z.object({
  'if-match': z.string().max(100).optional().openapi({ description: 'The ETag the item was read with, e.g. "3"; `*` matches any revision' }),
});

export function revisionTag(revision: number): string {
  return `"${revision}"`;
}

/**
 * The revision an If-Match names: undefined when absent or `*` (any), null when it is not a tag
 * this API issued. A weak tag (`W/"3"`) is null too: the API issues strong tags only, and If-Match
 * compares strongly (RFC 9110 §13.1.1), so a weak one could never match; answering 412 would send
 * the caller to read the item again and retry with the same mistake.
 */
export function revisionOfTag(header: string | undefined): number | undefined | null {
  if (header === undefined || header.trim() === '*') return undefined;
  // As issued: a revision in its plain decimal form ("03" names no tag this API gave out).
  const match = /^\s*"(0|[1-9]\d{0,8})"\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}
