import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { toldNotSupposed } from './sentences.ts';

const BOUGHT_TYPE = 'product_quality';

/**
 * A repair or a service that did not hold: 手机刚修好又坏了, 空调修完第二天又不制冷了, 换完还是不转, 车保养完就有异响,
 * 送修一个礼拜拿回来还是掉电. What was bought is the repair itself, so the guide's product_quality; the model read a
 * repair as mended. The repair done first, then the fault back or still there, within a sentence; 修好了还是不错 and
 * 修完没问题 are not read, nor a hotel room's fixture (说修好了，进去还是不凉), the premises' by the guide.
 */
const STAY = /入住|房间|客房|酒店|宾馆|前台/;
const REPAIR_FAILED =
  /(?:修好|修完|修过|换完|保养完|保养后|保养过|拿回来|取回来)[^。！？!?；;\n]{0,12}?(?:又坏|又不|又开始|又出|又漏|又响|又有|还是(?:不(?!错)|坏|一样|老样子|掉|漏|响|有问题|没好)|就有异响|就异响|有异响)/;

/** Adds product_quality when the message tells of a repair or service that failed again, unless the model found it. */
export function typesForRepairFailed(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BOUGHT_TYPE, taxonomyTypes) || STAY.test(text)) return types;
  const found = toldNotSupposed(text, REPAIR_FAILED.exec(text));
  if (!found) return types;
  return withNamedType(types, BOUGHT_TYPE, found[0]);
}
