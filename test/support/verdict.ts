import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

/** What a reader of the timeline sees of a message: its sentiment and its complaint types, in order of confidence. */
export function verdict(text: string): { sentiment: string; types: string[] } {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((t) => t.type) };
}
