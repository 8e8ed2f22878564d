import { parseEnglishModel, type EnglishModel } from './en-model.ts';
import { ENGLISH_MODEL } from './model/english.ts';

/** The committed English model, parsed on the first English message and kept for the life of the process. */
let loaded: EnglishModel | undefined;

export function englishModel(): EnglishModel {
  loaded ??= parseEnglishModel(ENGLISH_MODEL);
  return loaded;
}
