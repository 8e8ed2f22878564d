import type { AnalysedClause } from './analysed-clause.ts';
import { ComplaintTypeDetector } from './complaint-types.ts';
import { analyseEnglish } from './en-sentiment.ts';
import { detectIntent } from './intent.ts';
import { detectLanguage } from './language.ts';
import { combineSentiment } from './sentiment.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.ts';
import type { Classification, Classifier, ClassifierInput } from './types.ts';
import { detectUrgency } from './urgency.ts';
import { zhSentimentModel } from './zh-model.ts';
import { analyseChinese } from './zh-sentiment.ts';

export { loadTaxonomy, extendTaxonomy, DEFAULT_TAXONOMY, type Taxonomy, type TaxonomyExtension } from './taxonomy.ts';
export type { Classification, Classifier, ClassifierInput } from './types.ts';

export interface LocalClassifier extends Classifier {
  /** Same as classify, without the promise: for benchmarks, the CLI and hot loops. */
  classifySync(input: ClassifierInput): Classification;
}

export interface LocalClassifierOptions {
  /** Defaults to the built-in taxonomy; pass loadTaxonomy() to honour COMPLAINT_TAXONOMY_FILE. */
  taxonomy?: Taxonomy;
}

interface TextAnalysis {
  raw: number;
  evidenceCount: number;
  clauses: AnalysedClause[];
  explanations: string[];
}

function analyseText(language: Classification['language'], analysisText: string): TextAnalysis {
  return language === 'zh' ? analyseChinese(analysisText, zhSentimentModel()) : analyseEnglish(analysisText);
}

/** Offline classifier: no network, model and lexicons in the bundle, ~tens of µs per message. */
export function createLocalClassifier(options: LocalClassifierOptions = {}): LocalClassifier {
  const complaintTypes = new ComplaintTypeDetector(options.taxonomy ?? DEFAULT_TAXONOMY);

  const classifySync = (input: ClassifierInput): Classification => {
    const fullText = input.subject ? `${input.subject}。${input.text}` : input.text;
    const detected = detectLanguage(fullText);
    const text = analyseText(detected.language, detected.analysisText);
    const sentiment = combineSentiment(text.raw, text.evidenceCount, input);
    const types = sentiment.label === 'positive' ? [] : complaintTypes.detect(text.clauses);
    const intent = detectIntent(detected.analysisText, sentiment, types.length > 0);
    const reportedTypes = intent.intent === 'complaint' ? types : [];
    const urgency = detectUrgency(detected.analysisText, sentiment.score, input.history);

    const explanations = [
      `language ${detected.language}${detected.script ? ` (${detected.script})` : ''}`,
      ...text.explanations,
      ...sentiment.explanations,
      `sentiment ${sentiment.label} ${sentiment.score}`,
      ...reportedTypes.map((t) => `complaint type ${t.type} ${t.confidence}: ${t.phrases.join(', ')}`),
      intent.explanation,
      ...urgency.explanations,
    ];
    const classification: Classification = {
      language: detected.language,
      sentiment: { label: sentiment.label, score: sentiment.score },
      complaintTypes: reportedTypes.map(({ type, confidence }) => ({ type, confidence })),
      intent: intent.intent,
      urgent: urgency.urgent,
      explanations,
    };
    if (detected.script) classification.script = detected.script;
    if (urgency.urgentReason) classification.urgentReason = urgency.urgentReason;
    return classification;
  };

  return {
    name: 'local',
    classifySync,
    classify: async (input) => classifySync(input),
  };
}
