import { calledMoving } from './called-moving.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

/**
 * The portion mocked as tiny: 分量感人 ("moving", ironic for small), 肉就一丢丢, 牛肉就几片, 一份沙拉就
 * 几根菜叶, 虾仁就那么几颗, 二十块钱就这么一点, 就这么一小碗 (the 3 corpus reviews with 就这么一点 are all so
 * labelled). Portion size is product_quality by the guide (量少, 分量不足). 感人 counts only after
 * the portion (故事很感人 is praise); the tiny amount only after 就, 只, 才 or 只有 and
 * at a clause's end or before a food (就几块钱, 只有一丢丢的海 are none), not after a seasoning
 * (辣椒就放了一丁点 is how it was asked for), nor under a condition or of an earlier order.
 */
const PORTION_MOCKED = calledMoving('分量|份量|菜量|肉量|(?<=^|[^\\u3400-\\u9fff]|这|那|的)量');
const TINY_AMOUNT =
  /(?:就|只|才|只有|就给了?|只给了?|就放了?|只放了?)(?:(?:那么|这么)?(?:一丢丢|一丁点|一小撮|一小口|一小勺|一小碗|一小盒|一小份|一小杯|一小袋|一小块|几根|几片|几粒|几块|几颗|几只|两三片|三四片|两三块|三四块|两三根|三五片|三五块)|(?:那么|这么)(?:一点点|一点|点))儿?(?=$|[，,。！？!?；;~～…\s]|肉|菜叶|青菜|米饭|饭|面|粉|虾|虾仁|牛肉|鸡肉|鸡块|鱼|料|豆芽|土豆|黄瓜|粉丝|丸子)/;
/**
 * The portion called stingy: 份量有点小气, 肉给得太抠了, 分量抠抠搜搜 (a degree at most between; 分量一点也不抠
 * is none).
 */
const PORTION_STINGY =
  /(?:分量|份量|菜量|肉量|(?<=^|[^\u3400-\u9fff]|这|那|的)量|肉|料)(?:给得|给的)?(?:真的|真是|实在|也|是)?(?:有点|有些|太|也太|很|真|好|特别|忒)?(?:小气|抠门|抠抠搜搜|抠(?!脚))/;
const SEASONING = /辣椒|辣|盐|糖|醋|葱|姜|蒜|香菜|花椒|酱油|味精/;
const NOT_THIS_ORDER = /如果|要是|假如|万一|之前|以前|上次/;

/** The portion called "moving" (分量感人), or undefined: irony, however the model reads 感人. */
export function mockedPortion(text: string): string | undefined {
  return text.includes('感人') ? PORTION_MOCKED.exec(text)?.[0] : undefined;
}

/** Adds product_quality when the message mocks the portion as tiny, unless the model found it. */
export function typesForPortionSlang(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = portionMocked(text);
  return found ? withNamedType(types, FOOD_TYPE, found) : types;
}

/** The phrase mocking this order's portion as tiny or stingy (肉就一丢丢, 份量有点小气), or undefined. */
export function portionMocked(text: string): string | undefined {
  const found = PORTION_MOCKED.exec(text) ?? PORTION_STINGY.exec(text) ?? TINY_AMOUNT.exec(text);
  if (!found) return undefined;
  const before = clauseBefore(text, found.index);
  if (NOT_THIS_ORDER.test(before) || (found[0].includes('感人') ? false : SEASONING.test(before))) return undefined;
  return found[0];
}
