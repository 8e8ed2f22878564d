/**
 * A body's decoded bytes reach postal-mime's Blob as one part, whatever its transfer encoding:
 * Node reads a Blob back a part at a time, and a part per line made a 1 MB mail of short lines
 * take seconds (the webhook deadline) and the 40 MB SES accepts take minutes. Counted, not timed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CoalescedParts } from '../../../shared/channels/email/coalesced-parts.ts';
import { parseEmail } from '../../../shared/channels/email/parse.ts';

const OriginalBlob = globalThis.Blob;
type BlobParts = NonNullable<ConstructorParameters<typeof Blob>[0]>;
afterEach(() => {
  globalThis.Blob = OriginalBlob;
});

/** The number of parts of every Blob made while `work` runs. */
async function blobPartCounts(work: () => Promise<unknown>): Promise<number[]> {
  const counts: number[] = [];
  globalThis.Blob = class extends OriginalBlob {
    constructor(parts?: BlobParts, options?: ConstructorParameters<typeof Blob>[1]) {
      const listed = parts ? [...parts] : [];
      counts.push(listed.length);
      super(listed, options);
    }
  };
  await work();
  globalThis.Blob = OriginalBlob;
  return counts;
}

const mail = (contentHeaders: string, body: string) =>
  new TextEncoder().encode(`From: li@example.cn\r\nSubject: order\r\nMIME-Version: 1.0\r\n${contentHeaders}\r\n\r\n${body}`);
const parse = (raw: Uint8Array) => parseEmail(raw, { receivedAt: new Date('2026-12-02T00:00:00Z'), via: 'ses', senderVerified: false });

describe('a long body is decoded into one part', () => {
  it.each([
    ['8bit short lines', 'Content-Type: text/plain; charset=utf-8', '快递没到\r\n-\r\n'.repeat(20_000), '快递没到\n-\n快递没到'],
    ['base64 padded on every line', 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64', 'QQ==\r\n'.repeat(20_000), 'AAAA'],
    ['quoted-printable soft breaks', 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable', 'a=\r\n'.repeat(20_000), 'aaaa'],
    ['HTML of many lines', 'Content-Type: text/html; charset=utf-8', '<p>退款</p>\r\n'.repeat(20_000), '退款'],
  ])('%s', async (_case, headers, body, start) => {
    let text = '';
    const counts = await blobPartCounts(async () => {
      text = (await parse(mail(headers, body))).event?.text ?? '';
    });
    expect(text.startsWith(start)).toBe(true);
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBe(1);
  });

  it('each part of a multipart mail is one part', async () => {
    const part = (text: string) => `--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${`${text}\r\n`.repeat(5_000)}`;
    let text = '';
    const counts = await blobPartCounts(async () => {
      text = (await parse(mail('Content-Type: multipart/alternative; boundary=b', `${part('房间很脏')}${part('dirty')}--b--\r\n`))).event?.text ?? '';
    });
    expect(text.startsWith('房间很脏\n房间很脏')).toBe(true);
    expect(Math.max(...counts)).toBe(1);
  });
});

describe('CoalescedParts', () => {
  it('holds the bytes a Blob of the same parts holds', async () => {
    const part = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.uint8Array({ maxLength: 5000 }), fc.uint8Array({ maxLength: 64 }).map((bytes) => bytes.buffer as ArrayBuffer));
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 40 }), async (parts) => {
        const coalesced = new CoalescedParts();
        parts.forEach((value) => coalesced.push(value));
        const [expected, actual] = await Promise.all([new Blob(parts).arrayBuffer(), new Blob(coalesced as unknown as BlobParts).arrayBuffer()]);
        expect(new Uint8Array(actual)).toEqual(new Uint8Array(expected));
      }),
    );
  });
});
