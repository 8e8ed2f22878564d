import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const SECURITY_TYPE = 'privacy_security';

/** A guest's own things: valuables, luggage, "my things" (包, not 包子 or 包间). */
const BELONGING = /钱包|现金|手机|电脑|笔记本|平板|ipad|耳机|充电宝|首饰|项链|手表|戒指|相机|行李|箱子|我的东西|寄存的东西|包(?![子装间厢邮括含月年夜场])/i;
/** Gone: 不见了, 丢了, 被偷, 被拿走, 少了一个, 找不到了, 回来没了. */
const GONE = /不见了|丢了|丢失|被偷|被盗|偷走|被拿走|被人拿|被翻|被人打开|少了[一两几二三\d]|找不到了|没了/;
/** Where the hotel kept or reached it: left in the room or with the desk, or while the room was cleaned. */
const IN_ITS_KEEPING = /寄存|房间|客房|屋里|打扫|保洁|阿姨|服务员|放在|放前台/;
/** A stay: elsewhere a lost phone is no hotel's. */
const STAY = /酒店|宾馆|旅馆|客栈|民宿|客房|房间|前台|入住|退房|寄存/;
/** Lost on a delivery or an order, or only supposed. */
const NOT_IN_ITS_KEEPING = /外卖|快递|订单|点的|骑手|如果|要是|万一|担心|怕|提醒/;

/**
 * "行李放前台寄存 回来少了一个包", "出去吃个饭回来 房间里的现金少了两百": a guest's things gone
 * from the room or the hotel's keeping is theft or loss on its premises, privacy_security by the
 * guide (丢东西), but the model, which learnt the type from 小卡片 and calls, read order_accuracy into
 * 少了 or nothing. Named when one sentence of a stay says a belonging is gone where the hotel kept or
 * reached it, and nothing ordered, delivered or supposed.
 */
export function typesForBelongingsLost(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, SECURITY_TYPE, taxonomyTypes) || !STAY.test(text) || NOT_IN_ITS_KEEPING.test(text)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const gone = GONE.exec(sentence);
    if (gone && BELONGING.test(sentence) && IN_ITS_KEEPING.test(sentence)) return withNamedType(types, SECURITY_TYPE, gone[0]);
  }
  return types;
}
