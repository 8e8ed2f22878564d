/**
 * Charset labels Chinese mailers use that the WHATWG TextDecoder (and so postal-mime) does not
 * know, mapped to the decoder that reads them: EUC-CN is GB 2312's byte form, of which GB18030 is
 * a superset. Without this such mail would be decoded as Latin-1 mojibake.
 */
const UNKNOWN_LABELS = /(charset\s*=\s*"?|=\?)(x-)?euc-?cn(?=[\s";?]|$)/gim;

/** The raw message with those labels rewritten; byte-for-byte the same everywhere else. */
export function withDecodableCharsets(raw: Uint8Array): Uint8Array {
  // latin1 maps every byte to one code unit and back, so binary parts survive the round trip.
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  if (!/euc-?cn/i.test(text)) return raw;
  return Buffer.from(text.replace(UNKNOWN_LABELS, '$1gb18030'), 'latin1');
}
