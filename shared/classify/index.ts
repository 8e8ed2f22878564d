/**
 * The classifier package: `createLocalClassifier()` runs offline inside the processor;
 * `adapters/aws/comprehend-classifier.ts` (imported separately, so the AWS SDK stays out of this bundle) is the
 * optional Amazon Comprehend adapter.
 */
export { createLocalClassifier, type ExternalSentiment, type LocalClassifier, type LocalClassifierOptions } from './local-classifier.ts';
export { loadTaxonomy, extendTaxonomy, DEFAULT_TAXONOMY, type Taxonomy, type TaxonomyExtension } from './taxonomy.ts';
export type { Classification, Classifier, ClassifierInput } from './types.ts';
