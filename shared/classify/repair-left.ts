import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { toldNotSupposed } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

/**
 * A fault left unrepaired: 跑步机坏了好几台一直没修, 电梯坏了一个星期没人修, 路灯坏了也不修, 漏水好久没人管. The guide's
 * responsiveness (slow to fix a reported problem), as the corpus labels 电梯坏了一个星期没人修; the model read the
 * broken thing alone. The fault first (坏, 漏, 堵, 不亮), then the repair not done, within a sentence; a repair refused
 * (坏了也不给修好) is the after-sales remedy withheld, not read here.
 */
const REPAIR_LEFT =
  /(?:坏|漏水|堵|不亮|不制冷|不出水)[^。！？!?；;\n]{0,10}?(?:一直没人?(?:来)?修|没人(?:来)?修|迟迟不修|也不修|好久没(?:人)?修|都没(?:人)?(?:来)?修|还没(?:人)?(?:来)?修|没人管|也不管)/;

/** Adds responsiveness when the message tells of a fault left unrepaired, unless the model found it. */
export function typesForRepairLeft(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const found = toldNotSupposed(text, REPAIR_LEFT.exec(text));
  if (!found) return types;
  return withNamedType(types, BUSINESS_SLOW_TYPE, found[0]);
}
