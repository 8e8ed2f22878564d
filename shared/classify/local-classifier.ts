import type { AnalysedClause } from './analysed-clause.ts';
import { ComplaintTypeDetector, type ComplaintTypeScore } from './complaint-types.ts';
import { analyseEnglish } from './en-sentiment.ts';
import { listForExplanation } from './explanation.ts';
import { detectIntent, findIntentCues, isRequestOnly } from './intent.ts';
import { detectLanguage } from './language.ts';
import type { ZhSentimentModel } from './sentiment-model.ts';
import { combineSentiment } from './sentiment.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.ts';
import type { Classification, Classifier, ClassifierInput, Language, SentimentLabel } from './types.ts';
import { detectUrgency } from './urgency.ts';
import { zhSentimentModel } from './zh-model.ts';
import { analyseChinese } from './zh-sentiment.ts';

export interface LocalClassifier extends Classifier {
  /** Same as classify, without the promise: for benchmarks, the CLI and hot loops. */
  classifySync(input: ClassifierInput): Classification;
  /**
   * Complaint types, intent and urgency from the local rules around a sentiment (and language)
   * decided elsewhere, e.g. by Amazon Comprehend (adapters/aws/comprehend-classifier.ts).
   */
  classifyWithSentiment(input: ClassifierInput, external: ExternalSentiment): Classification;
}

export interface ExternalSentiment {
  label: SentimentLabel;
  /** In [-1, 1]. */
  score: number;
  language?: Language;
  script?: 'simplified' | 'traditional';
  /** Where it came from, for the explanations. */
  source: string;
}

export interface LocalClassifierOptions {
  /** Defaults to the built-in taxonomy; pass loadTaxonomy() to honour COMPLAINT_TAXONOMY_FILE. */
  taxonomy?: Taxonomy;
  /** Defaults to the committed model; evaluation passes one trained without held-out data. */
  sentimentModel?: ZhSentimentModel;
}

/** Complaint phrases are negative evidence: per unit of summed type confidence (capped at 2). */
const COMPLAINT_EVIDENCE_WEIGHT = 1.0;
/**
 * Longer messages (pasted email threads) are analysed on their first 5,000 characters, which
 * keeps one message to milliseconds; Comprehend has the same limit in bytes.
 */
const MAX_ANALYSED_CHARACTERS = 5000;
/** Text at least this positive is praise; its topic words are not complaint types. */
const CLEARLY_POSITIVE = 0.5;

interface TextAnalysis {
  raw: number;
  lexiconScore: number;
  lexiconHits: number;
  clauses: AnalysedClause[];
  explanations: string[];
}

/** Offline classifier: no network, model and lexicons in the bundle, tens of µs per message. */
export function createLocalClassifier(options: LocalClassifierOptions = {}): LocalClassifier {
  const complaintTypes = new ComplaintTypeDetector(options.taxonomy ?? DEFAULT_TAXONOMY);
  const analyseText = (language: Language, text: string): TextAnalysis =>
    language === 'zh' ? analyseChinese(text, options.sentimentModel ?? zhSentimentModel()) : analyseEnglish(text);

  const prepare = (input: ClassifierInput) => {
    const fullText = input.subject ? `${input.subject}。${input.text}` : input.text;
    const detected = detectLanguage(fullText.length > MAX_ANALYSED_CHARACTERS ? fullText.slice(0, MAX_ANALYSED_CHARACTERS) : fullText);
    const text = analyseText(detected.language, detected.analysisText);
    return { detected, cues: findIntentCues(detected.analysisText), text };
  };

  const finish = (
    input: ClassifierInput,
    { detected, cues, text }: ReturnType<typeof prepare>,
    sentiment: { label: SentimentLabel; score: number },
    types: ComplaintTypeScore[],
    explanations: string[],
    language: { language: Language; script?: 'simplified' | 'traditional' | undefined } = detected,
  ): Classification => {
    const intent = detectIntent(cues, sentiment, types.length > 0);
    const reportedTypes = intent.intent === 'complaint' ? types : [];
    const urgency = detectUrgency(detected.analysisText, sentiment.score, input.history);
    explanations.push(
      `sentiment ${sentiment.label} ${sentiment.score}`,
      ...reportedTypes.map((t) => `complaint type ${t.type} ${t.confidence}: ${listForExplanation(t.phrases, ', ')}`),
      intent.explanation,
      ...urgency.explanations,
    );
    const classification: Classification = {
      language: language.language,
      sentiment: { label: sentiment.label, score: sentiment.score },
      complaintTypes: reportedTypes.map(({ type, confidence }) => ({ type, confidence })),
      intent: intent.intent,
      urgent: urgency.urgent,
      explanations,
    };
    if (language.script) classification.script = language.script;
    if (urgency.urgentReason) classification.urgentReason = urgency.urgentReason;
    return classification;
  };

  const classifySync = (input: ClassifierInput): Classification => {
    const prepared = prepare(input);
    const { detected, cues, text } = prepared;
    const explanations = [`language ${detected.language}${detected.script ? ` (${detected.script})` : ''}`, ...text.explanations];

    let raw = text.raw;
    const types = Math.tanh(raw / 2) < CLEARLY_POSITIVE ? complaintTypes.detect(text.clauses) : [];
    // A question or suggestion with no sentiment word and no problem phrase ("请问几点开门") is
    // neutral: the model learnt from reviews, where "你们…" mostly opens a complaint, so its
    // lean on such text means nothing.
    const requestOnly = isRequestOnly(cues) && text.lexiconHits === 0 && !types.some((t) => t.problem);
    if (requestOnly) {
      raw = 0;
      explanations.push('question/suggestion without sentiment words or problem phrases: neutral');
    } else if (types.length > 0) {
      const evidence = Math.min(types.reduce((sum, t) => sum + t.confidence, 0), 2);
      raw -= COMPLAINT_EVIDENCE_WEIGHT * evidence;
      explanations.push(`complaint phrases count as negative evidence (${(-COMPLAINT_EVIDENCE_WEIGHT * evidence).toFixed(2)})`);
    }
    const sentiment = combineSentiment(raw, text.lexiconHits + types.length, input);
    explanations.push(...sentiment.explanations);
    return finish(input, prepared, sentiment, types, explanations);
  };

  const classifyWithSentiment = (input: ClassifierInput, external: ExternalSentiment): Classification => {
    const prepared = prepare(input);
    const types = external.score < CLEARLY_POSITIVE ? complaintTypes.detect(prepared.text.clauses) : [];
    const language = { language: external.language ?? prepared.detected.language, script: external.script ?? prepared.detected.script };
    const explanations = [`language ${language.language}${language.script ? ` (${language.script})` : ''} and sentiment from ${external.source}`];
    return finish(input, prepared, external, types, explanations, language);
  };

  return { name: 'local', classifySync, classifyWithSentiment, classify: async (input) => classifySync(input) };
}
