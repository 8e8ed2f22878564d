import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { chineseAnalysisText } from './chinese-wording.ts';
import { HK_VARIANTS_NOT_IN_TW, toSimplified } from './traditional.ts';
import type { Language } from './types.ts';
import { withoutBidiControls } from '../text.ts';

/**
 * Language and script detection by Unicode block counts: no model, microseconds per message.
 * Chinese is recognised by Han characters unless kana or hangul say it is Japanese or Korean;
 * Latin text counts as English unless accented letters without English function words say otherwise.
 */
export interface DetectedLanguage {
  language: Language;
  script?: 'simplified' | 'traditional';
  /** Lower-cased, NFKC-normalised text; for Chinese, converted to simplified characters. */
  analysisText: string;
  /** Chinese only: English, dialect or Cantonese words the analysis text holds in standard Chinese ("noisy → 吵"). */
  wordsRead?: readonly string[];
}

const ENGLISH_COMMON_WORDS = new Set(
  (
    'the a an and or but is are was were be been am i you he she it we they my your our their me us them ' +
    'this that these those to of in on at for with from by not no never do does did have has had will would ' +
    'can could should please thanks thank very so too just still again what when where why how which who ' +
    'there here if then than order service food delivery hotel room staff app account refund money ' +
    'time day days hour hours minutes good bad great terrible awful late slow rude cold wrong nice ' +
    'love hate worst best ever really get got any all some more much its it\'s i\'m don\'t didn\'t can\'t won\'t'
  ).split(' '),
);

/**
 * Characters OpenCC converts from traditional to simplified, as a bitmap over UTF-16 code units:
 * checking a message costs one array read per character, and only a message with one goes to the converter.
 */
const TRADITIONAL_CHARACTERS = traditionalCharacters(`${TS_CHARACTERS}|${HK_VARIANTS_NOT_IN_TW}`);

/**
 * The dictionary is "from to|from to…": read in place, since splitting its 3,500 entries into
 * strings was a good part of this module's import time.
 */
export function traditionalCharacters(dictionary: string): Uint8Array {
  const characters = new Uint8Array(65536);
  for (let start = 0; start < dictionary.length; ) {
    let end = dictionary.indexOf('|', start);
    if (end < 0) end = dictionary.length;
    let fromEnd = dictionary.indexOf(' ', start);
    if (fromEnd < 0 || fromEnd > end) fromEnd = end;
    let toEnd = fromEnd < end ? dictionary.indexOf(' ', fromEnd + 1) : -1;
    if (toEnd < 0 || toEnd > end) toEnd = end;
    const from = dictionary.charCodeAt(start);
    // Characters outside the BMP are left to the converter's own handling of the whole text.
    const single = fromEnd === start + 1;
    const unchanged = fromEnd < end && toEnd === fromEnd + 2 && dictionary.charCodeAt(fromEnd + 1) === from;
    if (single && !unchanged) characters[from] = 1;
    start = end + 1;
  }
  return characters;
}

/**
 * Characters that the converter changes but that are also normal in simplified text (著名, 乾坤);
 * one of them alone does not make a message traditional.
 */
const AMBIGUOUS_TRADITIONAL: ReadonlySet<number> = new Set(['著', '乾', '瞭', '麽', '於', '裡', '祇', '藉', '餘', '夥'].map((character) => character.charCodeAt(0)));

/**
 * What detection reads of the text's characters, counted in one pass: four passes (the scripts,
 * the Latin words, the traditional characters) each read every character again.
 */
interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  otherLetters: number;
  /** Runs of two or more a–z letters: text.match(/[a-z]{2,}/g)?.length ?? 0, without the array. */
  latinWords: number;
  /** Whether some character is one OpenCC converts (TRADITIONAL_CHARACTERS). */
  traditional: boolean;
}

/** Reused: detection is synchronous, and an object per message was garbage. */
const lastCounts: ScriptCounts = { han: 0, kana: 0, hangul: 0, otherLetters: 0, latinWords: 0, traditional: false };

function countScripts(text: string): ScriptCounts {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let otherLetters = 0;
  let latinWords = 0;
  let run = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    traditional |= TRADITIONAL_CHARACTERS[code]!;
    if (code >= 97 && code <= 122) {
      run += 1;
      continue;
    }
    if (run >= 2) latinWords += 1;
    run = 0;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) {
      han += 1;
    } else if (code >= 0x3040 && code <= 0x30ff) {
      kana += 1;
    } else if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) {
      hangul += 1;
    } else if ((code >= 0x0370 && code <= 0x06ff) || (code >= 0x0900 && code <= 0x0e7f)) {
      otherLetters += 1;
    }
  }
  if (run >= 2) latinWords += 1;
  lastCounts.han = han;
  lastCounts.kana = kana;
  lastCounts.hangul = hangul;
  lastCounts.otherLetters = otherLetters;
  lastCounts.latinWords = latinWords;
  lastCounts.traditional = traditional === 1;
  return lastCounts;
}

/**
 * Whether toLowerCase could change this (already NFKC) text. Only ASCII, CJK (U+2E80–U+9FFF)
 * and the halfwidth/fullwidth block outside its letters are known to have no case; anything
 * else goes to toLowerCase, which for Chinese text allocates a copy that is the same.
 */
function mayHaveCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) return true;
    } else if (!(code >= 0x2e80 && code <= 0x9fff) && !(code >= 0xff00 && code <= 0xffef && !(code >= 0xff21 && code <= 0xff3a) && !(code >= 0xff41 && code <= 0xff5a))) {
      return true;
    }
  }
  return false;
}

/** Phones type "don’t" with a curly apostrophe (NFKC keeps it); every English stage reads the straight one. */
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** 俩 is two of a thing ("等了俩小时", "我们俩"): written out, every count the rules read (两个小时) reads it. Not 伎俩, a trick. */
const TWO_OF = /(?<!伎)[俩倆]/g;

/** Bidi controls are dropped: kept, they would travel into the reasons that quote the message and turn the console's own wording around them. */
export function normaliseText(text: string): string {
  const normalised = withoutBidiControls(text.normalize('NFKC').replace(TWO_OF, '两个'));
  return mayHaveCase(normalised) ? normalised.toLowerCase().replace(CURLY_APOSTROPHES, "'") : normalised;
}

const LATIN_WORD_CHARACTER = /[a-z\u00c0-\u024f']/;
const LATIN_WORDS = /[a-z\u00c0-\u024f']+/g;
const ACCENTED_LETTER = /[\u00c0-\u024f]/;

/**
 * Plain ASCII Latin text is taken as English (short messages like "lovely stay" have no function
 * words to go on); text with accented letters must show English function words, so French,
 * Spanish or German feedback comes out as `other`.
 */
function looksEnglish(text: string): boolean {
  if (!LATIN_WORD_CHARACTER.test(text)) return false;
  if (!ACCENTED_LETTER.test(text)) return true;
  // Only accented text needs its words, to count the English ones among them.
  const words = text.match(LATIN_WORDS)!;
  let common = 0;
  for (const word of words) if (ENGLISH_COMMON_WORDS.has(word)) common += 1;
  return common / words.length >= 0.3;
}

function countChangedCharacters(original: string, converted: string): number {
  if (original === converted) return 0;
  let changed = 0;
  let onlyAmbiguous = true;
  const length = Math.min(original.length, converted.length);
  // By code unit: indexing a string makes a one-character string of each Chinese character.
  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    if (code !== converted.charCodeAt(i)) {
      changed += 1;
      if (!AMBIGUOUS_TRADITIONAL.has(code)) onlyAmbiguous = false;
    }
  }
  return onlyAmbiguous && changed < 2 ? 0 : changed;
}

function chinese(script: 'simplified' | 'traditional', analysisText: string, wordsRead: string[]): DetectedLanguage {
  return wordsRead.length > 0 ? { language: 'zh', script, analysisText, wordsRead } : { language: 'zh', script, analysisText };
}

export function detectLanguage(rawText: string): DetectedLanguage {
  const text = normaliseText(rawText);
  const counts = countScripts(text);
  const { latinWords } = counts;
  const foreignScript = counts.kana + counts.hangul + counts.otherLetters;

  if (counts.han > 0 && counts.han >= latinWords && foreignScript <= counts.han * 0.1) {
    const wordsRead: string[] = [];
    if (!counts.traditional) return chinese('simplified', chineseAnalysisText(text, false, wordsRead), wordsRead);
    const simplified = toSimplified(text);
    const traditional = countChangedCharacters(text, simplified) > 0;
    return chinese(traditional ? 'traditional' : 'simplified', chineseAnalysisText(simplified, traditional, wordsRead), wordsRead);
  }
  if (foreignScript === 0 && looksEnglish(text)) return { language: 'en', analysisText: text };
  return { language: 'other', analysisText: text };
}
