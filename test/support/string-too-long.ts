import { vi } from 'vitest';

/**
 * Makes TextDecoder refuse each line holding `marker` as Node's refuses one longer than any string
 * (over buffer.constants.MAX_STRING_LENGTH characters: about 512 MiB of ASCII), with the error it
 * throws then (Node 20 and 22); building such a line in a test would take 600 MB. Undone by
 * vi.restoreAllMocks().
 */
export function decoderRefusingLinesWith(marker: string): void {
  const decode = TextDecoder.prototype.decode;
  vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: unknown, input) {
    const text = Reflect.apply(decode, this, [input]) as string;
    if (text.includes(marker)) throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    return text;
  });
}
