import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PREMISES_TYPE = 'environment';

const HOW_LONG = '(?:足足|整整|快|将近|差不多|大概|起码|至少)?(?:[\\d一二两三四五六七八九十半几]+个?多?半?(?:分钟|小时|钟头)|一刻钟|半天|老半天|好久|好一会儿?)';
/**
 * The hot water or the heating told slow by how long it ran before it warmed, or that it ran and stayed cold: 热水要放五分钟才热,
 * 洗澡水等了一刻钟才热, 淋浴放了足足十分钟，出来全是凉水, 暖气开了两个小时屋里还是冷. The premises' fault (没热水, 设施), though
 * no fault word is said; a wait that ends warm and is said quick (一开就热) names no time.
 */
const SLOW_TO_WARM = new RegExp(
  `(?:热水|洗澡水|淋浴|花洒|水龙头|暖气|空调)[^。！？!?；;，,]{0,4}?(?:放了|等了|开了|流了|要放|得放|要等|得等|要开|得开)${HOW_LONG}` +
    '[^。！？!?；;]{0,8}?(?:才(?:热|出热|来热|有热|暖|凉快)|还是?(?:凉|冷|温|不热)|全是凉|都是凉|没热|不热)',
);

/** Adds environment when the hot water or the heating took long to warm or never did, unless a type found names it already. */
export function typesForWarmthSlow(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = SLOW_TO_WARM.exec(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}
