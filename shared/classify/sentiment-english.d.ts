/** The `sentiment` package's English language module (AFINN-165 labels and its negation strategy), untyped upstream. */
declare module 'sentiment/languages/en/index.js' {
  import type Sentiment from 'sentiment';

  const english: Required<Sentiment.LanguageModule>;
  export default english;
}
