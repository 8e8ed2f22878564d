import {
  ComprehendClient,
  DetectDominantLanguageCommand,
  DetectSentimentCommand,
  type LanguageCode,
  type SentimentScore,
} from '@aws-sdk/client-comprehend';
import { createLocalClassifier, type ExternalSentiment, type LocalClassifier } from '../../classify/local-classifier.ts';
import type { Taxonomy } from '../../classify/taxonomy.ts';
import type { Classification, Classifier, ClassifierInput, Language, SentimentLabel } from '../../classify/types.ts';

/**
 * Optional Amazon Comprehend adapter (CLASSIFIER=comprehend): Comprehend decides language and
 * sentiment; complaint types, intent and urgency come from the local rules, which Comprehend
 * has no equivalent for. Two API calls per message, so it is slower and costs money; if
 * Comprehend fails or cannot score the language, the message is classified locally instead of
 * failing, and the explanations say so.
 */
export interface ComprehendClassifierOptions {
  /** Defaults to a client for the Lambda's own region. */
  client?: ComprehendClient;
  taxonomy?: Taxonomy;
}

/** Languages DetectSentiment accepts. */
const SENTIMENT_LANGUAGES = new Set<string>(['en', 'es', 'fr', 'de', 'it', 'pt', 'ar', 'hi', 'ja', 'ko', 'zh', 'zh-TW']);
/** DetectSentiment's limit is 5,000 UTF-8 bytes. */
const MAX_TEXT_BYTES = 5000;
/** Below this |Positive − Negative| a MIXED verdict is reported as neutral. */
const MIXED_NEUTRAL_MARGIN = 0.1;

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let truncated = Buffer.from(text, 'utf8').subarray(0, maxBytes).toString('utf8');
  // Cutting inside a multi-byte character leaves a replacement character at the end.
  while (truncated.endsWith('\uFFFD')) truncated = truncated.slice(0, -1);
  return truncated;
}

function toLanguage(code: string): { language: Language; script?: 'simplified' | 'traditional' } {
  if (code === 'zh') return { language: 'zh', script: 'simplified' };
  if (code === 'zh-TW') return { language: 'zh', script: 'traditional' };
  return { language: code === 'en' ? 'en' : 'other' };
}

export function toSentiment(sentiment: string | undefined, scores: SentimentScore | undefined): { label: SentimentLabel; score: number } {
  const score = Number(((scores?.Positive ?? 0) - (scores?.Negative ?? 0)).toFixed(3));
  switch (sentiment) {
    case 'POSITIVE':
      return { label: 'positive', score };
    case 'NEGATIVE':
      return { label: 'negative', score };
    case 'MIXED':
      return { label: Math.abs(score) < MIXED_NEUTRAL_MARGIN ? 'neutral' : score > 0 ? 'positive' : 'negative', score };
    default:
      return { label: 'neutral', score };
  }
}

async function comprehendSentiment(client: ComprehendClient, text: string): Promise<ExternalSentiment | { unsupported: string }> {
  const languages = await client.send(new DetectDominantLanguageCommand({ Text: text }));
  const code = languages.Languages?.[0]?.LanguageCode ?? 'und';
  if (!SENTIMENT_LANGUAGES.has(code)) return { unsupported: code };
  const result = await client.send(new DetectSentimentCommand({ Text: text, LanguageCode: code as LanguageCode }));
  return { ...toSentiment(result.Sentiment, result.SentimentScore), ...toLanguage(code), source: `Amazon Comprehend (${code}, ${result.Sentiment ?? 'no verdict'})` };
}

export function createComprehendClassifier(options: ComprehendClassifierOptions = {}): Classifier {
  const client = options.client ?? new ComprehendClient({});
  const local: LocalClassifier = createLocalClassifier(options.taxonomy ? { taxonomy: options.taxonomy } : {});

  return {
    name: 'comprehend',
    async classify(input: ClassifierInput): Promise<Classification> {
      const text = truncateUtf8(input.subject ? `${input.subject}\n${input.text}` : input.text, MAX_TEXT_BYTES);
      let reason: string;
      try {
        const sentiment = await comprehendSentiment(client, text);
        if (!('unsupported' in sentiment)) return local.classifyWithSentiment(input, sentiment);
        reason = `Comprehend cannot score sentiment in "${sentiment.unsupported}"`;
      } catch (error) {
        reason = `Comprehend failed (${error instanceof Error ? error.name : 'error'})`;
      }
      const fallback = local.classifySync(input);
      return { ...fallback, explanations: [`${reason}: classified locally`, ...fallback.explanations] };
    },
  };
}
