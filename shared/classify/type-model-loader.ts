import { readModelFile } from './model-files.ts';
import { unpackModel } from './packed-model.ts';
import { parseTypeModel, type SerialisedTypeModel, type TypeModel } from './type-model.ts';

/** The committed complaint-type model, parsed on first use and kept for the life of the process. */
let loaded: TypeModel | undefined;

export function complaintTypeModel(): TypeModel {
  loaded ??= parseTypeModel(unpackModel<SerialisedTypeModel>(readModelFile('complaint-types.br')));
  return loaded;
}
