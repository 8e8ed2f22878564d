import { describe, expect, it } from 'vitest';
import { isBase64 } from '../../shared/runtime/lambda-http.ts';

describe('a body API Gateway marks base64', () => {
  it('is base64 as Buffer writes it, padded or not, at every length of the last group', () => {
    for (let length = 0; length <= 12; length += 1) {
      const encoded = Buffer.from(Array.from({ length }, (_, i) => (i * 97) % 256)).toString('base64');
      expect(isBase64(encoded), encoded).toBe(true);
      expect(isBase64(encoded.replace(/=+$/, '')), encoded).toBe(true);
    }
  });

  it('is not when a letter is outside the alphabet, the padding is misplaced or a group has one letter', () => {
    for (const text of ['%%%', 'ab c', 'ab-_', 'a', 'abcde', 'ab=', 'abc==', 'a===', '=', '==', 'ab==cd', 'abcd=']) expect(isBase64(text), text).toBe(false);
  });

  it('is read in time linear in its length: 8 million characters, far past where the old pattern overflowed the stack', () => {
    expect(isBase64('QUJD'.repeat(2_000_000))).toBe(true);
    expect(isBase64(`${'QUJD'.repeat(2_000_000)}!`)).toBe(false);
  });
});
