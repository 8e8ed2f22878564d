import { readModelFile } from './model-files.ts';
import { unpackModel } from './packed-model.ts';
import { parseModel, type SerialisedModel, type ZhSentimentModel } from './sentiment-model.ts';

/**
 * The committed Chinese model, parsed on first use and kept for the life of the process
 * (a Lambda container parses it once, on its first message).
 */
let loaded: ZhSentimentModel | undefined;

export function zhSentimentModel(): ZhSentimentModel {
  loaded ??= parseModel(unpackModel<SerialisedModel>(readModelFile('sentiment-zh.br')));
  return loaded;
}
