import { parseEnglishModel, type EnglishModel, type SerialisedEnglishModel } from './en-model.ts';
import { readModelFile } from './model-files.ts';
import { unpackModel } from './packed-model.ts';

/** The committed English model, parsed on the first English message and kept for the life of the process. */
let loaded: EnglishModel | undefined;

export function englishModel(): EnglishModel {
  loaded ??= parseEnglishModel(unpackModel<SerialisedEnglishModel>(readModelFile('english.br')));
  return loaded;
}
