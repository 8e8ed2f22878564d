import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

/** A decline told with no fault word of its own: 越来越差, 一次不如一次, 一年不如一年, 大不如前, 不如以前了, 比以前差. */
const DECLINE = /越来越(?:差|不行|烂|敷衍|糟)|越做越差|一次不如一次|一回不如一回|一年不如一年|一天不如一天|每况愈下|大不如前|大不如从前|(?<![没])不如(?:以前|从前|之前|原来)|比(?:以前|之前|原来|上次|上回)差(?!不多)/;
/** The part named before it, nearest last, and its type by the guide. */
const PARTS: readonly [RegExp, string][] = [
  [/服务|态度|前台|服务员|店员|老板/, 'service_attitude'],
  [/卫生|设施|环境|房间|装修|硬件|隔音/, 'environment'],
  [/口味|味道|菜品|品质|出品|分量|份量|食材|早餐/, 'product_quality'],
  [/配送|送餐|送货|骑手/, 'delivery'],
];
/** Asked or supposed: 服务是不是不如以前了？, 如果服务越来越差. */
const NOT_SAID = /如果|要是|是不是|会不会|吗|？|\?/;
/** A shopping platform or a carrier named in the message (京东服务越来越差, 不送货上门…服务越来越差): no part of a shop or a stay. */
const PLATFORM = /京东|淘宝|天猫|拼多多|平台|物流|快递|送货|商城|网站|app|APP/i;
/** How near the part must be named, within the clause. */
const PART_WINDOW = 10;

/**
 * "前台服务一次不如一次", "设施大不如前", "感觉口味大不如前了", "配送一次不如一次": a part said to decline is a
 * complaint of that part by the guide, but with no fault word of its own (差 alone, 不如) the model gave these no
 * type. The part must be named in the clause just before the decline; the last named wins (房间服务越来越差 is the
 * service). Not when asked or supposed, nor of a platform or a carrier (京东服务越来越差); a decline of something else
 * (生意大不如前) names no part.
 */
export function typesForDeclinedAspect(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const found = DECLINE.exec(text);
  if (!found) return types;
  const sentence = sentenceAround(text, found.index, found.index + found[0].length);
  if (NOT_SAID.test(sentence) || PLATFORM.test(text)) return types;
  const before = clauseBefore(text, found.index).slice(-PART_WINDOW);
  let best = -1;
  let type: string | undefined;
  for (const [part, partType] of PARTS) {
    for (const m of before.matchAll(new RegExp(part.source, 'g'))) if (m.index! > best) [best, type] = [m.index!, partType];
  }
  return type && mayName(types, type, taxonomyTypes) ? withNamedType(types, type, found[0]) : types;
}
