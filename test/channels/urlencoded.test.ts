import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlEncoded } from '../../shared/channels/http.ts';
import { ChannelError } from '../../shared/channels/types.ts';

describe('parseUrlEncoded', () => {
  it('reads what URLSearchParams reads whenever the percent-decoded bytes are UTF-8', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }))), fc.string({ unit: 'grapheme-ascii' }), (pairs, raw) => {
        const encoded = new URLSearchParams(pairs).toString();
        expect(parseUrlEncoded(Buffer.from(encoded), 'body')).toEqual([...new URLSearchParams(encoded)]);
        // Hand-written bodies too: bare names, stray %, + for spaces (the leading & keeps the
        // constructor from dropping a leading ?, which a body does not have).
        // A stray %XX can spell bytes that are not UTF-8 ("%A0"): URLSearchParams reads U+FFFD there,
        // where the parser refuses; whenever it reads, it reads the same.
        const expected = [...new URLSearchParams(`&${raw}`)];
        if (expected.some(([name, value]) => `${name}${value}`.includes('\uFFFD'))) {
          expect(() => parseUrlEncoded(Buffer.from(raw), 'body')).toThrow(expect.objectContaining({ code: 'invalid_encoding' }) as ChannelError);
        } else {
          expect(parseUrlEncoded(Buffer.from(raw), 'body')).toEqual(expected);
        }
      }),
    );
  });

  it.each([
    ['GBK bytes percent-encoded (a GBK page posting a form)', 'message=%BF%EC%B5%DD'],
    ['a truncated UTF-8 sequence', 'message=%E5%BF'],
    ['an encoded surrogate half', 'message=%ED%A0%80'],
    ['invalid UTF-8 in a name', '%FF=1'],
  ])('refuses %s with 400 invalid_encoding', (_, body) => {
    expect(() => parseUrlEncoded(Buffer.from(body), 'the form body')).toThrow(expect.objectContaining({ status: 400, code: 'invalid_encoding' }) as ChannelError);
  });
});
