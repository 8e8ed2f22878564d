import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayNameOrConfirm, withNamedOrConfirmedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

/** What fills a dish out in place of its meat. */
const FILLER = '(?:骨头|配菜|土豆|洋葱|豆芽|青椒|辣椒|干辣椒|花椒|粉丝|面粉|淀粉|鸡皮|肥肉|汤水|汤)';
/**
 * The dish mostly filler or gone in a bite or two: 骨头比肉多, 配菜比肉还多, 一半都是配菜, 大半都是洋葱, 两口就没了,
 * 三口就吃完了, 吃了跟没吃一样.
 */
const MOSTLY_FILLER = new RegExp(
  `${FILLER}(?:都|还|竟然|居然)?比(?:肉|鸡肉|牛肉|猪肉|鱼肉|鸭肉|鸡|鱼|虾|主菜)(?:还|都)?多` +
    `|(?:一半|大半|多半|大部分|绝大部分)(?:都)?是${FILLER}` +
    '|(?<!口)(?:[两三几]|一两|两三)口就(?:没了|吃完了?|光了)' +
    '|跟没吃一样|和没吃一样',
);
/** Denied, compared away or only feared: 不像别家骨头比肉多, 以为会两口就没了, 一点都不会. */
const NOT_THIS_ORDER = /不像|不会|没有|不是|别家|以为|怕|担心|如果|要是|以前|之前|上次/;

/** Eaten in two bites because it was so good (太好吃了，两口就没了; 三口两口就吃完了 is the idiom of eating fast). */
const SO_GOOD = /好吃|好喝|美味|太香|真香/;

/**
 * "骨头比肉多", "一半都是配菜", "两口就没了": the portion said to be mostly filler, or gone in a bite or two, is
 * product_quality by the guide (量少, 分量不足), as the corpus labels 全是土豆和洋葱 and 鸡肉少了一半; the model
 * found nothing in these words (骨头比肉多 read as praise), or only faintly: the words make it as sure as any named
 * fault, which is what lets a short message saying nothing else read negative.
 */
export function typesForMostlyFiller(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayNameOrConfirm(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = MOSTLY_FILLER.exec(text);
  if (!found || NOT_THIS_ORDER.test(clauseBefore(text, found.index))) return types;
  if (found[0].includes('口就') && SO_GOOD.test(text.slice(Math.max(0, found.index - 8), found.index))) return types;
  return withNamedOrConfirmedType(types, FOOD_TYPE, found[0]);
}
