import { createHash } from 'node:crypto';

/*
 * The event's names and ids without its zod schemas: a module that imports only these builds
 * none of them (the api, digest and aggregate functions never parse an event; building the
 * event's schemas cost them ~80 zod schema objects at every cold start).
 */

export const CHANNELS = ['web', 'email', 'wechat', 'sms'] as const;

/** Identity kinds a customer can be recognised by; serialised as `kind:value`. */
export const IDENTITY_KINDS = ['email', 'phone', 'wechat', 'wechatunion', 'form'] as const;

/**
 * A stable id from the provider's own message id, so a redelivery maps to the same id
 * and the processor can recognise it. `namespace` keeps ids of different sources apart.
 */
export function deriveFeedbackId(namespace: string, externalId: string): string {
  const digest = createHash('sha256').update(`${namespace}\u0000${externalId}`).digest();
  return `fb_${toBase32(digest).slice(0, 26)}`;
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';
function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}
