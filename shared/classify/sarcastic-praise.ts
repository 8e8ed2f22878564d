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
const OH_PRAISE = new RegExp(`^\\W*oh,?\\s+(?:how\\s+)?(${PRAISE}|good|great)\\b[,.!]`, 'i');
const LOVED_A_GRIEVANCE = /(?:\b(?:just|really|absolutely|totally)\s+|^\W*(?:i\s+)?)(loved?|adored?|loving)\s+(?:paying|waiting|being charged|being ignored|being told|getting charged)\b/i;

/** Tweets at a brand: praise opening on one more of a grievance ("@SkyJetAir great, another 3 hour delay"). */
const PRAISE_THEN_MORE = new RegExp(`^\\W*(?:@\\w+\\s+)*(?:wow,?\\s+)?(?:${PRAISE}|yay|cool|nice)[,.!]+\\s+(?:yet\\s+)?another\\b`, 'i');
/** Irony that says itself, with or without a type found: thanks or praise for a loss ("thanks for losing my bag", "nice job losing my stroller", "thanks for nothing"), the tag (#not, #sarcasm). */
const THANKS_FOR_A_LOSS =
  /\b(?:thanks?\s+(?:(?:so much|a lot)\s+)?(?:@\w+\s+)?for|(?:nice|great|good|fantastic|brilliant|amazing)\s+(?:job|work)|well done|way to go)\s+(?:nothing\b|(?:losing|wasting|ruining|breaking|ignoring|damaging|cancell?ing|delaying|overcharging|stranding)\b)/i;
const TAGGED = /#(?:not|sarcasm)\b/i;

/**
 * Applause with no praise word in the grievance it frames ("great job guys 👏 internet down again", "nice one
 * @Ryanair, 4 hour delay"), or the upside-down face (🙃). Only opening the message (closing it, "hot n fresh.
 * good job", it is mostly meant) and only where the rest praises nothing: "Great job guys, the food was lovely
 * but parking was tight" is praise.
 */
const CHEER = '(?:(?:great|nice|good|fantastic|brilliant|awesome)\\s+(?:job|one|work)|well done|way to go|bravo|kudos)';
const CHEER_OPENING = new RegExp(`^\\W*(?:@\\w+\\s+)*${CHEER}\\b(?:\\s+(?:guys|team|folks|@\\w+))*[\\s,.!👏]*`, 'iu');
const PRAISE_IN_REST = /\b(?:great|good|nice|love|loved|lovely|amazing|excellent|fantastic|thanks?|thank you|awesome|perfect|best|friendly|helpful|delicious|quick|fast)\b/i;
const UPSIDE_DOWN = /🙃/u;
/** With no complaint type found, the rest must name a failure itself ("internet down again"). */
const FAILURE_IN_REST = /\b(?:(?:is|was|went|been|still|internet|wifi|app|site|service|system)\s+down|outage|crashed|(?:not|isn'?t|doesn'?t|stopped)\s+working|delay(?:ed)?|cancell?ed|lost)\b/i;

function applause(text: string, needFailure = false): string | undefined {
  const cheer = CHEER_OPENING.exec(text);
  if (cheer !== null) {
    const rest = text.slice(0, cheer.index) + text.slice(cheer.index + cheer[0].length);
    return PRAISE_IN_REST.test(rest) || (needFailure && !FAILURE_IN_REST.test(rest)) ? undefined : cheer[0].trim();
  }
  return needFailure || PRAISE_IN_REST.test(text) ? undefined : UPSIDE_DOWN.exec(text)?.[0];
}

/** The sarcastic praise a message opens with or dwells on, or undefined. */
export function sarcasticPraise(text: string): string | undefined {
  return (ECHOED.exec(text) ?? OH_PRAISE.exec(text) ?? LOVED_A_GRIEVANCE.exec(text) ?? PRAISE_THEN_MORE.exec(text) ?? THANKS_FOR_A_LOSS.exec(text) ?? TAGGED.exec(text))?.[0].trim() ?? applause(text);
}

/** Irony that needs no complaint found beside it to be read as one ("thanks for nothing", "#not"), or undefined. */
export function sarcasmSaidOutright(text: string): string | undefined {
  return (THANKS_FOR_A_LOSS.exec(text) ?? TAGGED.exec(text))?.[0].trim() ?? applause(text, true);
}
