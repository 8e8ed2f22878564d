import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { sentenceAround } from './sentences.ts';

const PREMISES_TYPE = 'environment';

/** A fitting of a room or its bathroom that a guest may shrink from using: the tub, the toilet, the shower, the cups, the kettle, the carpet. */
const ROOM_FITTING = /浴缸|马桶|淋浴|花洒|卫生间|浴室|洗手间|洗脸盆|洗手盆|面盆|漱口杯|水杯|杯子|水壶|热水壶|地毯|沙发/;
/** Too dirty to use: 根本不敢泡澡, 没敢用, 不敢光脚踩. */
const SHUNNED = /(?:不敢|没敢)(?:泡澡|洗澡|泡|坐|用|碰|光脚|赤脚|踩)/;
/** Goods bought or delivered: a kettle one is afraid to use is then the seller's product. */
const BOUGHT = /买|购|收到|到手|京东|淘宝|快递|物流|发货|商品/;

/**
 * "浴缸里有一圈黑色的东西，根本不敢泡澡": a room's fitting too dirty to use is the premises' cleanliness, environment by
 * the guide (cleanliness of room/bathroom), but the model, finding no dirt word (脏, 不干净), typed nothing. Named
 * when the guest shrinks from using a fitting named in the same sentence, in a negative message about no goods bought.
 */
export function typesForFittingShunned(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!negative || !mayName(types, PREMISES_TYPE, taxonomyTypes) || BOUGHT.test(text)) return types;
  const found = SHUNNED.exec(text);
  if (!found || !ROOM_FITTING.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  return withNamedType(types, PREMISES_TYPE, found[0]);
}
