import { ChannelError } from '../types.ts';
import { chineseOrEnglishUnlikelihood, chineseUnlikelihood } from './chinese-likelihood.ts';
import { readsAsWriting } from './writing.ts';

/**
 * The legacy Chinese charsets tried after the declared one and UTF-8: Chinese mail clients
 * mislabel their charset (GBK sent as UTF-8, or with no label at all), and Chinese is what most
 * of our mail is written in. These two are not tried in an order but compared, since each reads
 * most short text of the other without an error (chinese-likelihood.ts). GB18030 is a superset
 * of GBK and GB 2312; on a tie it wins.
 */
const CHINESE_CHARSETS = ['gb18030', 'big5'];

/**
 * Valid UTF-8 is a strong signal, yet short GBK is valid UTF-8 by chance (谢谢 is D0 BB D0 BB,
 * лл): so a short UTF-8 reading is weighed against the likeliest Chinese one, which is taken
 * only when likelier by this margin (natural log of the likelihood ratio): ten times, so that a
 * lone ô or ¥ stays what it is and 一 read as һ does not.
 */
const UTF8_MARGIN = Math.log(10);
/**
 * A part that declares UTF-8 keeps it unless its UTF-8 reading is no language's writing (writing.ts)
 * and the Chinese one is a thousand times likelier: the label is right far more often than a
 * client mislabels GBK that then happens to be valid UTF-8, and a Russian or Greek word under it
 * is as unlikely as Chinese or English as mojibake is. So 为什么 (Ϊʲô) and 之前 (֮ǰ) labelled UTF-8
 * are read as Chinese, while 谢谢 (лл) keeps its label: лл is spelled as a Russian word is.
 */
const LABELLED_UTF8_MARGIN = Math.log(1000);

/**
 * Past this many characters above ASCII, valid UTF-8 is UTF-8: GBK is valid UTF-8 only by chance,
 * and chance runs short (none of the corpus's 34,907 texts in GBK is valid UTF-8; of their runs
 * of 8 Chinese characters 2 in 124,205 are, of 9 none). Longer text of another script (Russian,
 * Greek) is never weighed as Chinese, and a large part is not decoded twice.
 */
const MAX_CHANCE_UTF8_CHARACTERS = 16;

/** WHATWG reads these as windows-1252, which accepts every byte; ASCII accepts none above 0x7F. */
const ASCII_LABELS = /^(?:us-?ascii|ascii|ansi_x3\.4-1968|iso646-us|csascii)$/i;

/**
 * GB18030 decodes almost any Big5 byte string without error, into characters of its user-defined
 * area among others: nobody types private-use characters, so a legacy reading that yields them is
 * the wrong one.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/;

/** Charsets that read any byte as a character of their own, so a label naming one proves nothing. */
const SINGLE_BYTE = /^(?:ibm866|iso-8859-\d+|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic)$/;

const MAX_CACHED_DECODERS = 256;
const decoders = new Map<string, InstanceType<typeof TextDecoder> | null>();

function strictDecoder(label: string): InstanceType<typeof TextDecoder> | null {
  let decoder = decoders.get(label);
  if (decoder !== undefined) return decoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    decoder = null;
  }
  if (decoders.size < MAX_CACHED_DECODERS) decoders.set(label, decoder);
  return decoder;
}

/** The encoding a label names (`GB2312` → `gbk`), or undefined for a label TextDecoder does not know. */
export function encodingNamed(label: string): string | undefined {
  return strictDecoder(label.trim().toLowerCase())?.encoding;
}

interface Reading {
  /** The canonical name of the charset read in. */
  charset: string;
  text: string;
}

/** `bytes` read in `label`, unless they are not valid there or read into private-use characters. */
function reading(bytes: Uint8Array, label: string): Reading | undefined {
  if (ASCII_LABELS.test(label)) return bytes.every((byte) => byte < 0x80) ? { charset: 'utf-8', text: Buffer.from(bytes).toString('latin1') } : undefined;
  const decoder = strictDecoder(label);
  if (!decoder) return undefined;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  return decoder.encoding.startsWith('utf-') || !PRIVATE_USE.test(text) ? { charset: decoder.encoding, text } : undefined;
}

function likeliestChinese(bytes: Uint8Array): (Reading & { cost: number }) | undefined {
  let likeliest: (Reading & { cost: number }) | undefined;
  for (const label of CHINESE_CHARSETS) {
    const chinese = reading(bytes, label);
    if (!chinese) continue;
    const cost = chineseUnlikelihood(chinese.text);
    if (!likeliest || cost < likeliest.cost) likeliest = { ...chinese, cost };
  }
  return likeliest;
}

function mayBeChanceUtf8(text: string): boolean {
  let above = 0;
  for (const character of text) {
    if (character.charCodeAt(0) >= 0x80 && ++above > MAX_CHANCE_UTF8_CHARACTERS) return false;
  }
  return above > 0;
}

/**
 * UTF-8 when the bytes are valid in it, unless they are short and the GB18030 or Big5 reading is
 * likelier by UTF8_MARGIN (or, for a part labelled UTF-8, its UTF-8 reading is no writing and the
 * other is likelier by LABELLED_UTF8_MARGIN); else the GB18030 or Big5 reading likelier as Chinese.
 */
function fallbackCharset(bytes: Uint8Array, labelledUtf8 = false): string | undefined {
  const utf8 = reading(bytes, 'utf-8');
  if (utf8 && (!mayBeChanceUtf8(utf8.text) || (labelledUtf8 && readsAsWriting(utf8.text)))) return utf8.charset;
  const chinese = likeliestChinese(bytes);
  if (!utf8) return chinese?.charset;
  const margin = labelledUtf8 ? LABELLED_UTF8_MARGIN : UTF8_MARGIN;
  return chinese && chinese.cost + margin < chineseOrEnglishUnlikelihood(utf8.text) ? chinese.charset : utf8.charset;
}

export function invalidEncoding(what: string): ChannelError {
  return new ChannelError(400, 'invalid_encoding', `${what} is not valid in its declared charset, UTF-8, GB18030 or Big5`);
}

/**
 * Bytes above 0x7F that only ever come two or more together, four or more in all: Chinese in
 * UTF-8 or GBK (GB 2312's characters have both bytes above 0xA0). Text in a single-byte charset
 * has its accented letters between plain ones. Big5, whose second bytes are often ASCII letters,
 * cannot be told from Latin-1 this way and keeps its label.
 */
function looksMultiByte(bytes: Uint8Array): boolean {
  let high = 0;
  let run = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high += 1;
      run += 1;
    } else {
      if (run === 1) return false;
      run = 0;
    }
  }
  return run !== 1 && high >= 4;
}

/**
 * The charset to read `bytes` in: the declared one when they are valid in it, else UTF-8, else
 * GB18030 or Big5, whichever reads them as likelier Chinese; short UTF-8 (declared or not) is
 * weighed against that Chinese reading (fallbackCharset). A single-byte label (iso-8859-1,
 * windows-1252…) is tried last on bytes that read as Chinese, since such a charset accepts every
 * byte: GBK sent by a client that labels everything Latin-1 would otherwise be stored as
 * mojibake. Throws 400 invalid_encoding when none reads them, so that no replacement character or
 * mojibake is ever stored.
 */
export function readableCharset(bytes: Uint8Array, declared: string | undefined, what: string): string {
  const label = declared?.trim().toLowerCase();
  const declaredEncoding = label === undefined ? undefined : strictDecoder(label)?.encoding;
  const charset =
    label === undefined
      ? fallbackCharset(bytes)
      : declaredEncoding === 'utf-8'
        ? fallbackCharset(bytes, true)
        : declaredEncoding && SINGLE_BYTE.test(declaredEncoding) && looksMultiByte(bytes)
        ? (fallbackCharset(bytes) ?? reading(bytes, label)?.charset)
        : (reading(bytes, label)?.charset ?? fallbackCharset(bytes));
  if (charset) return charset;
  throw invalidEncoding(what);
}
