import { calledMoving } from './called-moving.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/**
 * Praise said to mock, in short takeaway reviews: opened by a sneering 呵呵 ("呵呵 好吃得很", "呵呵，真好吃",
 * "呵呵呵 送得可真快"), or speed praised against a wait of an hour or more ("送得真快啊 等了两个小时").
 * The praise words read as praise to the model and the lexicon, so the review came out positive. A 呵呵
 * after the praise or inside a long review is often a friendly laugh ("味道不错呵呵"), so only an
 * opening one in a short message counts; a wait under the time (不到一个小时就到了) is real speed.
 */
const LAUGH_OPENED_PRAISE = /^呵呵+哒?[\s,，。.!！~～…]*[^，,。！？!?\s]{0,6}?(?:好吃|好喝|美味|香|棒|赞|不错|贴心|周到|给力|快|满意|好评)/;
/** Longer than the short reviews a sneer opens; 呵呵 before a long account is a manner of speaking. */
const LAUGH_LONGEST = 40;
const SPEED_PRAISE = /(?:真|好|太|超)快|神速|快得很/;
/** An hour or more, or fifty minutes or more: 两个小时, 一个半小时, 五十多分钟. */
const LONG_WAIT = /(?:[1-9]|[一两二三四五六七八九十])个?半?多?(?:小时|钟头)|(?:[5-9][0-9]|[五六七八九]十)多?分钟/;
/** The time waited for the order, not of something else (电池使用2个小时): 等了, 才到, 送了. */
const WAITED = /等|才(?:到|送|来|收)|送了|才(?=[2-9两二三四五]个?半?多?(?:小时|钟头))/;
/** The time as a limit beaten, not a wait: 不到一个小时, 一个小时内, 一个小时就到了, 提前了. */
const TIME_BEATEN = /不到|没到|不用|只用|才用|提前/;
const BEATEN_AFTER = /^(?:内|以内|之内|就)/;
/** Two hours or more: 两个小时, 三个多小时, 2个半小时. */
const HOURS = /^(?:[2-9]|[两二三四五六七八九十])个?半?多?(?:小时|钟头)/;
/** The order coming in, right after the time: 就到了, 才送到, 送来. */
const ARRIVED = /^[^，,。！？!?\s]{0,3}?(?:到|送|来)/;

/**
 * Speed called moving (上菜速度感人, 出餐效率感人, 配送速度真的感人): slang for slow, as 分量感人 is for small;
 * 感人 reads as praise to the model.
 */
const SPEED_MOVING = calledMoving('速度|效率|网速|出餐|上菜');

/** The mocking praise the message opens with or sets against a long wait, or undefined. */
export function mockedPraise(text: string): string | undefined {
  // Literal checks first: this runs on every Chinese message.
  if (text.length <= LAUGH_LONGEST && text.startsWith('呵呵')) {
    const laugh = LAUGH_OPENED_PRAISE.exec(text);
    if (laugh) return laugh[0];
  }
  return speedMocked(text);
}

/** Speed praised against a wait of an hour or more (送得真快啊 等了两个小时) or called moving (速度感人), or undefined. */
function speedMocked(text: string): string | undefined {
  if (text.includes('感人')) {
    const moving = SPEED_MOVING.exec(text);
    if (moving) return moving[0];
  }
  if (!text.includes('快') && !text.includes('神速')) return undefined;
  const speed = SPEED_PRAISE.exec(text);
  if (!speed) return undefined;
  const rest = text.slice(speed.index + speed[0].length);
  const wait = LONG_WAIT.exec(rest);
  if (!wait || TIME_BEATEN.test(text)) return undefined;
  const after = rest.slice(wait.index + wait[0].length);
  // Two hours or more until it came is no speed however it is said (送餐速度真快 两个小时就到了); an hour may be a wait beaten.
  const hoursUntilArrival = HOURS.test(wait[0]) && ARRIVED.test(after);
  if (!hoursUntilArrival && (!WAITED.test(rest) || BEATEN_AFTER.test(after))) return undefined;
  return `${speed[0]}…${wait[0]}`;
}

const TRANSPORT_TYPE = 'delivery';
/** The trip named; a kitchen or a desk mocked for speed (上菜真快啊 等了一个小时) is the business's own slowness. */
const TRIP = /送|外卖|骑手|小哥|配送/;
const NOT_THE_TRIP = /上菜|出餐|前台|入住|排队/;

const BUSINESS_TYPE = 'responsiveness';

/**
 * Adds delivery when the trip's speed is mocked (against a wait of an hour or more, or as moving), or
 * responsiveness when the kitchen's or the desk's is (上菜速度感人), unless the model found it.
 */
export function typesForSpeedMocked(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const type = NOT_THE_TRIP.test(text) ? BUSINESS_TYPE : TRIP.test(text) ? TRANSPORT_TYPE : undefined;
  if (type === undefined || !mayName(types, type, taxonomyTypes)) return types;
  const mocked = speedMocked(text);
  if (mocked === undefined || (type === BUSINESS_TYPE && !mocked.includes('感人'))) return types;
  return withNamedType(types, type, mocked);
}
