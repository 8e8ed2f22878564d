import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PREMISES_TYPE = 'environment';
/**
 * Noise from outside the thing bought: traffic (车声, 喇叭声, 鸣笛), building work (装修声, 施工的声音)
 * or a place beside the room (楼下, 隔壁, 窗外, 马路), said loud at 很 or more or said to be 吵.
 * A bare 噪音 is left out: a fan's or a fridge's 噪音很大 is the goods' fault, product_quality.
 */
const LOUD_NOISE =
  /(?:车声|车流声|汽车声|喇叭声?|鸣笛声?|装修声|施工声|(?:装修|施工|楼下|隔壁|窗外|马路|街上|外面)的?(?:噪音|噪声|声音|动静))(?:也|还|又|真的?|实在|一直)?(?:(?:太|很|非常|特别|超级?|巨|好|贼)(?:大|吵|响)|吵得|大得|吵死)/;

/**
 * "晚上车声很大，根本睡不着", "隔壁装修声很大，早上七点就开始了": noise is environment by the guide,
 * but the model, which learnt noise from 吵 and 隔音, gave these no type at all.
 */
export function typesForNoiseSaidLoud(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = LOUD_NOISE.exec(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}
