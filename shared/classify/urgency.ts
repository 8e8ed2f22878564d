import type { ClassifierInput } from './types.ts';
import { isNegated } from './negation.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

/**
 * Escalation signals. Each trigger names its reason so an agent sees why a message jumped the
 * queue. Compensation demands only count when the message is clearly angry; a polite request
 * for a refund is routine.
 */
type Trigger = 'regulator' | 'media' | 'legal' | 'health_safety' | 'compensation' | 'repeated';

const TRIGGERS: Record<Trigger, string[]> = {
  regulator: [
    // Bare 315 and 12345 are too often room or order numbers ("315房间隔音差").
    '12315', '打12345', '12345热线', '市长热线', '12321', '12378', '12363', '315晚会', '消协', '消费者协会', '消保', '市场监管', '市监局', '工商局', '工商部门', '工信部',
    '银保监', '金融监管', '通信管理局', '有关部门', '监管部门', '卫生局', '食药监', 'regulator', 'consumer protection',
    'ombudsman', 'better business bureau', 'bbb', 'ftc', 'trading standards', 'attorney general', 'consumer council',
  ],
  media: [
    '曝光', '媒体', '微博', '抖音', '小红书', '记者', '热搜', '发到网上', '发网上', '电视台', '朋友圈', '公之于众',
    'journalist', 'the press', 'go public', 'social media', 'twitter', 'tiktok', 'reddit', 'the news', 'viral', 'expose',
  ],
  legal: ['律师', '起诉', '法院', '诉讼', '告你们', '法律途径', '法律责任', '仲裁', 'lawyer', 'attorney', 'sue', 'suing', 'lawsuit', 'legal action', 'court', 'small claims'],
  health_safety: [
    '食物中毒', '中毒', '过敏', '受伤', '拉肚子', '腹泻', '呕吐', '上吐下泻', '吐了', '住院', '进医院', '去医院', '急诊', '烫伤', '割伤',
    '触电', '漏电', '爆炸', '起火', '着火', '冒烟', '玻璃渣', '安全隐患', 'food poisoning', 'allergic', 'allergy', 'allergic reaction',
    'hospital', 'injured', 'injury', 'got sick', 'made me sick', 'vomit*', 'diarrhea', 'diarrhoea', 'burned', 'electric shock',
    'caught fire', 'fire hazard', 'choking', 'glass in',
  ],
  // Demands, not mentions: "快递公司说只能按运费赔偿" is the company's offer, not anger.
  compensation: [
    '要求赔偿', '必须赔偿', '赔偿我', '给我赔偿', '要赔偿', '你们赔', '赔钱', '索赔', '退一赔三', '退一赔十', '精神损失', '给个说法', '给我个说法',
    'want compensation', 'demand compensation', 'compensate me', 'demand a refund', 'i demand', 'reimburse me',
  ],
  repeated: [
    '多次投诉', '投诉了好几次', '投诉好几次', '第三次', '第四次', '反复投诉', '多次反映', '反映了好几次', '一直没人处理', '至今没有解决',
    '至今未解决', '还是没解决', '还是没有解决', '说了好几次', 'third time', 'fourth time', 'several times', 'multiple times',
    'many times', 'again and again', 'still not resolved', 'still unresolved', 'still no response',
  ],
};

const REASONS: Record<Trigger, string> = {
  regulator: 'threatens to go to a regulator',
  media: 'threatens media or social-media exposure',
  legal: 'threatens legal action',
  health_safety: 'reports harm to health or safety',
  compensation: 'angrily demands compensation',
  repeated: 'repeated unresolved complaint',
};

const matcher = new PhraseMatcher<Trigger>(
  (Object.entries(TRIGGERS) as [Trigger, string[]][]).flatMap(([trigger, phrases]) => phrases.map((p) => [p, trigger] as const)),
);

/** Sentiment at or below this makes a compensation demand an angry one. */
export const ANGRY_SENTIMENT = -0.5;
/** Unresolved complaints in the customer's history that make a new one urgent. */
export const REPEATED_UNRESOLVED = 2;

export interface UrgencyResult {
  urgent: boolean;
  urgentReason?: string;
  explanations: string[];
}

export function detectUrgency(analysisText: string, sentimentScore: number, history: ClassifierInput['history']): UrgencyResult {
  const reasons = new Map<Trigger, string>();
  for (const hit of matcher.findAll(analysisText)) {
    if (reasons.has(hit.value)) continue;
    if (hit.value === 'health_safety' && isNegated(analysisText, hit.start)) continue;
    if (hit.value === 'compensation' && sentimentScore > ANGRY_SENTIMENT) continue;
    reasons.set(hit.value, `${REASONS[hit.value]} ("${hit.phrase}")`);
  }
  if (!reasons.has('repeated') && history && history.unresolvedComplaints >= REPEATED_UNRESOLVED && sentimentScore < 0) {
    reasons.set('repeated', `${REASONS.repeated} (${history.unresolvedComplaints} unresolved in history)`);
  }
  if (reasons.size === 0) return { urgent: false, explanations: [] };
  const urgentReason = [...reasons.values()].join('; ');
  return { urgent: true, urgentReason, explanations: [`urgent: ${urgentReason}`] };
}
