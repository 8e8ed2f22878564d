import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import type { Taxonomy } from './taxonomy.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';
/** A queue for a table or a counter: 排队一小时, 排了半条街, 周末要排, 等位, 取号, 等了半个小时才有位. */
const QUEUE = /排队|排隊|排了|排到|要排|等位|排号|排號|取号|取號|拿号|拿號|才(?:有位|有座|有桌|入座|坐上|轮到)/;
/** What makes a queue a complaint: its length judged too long (有点久, 腿都站麻了, 硬是等了两个小时), or not worth it, or no one minding it. */
const QUEUE_FAULT = /太久|太長|太长|好久|很久|有点久|有點久|挺久|比较久|比較久|站麻|站得腿|硬是|半天|太慢|慢死|离谱|離譜|受不了|崩溃|崩潰|浪费|浪費|不合理|混乱|混亂|没人管|沒人管|没人理|沒人理|插队|插隊|意义|意義|不值得|无语|無語|失望|效率/;
/** A queue at the business's own desk or line (check-in, a hotline, a counter, the till) is its slow response, complained of or not. */
const SERVICE_POINT = /入住|退房|前台|收银|收銀|结账|結賬|买单|買單|櫃檯|柜台|窗口|大堂|客服|电话|電話|人工|热线|熱線|预约|預約|办理|辦理|寄存|行李|营业厅|營業廳|经理|經理|商家|出餐/;
/** 不等位的话会再去, 不用排队: no queue was stood in. */
const NO_QUEUE = /(?:不用|不需要|不必|无需|無需|没有|沒有|不|没|沒|免)(?:排队|排隊|排号|排號|等位|排)/g;
/** 据说也排了好久: a queue the customer heard of, from the marker to the clause's end; it is not their own wait. */
const HEARSAY = /(?:据说|據說|听说|聽說|听朋友说|聽朋友說|听人说|聽人說)[^，,。！？!?；;\n]*/g;

/**
 * "周末排队一个小时才吃上，烤鸭皮脆肉嫩，值得": a queue at a busy place is a wait the customer
 * chose, no slow response (the guide); the model, which learnt 排队 from check-in desks and
 * support lines, reads responsiveness. It is dropped when the message's only waiting is such a
 * queue or one the customer was told of (据说也排了好久): no sentence with a queue of their own
 * finds fault with it or puts it at the business's desk or line, and no other clause holds one of the type's problem phrases (上菜太慢, 没人理, 打不通 …). The
 * caller asks only for messages that are not negative: in the corpus a negative review's queue is
 * mostly labelled a complaint however it is worded (排了一个半小时，本来以为会很值得，结果大失所望).
 */
export function typesForQueueWait(types: ComplaintTypeScore[], text: string, slowPhrases: readonly string[]): ComplaintTypeScore[] {
  const queued = text.replace(NO_QUEUE, '');
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || !QUEUE.test(queued)) return types;
  const ownQueues = queued.replace(HEARSAY, '');
  if (ownQueues.split(SENTENCE_BREAK).some((sentence) => QUEUE.test(sentence) && (QUEUE_FAULT.test(sentence) || SERVICE_POINT.test(sentence)))) return types;
  if (slownessToldBeside(queued, QUEUE, slowPhrases)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

/** Staff waiting for the guest (前台一直等着, 接机师傅举着牌子一直等着, 五点半的车五点二十就在门口等了). */
const STAFF_WAITED = /(?:前台|司机|师傅|服务员|老板|老板娘|管家|小哥|工作人员|的车)[^，,。！？!?；;\s]{0,6}?(?:一直|早就|已经|提前|早早|就在)[^，,。！？!?；;\s]{0,4}?等(?:我|我们|着|在|了)/;

/**
 * "航班延误凌晨两点才到，结果前台一直等着，还给准备了一碗热汤面": staff waiting up for a late guest is their care, not
 * the business slow to respond, but the model reads responsiveness into 等 and 才到. Dropped when staff are said to
 * wait for the guest and no clause of another holds one of the type's problem phrases.
 */
export function typesForStaffWaitedForGuest(types: ComplaintTypeScore[], text: string, slowPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || !STAFF_WAITED.test(text)) return types;
  if (slownessToldBeside(text, STAFF_WAITED, slowPhrases)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

/** Whether a clause that `told` does not match (the wait told, the praise) holds one of the type's problem phrases (上菜太慢, 没人理). */
export function slownessToldBeside(text: string, told: RegExp, slowPhrases: readonly string[]): boolean {
  return text.split(CLAUSE_BREAK).some((clause) => !told.test(clause) && holdsAnyPhrase(clause, slowPhrases));
}

/** The taxonomy's problem phrases of a slow response, which make a wait a complaint wherever they stand. */
export function slowResponsePhrases(taxonomy: Taxonomy): string[] {
  return Object.keys(taxonomy.types.find((type) => type.id === BUSINESS_SLOW_TYPE)?.keywords ?? {});
}
