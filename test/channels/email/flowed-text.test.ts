/**
 * format=flowed text is unfolded as postal-mime unfolds it, a line at a time into one buffer:
 * postal-mime's own split the body into an array of its lines, 1.2 GB for a 40 MB mail of short
 * lines on the SES path (a 512 MB Lambda). The shape is asserted, not the time.
 */
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeFlowedText } from '../../../shared/channels/email/flowed-text.ts';
import { parseEmail } from '../../../shared/channels/email/parse.ts';

/** postal-mime's own, read before parseEmail puts ours in its place. */
const postalMimeNode = Object.getPrototypeOf((new PostalMime() as unknown as { root: object }).root) as { decodeFlowedText(text: string, delSp: boolean): string };
const postalMimeDecodeFlowedText = postalMimeNode.decodeFlowedText;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('format=flowed text', () => {
  it('unfolds as postal-mime does', () => {
    expect(postalMimeDecodeFlowedText).not.toBe(decodeFlowedText);
    const piece = fc.constantFrom(' ', '  ', '-- ', '--', '-', 'a', 'b ', '差', '😀', '\ud800', '\r\n', '\n', '\r');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, delSp) => {
        const text = pieces.join('');
        expect(decodeFlowedText(text, delSp)).toBe(postalMimeDecodeFlowedText.call(postalMimeNode, text, delSp));
      }),
      { numRuns: 5_000 },
    );
  });

  it('is unfolded without an array of its lines', async () => {
    const lines = '快递没到 \r\n'.repeat(50_000);
    const raw = new TextEncoder().encode(`From: li@example.cn\r\nSubject: order\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n\r\n${lines}`);
    const split = vi.spyOn(RegExp.prototype, Symbol.split);
    const parsed = await parseEmail(raw, { receivedAt: new Date('2026-12-02T00:00:00Z'), via: 'ses', senderVerified: false });
    const splitsOfTheBody = split.mock.calls.filter(([text]) => text.length >= lines.length / 2);
    expect(parsed.event?.text.startsWith('快递没到快递没到')).toBe(true);
    expect(splitsOfTheBody).toEqual([]);
  });
});
