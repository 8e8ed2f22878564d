/**
 * English sarcasm opens with praise the rest takes back: "Great. Just great. Paid for next day delivery,
 * 5 days later still nothing", "Oh fantastic, another 45 minutes waiting", "Oh I just LOVED paying $32 for
 * parking". The praise words outweigh the complaint for the lexicon and the model, so the review came out
 * positive. Only openers that are irony's own forms count (praise echoed with "just", "Oh" before it,
 * loving a grievance), and only where the message also has a complaint type: "Amazing. Just amazing. The
 * brisket melts." and "Oh what a gem." are praise.
 */
const PRAISE = 'great|fantastic|brilliant|perfect|wonderful|lovely|amazing|awesome|marvellous|marvelous|superb';
const ECHOED = new RegExp(`^\\W*(${PRAISE})[.!]+\\s+just\\s+\\1\\b`, 'i');
const OH_PRAISE = new RegExp(`^\\W*oh,?\\s+(?:how\\s+)?(${PRAISE})\\b[,.!]`, 'i');
const LOVED_A_GRIEVANCE = /\b(?:just|really|absolutely|totally)\s+(loved?|adored?|loving)\s+(?:paying|waiting|being charged|being ignored|being told|getting charged)\b/i;

/** The sarcastic praise a message opens with or dwells on, or undefined. */
export function sarcasticPraise(text: string): string | undefined {
  return (ECHOED.exec(text) ?? OH_PRAISE.exec(text) ?? LOVED_A_GRIEVANCE.exec(text))?.[0].trim();
}
