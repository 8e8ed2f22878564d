import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { isServedInPerson } from './nothing-delivered.ts';
import { BUSINESS_NAMED } from './takeaway-wait-bare.ts';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';
/** A long wait told bare (等了好久, 等了半天, 等了四十分钟), then the food cold when it came (饭还是凉的, 菜都冷了). */
const WAITED_THEN_COLD =
  /等了?(?:好久|很久|半天|好半天|老半天|那么久|这么久|[0-9一二两三四五六七八九十半]+个?多?(?:小时|钟头|分钟))[^。！!？?]{0,10}?(?:饭|菜|汤|面|粥|东西|餐)[^，,。！!\s]{0,4}[凉冷]/;

/** Ordering or eating at a table: 点菜, 菜来了, 端上来, 坐了, 桌. */
const AT_TABLE = /点菜|点完菜|菜来了|端上|上来|坐|桌/;

/**
 * "等了好久 饭还是凉的", "等了一个多小时 菜都冷了": a takeaway's long wait, then its food come cold, is the
 * trip by the guide's rule of thumb (food arriving cold because it took long: delivery); the model read 等了
 * as the business's slowness and gave responsiveness. Not with the shop, a counter or a table named
 * (BUSINESS_NAMED, served in person, AT_TABLE): a meal that waited at the table is the kitchen's.
 */
export function typesForWaitedThenCold(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const found = WAITED_THEN_COLD.exec(text);
  if (!found || BUSINESS_NAMED.test(text) || AT_TABLE.test(text) || isServedInPerson(text)) return types;
  const withTrip = mayName(types, TRANSPORT_TYPE, taxonomyTypes) ? withNamedType(types, TRANSPORT_TYPE, found[0]) : types;
  return withoutType(withTrip, BUSINESS_SLOW_TYPE);
}
