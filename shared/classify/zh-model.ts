import { SENTIMENT_ZH_MODEL } from './model/sentiment-zh.ts';
import { parseModel, type ZhSentimentModel } from './sentiment-model.ts';

/**
 * The committed Chinese model, parsed on first use and kept for the life of the process
 * (a Lambda container parses it once, on its first message).
 */
let loaded: ZhSentimentModel | undefined;

export function zhSentimentModel(): ZhSentimentModel {
  loaded ??= parseModel(SENTIMENT_ZH_MODEL);
  return loaded;
}
