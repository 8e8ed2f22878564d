/**
 * English verdict idioms that, read word by word, say nothing or the opposite: "the food was to die for" read as death,
 * "can't recommend this place enough" as a refusal to recommend, "second to none" and "couldn't have asked for more" as
 * denials, "left a lot to be desired" as desire, "don't bother" and "nothing to write home about" as no fault at all.
 * Scored as AFINN words are (−5 … 5); the words inside are masked so that neither AFINN nor the model reads them one by one.
 */
const EN_IDIOMS: readonly (readonly [RegExp, number])[] = [
  [/\bcan(?:'|’)?t recommend(?: (?:this|the|it|them|him|her|these)(?: \w+)?)? (?:highly )?enough\b/gi, 4],
  [/\bcannot recommend(?: (?:this|the|it|them|him|her|these)(?: \w+)?)? (?:highly )?enough\b/gi, 4],
  [/\bto die for\b/gi, 4],
  [/\bsecond to none\b/gi, 4],
  [/\b(?:could|can)(?:n(?:'|’)?t| not) (?:have )?(?:asked|ask|wished|wish) for (?:more|better|anything more)\b/gi, 3],
  [/\bexceeded (?:all |our |my |every )?expectations?\b/gi, 3],
  [/\b(?:over the moon|blown away|spot on|on point|hit the spot|hands down|a breath of fresh air|bang for (?:the|your|our) buck)\b/gi, 3],
  [/\b(?:could|can)(?:n(?:'|’)?t| not) do enough for (?:us|me|them|everyone|the guests?)\b/gi, 4],
  [/\bnothing (?:was|is) (?:ever )?too much (?:trouble|bother|to ask)\b/gi, 4],
  [/\bwould (?:give|have given) (?:it |them )?(?:six|6|seven|7|ten|10|more than (?:five|5)|a hundred|100) stars\b/gi, 4],
  [/\bwould (?:give|have given) (?:it |them )?(?:zero|0|no|negative|minus (?:one|1|five|5)) stars\b/gi, -4],
  [/\b(?:it was|was|what|an absolute|such) a steal\b/gi, 3],
  [/\bmoney well spent\b/gi, 3],
  [/\bcan(?:'|’)?t wait to (?:come back|go back|return|order (?:again|from them again)|stay (?:again|here again)|be back)\b/gi, 3],
  [/\bpleasantly surprised\b/gi, 3],
  [/\bthumbs up\b/gi, 2],
  [/\b(?:hassle|stress|worry|trouble)[- ]free\b/gi, 2],
  [/\bthumbs down\b/gi, -2],
  [/\bnothing to write home about\b/gi, -2],
  [/\b(?:left|leaves|leave) (?:a lot|much|plenty|something|a great deal) to be desired\b/gi, -3],
  [/\bsecond[- ]rate\b/gi, -2],
  [/\bsub[- ]?par\b/gi, -2],
  [/\b(?:could|should)(?:(?:'|’)ve| have) been (?:a lot |much |way )?better\b/gi, -2],
  [/\bcould be (?:a lot |much |way )?better\b/gi, -2],
  [/\b(?:don(?:'|’)?t|do not|wouldn(?:'|’)?t|would not) (?:even )?bother\b/gi, -3],
  [/\b(?:missed the mark|went downhill|gone downhill|going downhill|rip[- ]off|waste of (?:money|time)|fell apart|falling apart|run[- ]down|worn out|hit or miss)\b/gi, -3],
];

export interface EnglishIdiom {
  start: number;
  end: number;
  value: number;
}

export interface EnglishIdioms {
  /** The text with each idiom's words blanked (same length, so offsets hold). */
  text: string;
  idioms: EnglishIdiom[];
}

/** The idioms of `text` (any case), where they stand, and the text with them blanked. */
export function englishIdioms(text: string): EnglishIdioms {
  let masked = text;
  const idioms: EnglishIdiom[] = [];
  for (const [pattern, value] of EN_IDIOMS) {
    pattern.lastIndex = 0;
    if (!pattern.test(masked)) continue;
    // The offset of the match is the first number among the arguments after its capture groups.
    masked = masked.replace(pattern, (idiom: string, ...rest: unknown[]) => {
      const start = rest.find((argument): argument is number => typeof argument === 'number')!;
      idioms.push({ start, end: start + idiom.length, value });
      return ' '.repeat(idiom.length);
    });
  }
  return { text: masked, idioms: idioms.sort((a, b) => a.start - b.start) };
}

/** The idioms that stand inside [start, end): their summed score and how each reads, for the explanation. */
export function idiomsWithin(text: string, idioms: readonly EnglishIdiom[], start: number, end: number): { score: number; found: string[] } {
  let score = 0;
  const found: string[] = [];
  for (const idiom of idioms) {
    if (idiom.start < start || idiom.end > end) continue;
    score += idiom.value;
    found.push(`${text.slice(idiom.start, idiom.end).toLowerCase()}(${idiom.value > 0 ? '+' : ''}${idiom.value})`);
  }
  return { score, found };
}
