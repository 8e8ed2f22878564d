export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const INTENTS = ['complaint', 'praise', 'suggestion', 'inquiry', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export type Language = 'zh' | 'en' | 'other';

export interface ClassifierInput {
  text: string;
  subject?: string;
  /** CSAT 1–5 when the message carried one. */
  rating?: number;
  /** NPS 0–10 when the message carried one. */
  nps?: number;
  /** What the processor knows of this customer's recent history, for escalation rules. */
  history?: { recentComplaints: number; unresolvedComplaints: number };
}

export interface Classification {
  language: Language;
  /** zh-Hant input is converted to simplified for analysis; this says what came in. */
  script?: 'simplified' | 'traditional';
  sentiment: { label: SentimentLabel; score: number };
  complaintTypes: { type: string; confidence: number }[];
  intent: Intent;
  urgent: boolean;
  urgentReason?: string;
  /** Which words or rules drove each decision, for support agents and tuning. */
  explanations: string[];
}

export interface Classifier {
  readonly name: string;
  classify(input: ClassifierInput): Promise<Classification>;
}
