/** Scripts a word keeps to: a letter of another beside them is no word of any language. */
const ALPHABETS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Thai', 'Devanagari', 'Georgian'].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
/** Written among the letters of any alphabet: Chinese and Japanese mail puts Latin words beside Han and kana. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
/** IPA and the spacing modifier letters: phonetics, not what a customer writes. */
const PHONETIC = /[\u0250-\u02ff]/;
const INHERITED_MARK = /\p{Script=Inherited}/u;

function alphabetOf(character: string): string {
  if (character.charCodeAt(0) < 0x80) return 'Latin';
  return ALPHABETS.find(([, pattern]) => pattern.test(character))?.[0] ?? `U+${character.codePointAt(0)!.toString(16)}`;
}

/**
 * Whether a text reads as some language's writing: each word's letters of one alphabet (beside
 * Han, kana or Hangul), no phonetic letter, each mark on a letter of its own script (a combining
 * accent on a Latin one). GBK read as UTF-8 by chance mixes them: 一些 is һЩ (Cyrillic), 之前 ֮ǰ
 * (a Hebrew accent on nothing, then Latin), 小时 Сʱ (a modifier letter). Russian, Greek, Hebrew
 * or Vietnamese words read as writing, whatever the language.
 */
export function readsAsWriting(text: string): boolean {
  if (PHONETIC.test(text)) return false;
  for (const word of text.match(WORD) ?? []) {
    const alphabets = new Set<string>();
    let base: string | undefined;
    for (const character of word) {
      if (/\p{M}/u.test(character)) {
        // Marks stack (Hebrew's shin dot over a vowel point): each belongs to the letter before them.
        if (!base || (INHERITED_MARK.test(character) ? base !== 'Latin' : base !== alphabetOf(character))) return false;
        continue;
      }
      base = alphabetOf(character);
      if (!CJK.test(character)) alphabets.add(base);
    }
    if (alphabets.size > 1) return false;
  }
  return true;
}
