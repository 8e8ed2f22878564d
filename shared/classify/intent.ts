import type { Intent, SentimentLabel } from './types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

/**
 * Intent from cue phrases and sentiment. A negative message is a complaint even when phrased
 * as a question ("怎么还没送到？"); a suggestion cue wins over mild negativity ("希望能快一点").
 */
type Cue = 'complaint' | 'suggestion' | 'inquiry';

const CUES: [string, Cue][] = [
  ...['投诉', '差评', '举报', '维权', '曝光', '索赔', 'complain*', 'complaint', 'unacceptable', 'disappointed'].map((p) => [p, 'complaint'] as [string, Cue]),
  ...[
    '建议', '希望能', '希望可以', '希望你们', '希望以后', '最好能', '如果能', '要是能', '可以考虑', '能否增加', '应该增加', '能不能增加',
    '能不能加', '期待', '改进', '改善一下', '提个意见', 'suggest*', 'it would be nice', 'would be great if', 'would be nice',
    'please add', 'consider adding', 'should add', 'i wish', 'feature request', 'could you add', 'it would help',
  ].map((p) => [p, 'suggestion'] as [string, Cue]),
  ...[
    '请问', '问一下', '咨询', '想问', '想了解', '怎么', '如何', '什么时候', '多久', '是否', '能不能', '可不可以', '可以吗', '有没有',
    '吗?', '吗？', '呢?', '呢？', '哪里', '几点', 'how do', 'how can', 'how long', 'when will', 'when does', 'what is',
    'what are', 'is there', 'are there', 'can i', 'could you tell', 'do you', 'does the', 'where can', 'wondering',
  ].map((p) => [p, 'inquiry'] as [string, Cue]),
];

const matcher = new PhraseMatcher<Cue>(CUES);

export interface IntentResult {
  intent: Intent;
  explanation: string;
}

/** A suggestion that is this negative or worse is a complaint with a wish attached. */
const SUGGESTION_NEGATIVITY_LIMIT = -0.6;

export function detectIntent(text: string, sentiment: { label: SentimentLabel; score: number }, hasComplaintTypes: boolean): IntentResult {
  const found = new Map<Cue, string>();
  for (const hit of matcher.findAll(text)) if (!found.has(hit.value)) found.set(hit.value, hit.phrase);
  const asksQuestion = text.includes('?') || text.includes('？');
  const complaintCue = found.get('complaint');
  const suggestionCue = found.get('suggestion');
  const inquiryCue = found.get('inquiry') ?? (asksQuestion ? '?' : undefined);

  if (complaintCue && sentiment.label !== 'positive') return { intent: 'complaint', explanation: `intent complaint: "${complaintCue}"` };
  if (suggestionCue && sentiment.score > SUGGESTION_NEGATIVITY_LIMIT) {
    return { intent: 'suggestion', explanation: `intent suggestion: "${suggestionCue}"` };
  }
  if (sentiment.label === 'negative') {
    return { intent: 'complaint', explanation: `intent complaint: negative sentiment${hasComplaintTypes ? ' with complaint types' : ''}` };
  }
  if (inquiryCue) return { intent: 'inquiry', explanation: `intent inquiry: "${inquiryCue}"` };
  if (sentiment.label === 'positive') return { intent: 'praise', explanation: 'intent praise: positive sentiment' };
  return { intent: 'other', explanation: 'intent other: no cue and neutral sentiment' };
}
