import type { Intent, SentimentLabel } from './types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

/**
 * Intent from cue phrases and sentiment. A clearly negative message is a complaint even when
 * phrased as a question ("怎么还没送到？") or a wish ("希望下次别再送错了，太气人"); a plain
 * question or suggestion without negative words stays an inquiry or suggestion.
 */
type Cue = 'complaint' | 'suggestion' | 'weakSuggestion' | 'inquiry' | 'weakInquiry';

const phrases = (cue: Cue, list: string[]) => list.map((phrase) => [phrase, cue] as [string, Cue]);

const matcher = new PhraseMatcher<Cue>([
  // "@Shop where's my package??": asking after what should have come is a complaint, not a question.
  ...phrases('complaint', ['投诉', '差评', '举报', '维权', '索赔', 'complain*', 'complaint', 'unacceptable', 'where is my', "where's my", 'wheres my']),
  ...phrases('suggestion', [
    '建议增加', '建议你们', '建议商家', '建议酒店', '建议在', '希望', '最好能', '如果能', '要是能', '可以考虑', '能否增加', '应该增加',
    '能不能增加', '能不能加', '提个意见', '提个建议', 'i suggest', 'we suggest', 'it would be nice', 'would be great if',
    'would be nice', 'please add', 'consider adding', 'should add', 'i wish', 'feature request', 'could you add', 'it would help',
    'please consider',
  ]),
  // "建议" is also a noun ("给了很多建议"): on its own it loses to clear praise.
  ...phrases('weakSuggestion', ['建议', '期待', '改进', '改善', 'suggest*', 'recommend adding', 'idea']),
  ...phrases('inquiry', [
    '请问', '问一下', '问下', '咨询', '想问', '想了解', '想知道', 'how do', 'how can', 'how long', 'when will', 'when does', 'what is',
    'what are', 'what time', 'is there', 'are there', 'can i', 'could you tell', 'do you', 'does the', 'where can', 'wondering',
  ]),
  // In reviews these are as often rhetorical ("怎么回事", "有没有搞错"): intent, but no say on sentiment.
  ...phrases('weakInquiry', ['怎么', '如何', '什么时候', '多久', '是否', '能不能', '可不可以', '可以吗', '有没有', '吗?', '吗？', '呢?', '呢？', '哪里', '几点']),
]);

/** A sentence-final question particle without a question mark: "发票可以开公司抬头吗". */
const QUESTION_ENDING = /[吗呢么][\s。.!！~]*$/;

/** A whole English message that is one question opened by an auxiliary ("Is breakfast included in the price?", "Does the room have a kettle?"). */
const ENGLISH_QUESTION = /^\s*(is|are|does|do|can|could|will|would)\s[^.!?]*\?\s*$/i;

export type IntentCues = Partial<Record<Cue, string>>;

export function findIntentCues(text: string): IntentCues {
  const cues: IntentCues = {};
  const hits = matcher.scan(text);
  for (let h = 0; h < hits; h++) cues[matcher.value(h)] ??= matcher.phrase(h);
  cues.inquiry ??= ENGLISH_QUESTION.exec(text)?.[1];
  if (!cues.weakInquiry && (text.includes('?') || text.includes('？') || QUESTION_ENDING.test(text))) cues.weakInquiry = '?';
  return cues;
}

/** Plainly asking or suggesting ("请问…", "建议增加…"), with no complaint cue. */
export function isRequestOnly(cues: IntentCues): boolean {
  return !cues.complaint && (cues.inquiry !== undefined || cues.suggestion !== undefined);
}

export interface IntentResult {
  intent: Intent;
  explanation: string;
}

/** A suggestion this negative or worse is a complaint with a wish attached. */
const SUGGESTION_NEGATIVITY_LIMIT = -0.6;
/** Praise this clear outweighs a weak suggestion cue. */
const CLEAR_PRAISE = 0.5;

export function detectIntent(cues: IntentCues, sentiment: { label: SentimentLabel; score: number }, hasComplaintTypes: boolean): IntentResult {
  if (cues.complaint && sentiment.label !== 'positive') return { intent: 'complaint', explanation: `intent complaint: "${cues.complaint}"` };
  const suggestion = cues.suggestion ?? (sentiment.score < CLEAR_PRAISE ? cues.weakSuggestion : undefined);
  if (suggestion && sentiment.score > SUGGESTION_NEGATIVITY_LIMIT) return { intent: 'suggestion', explanation: `intent suggestion: "${suggestion}"` };
  if (sentiment.label === 'negative') {
    return { intent: 'complaint', explanation: `intent complaint: negative sentiment${hasComplaintTypes ? ' with complaint types' : ''}` };
  }
  const inquiry = cues.inquiry ?? cues.weakInquiry;
  if (inquiry) return { intent: 'inquiry', explanation: `intent inquiry: "${inquiry}"` };
  if (sentiment.label === 'positive') return { intent: 'praise', explanation: 'intent praise: positive sentiment' };
  return { intent: 'other', explanation: 'intent other: no cue and neutral sentiment' };
}
