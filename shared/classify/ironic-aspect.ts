import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/**
 * An aspect praised in scare quotes names the fault it mocks: "送餐速度真“快”，一个半小时" is the delivery's slowness,
 * "我住过最“干净”的酒店，床上还有上一个客人的头发" the room's dirt. The irony already turns the sentiment negative
 * (scare-quoted-praise.ts), but the model, reading 快 and 干净 as praise, typed nothing or something else.
 */
const IRONIES: readonly { quoted: RegExp; context: RegExp; type: string }[] = [
  { quoted: /["“「](?:很|好|太|超|真)?(?:快|迅速|准时|及时|神速)(?:了|啊|呀)?["”」]/, context: /送餐|配送|送达|外卖|骑手|送货|快递|物流|送的|送得|速度/, type: 'delivery' },
  { quoted: /["“「](?:很|好|太|超|真)?(?:干净|整洁|卫生)(?:了|啊|呀|的)?["”」]/, context: /房间|酒店|宾馆|客栈|民宿|床|卫生间|浴室|住/, type: 'environment' },
];

/** Adds the type of the aspect a negative message praises in scare quotes, unless a type found names it. */
export function typesForIronicAspect(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!negative) return types;
  let found = types;
  for (const { quoted, context, type } of IRONIES) {
    const irony = quoted.exec(text);
    if (irony && context.test(text) && mayName(found, type, taxonomyTypes)) found = withNamedType(found, type, irony[0]);
  }
  return found;
}
