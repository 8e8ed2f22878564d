import { parseEnglishModel, type EnglishModel, type SerialisedEnglishModel } from './en-model.ts';
import { ENGLISH_MODEL } from './model/english.ts';
import { unpackModel } from './packed-model.ts';

/** The committed English model, parsed on the first English message and kept for the life of the process. */
let loaded: EnglishModel | undefined;

export function englishModel(): EnglishModel {
  loaded ??= parseEnglishModel(unpackModel<SerialisedEnglishModel>(ENGLISH_MODEL));
  return loaded;
}
