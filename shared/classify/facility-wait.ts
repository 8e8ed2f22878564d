import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';
/** What the customer waits on that no one at the business answers for: the water heating, the lift coming, a taxi found (a 热水器 bought is goods). */
const WAITED_ON = /热水(?!器|壶)|熱水(?!器|壺)|电梯|電梯|打车|打車|出租车|出租車|计程车|計程車|的士|网约车|網約車/;
/** The wait itself: 等了十分钟, 要放五分钟才出来, 叫了半天才来, 好久都没来. */
const WAIT = /等|才|半天|好久|很久|没来|沒來/;
/** Someone at the business asked or expected (报修, 前台, 工程部, 被关在电梯里二十分钟才有人来): then the wait is theirs to answer for. */
const BUSINESS_ASKED = /前台|櫃檯|柜台|客服|电话|電話|报修|報修|来修|來修|修好|工程|反映|反馈|反饋|投诉|投訴|找了|叫了人|来人|來人|有人来|有人來|没人|沒人|无人|無人|师傅|師傅|经理|經理|服务员|服務員|老板|老闆|管家/;
const CLAUSE = /[，,、]+/;

/**
 * "房间还行，就是热水等了十分钟才出来", "电梯很慢，高峰期等了五分钟都没来", "打车回市区等了半个多小时
 * 才有车接单": a wait for the premises' hot water or lift is their fault (environment: 没热水,
 * 设施) and a wait for a taxi nobody's, while responsiveness is the business slow to respond
 * (the guide: 办入住等了半小时, 电话没人接, 反映了半天没人来修). The model learnt 等了 and 才 from
 * the desks and phones of the corpus and reads responsiveness into them. It is dropped when every
 * sentence that waits waits on such a thing only and names no one asked (前台, 报修, 反映了也没人处理),
 * and no other sentence holds one of the type's problem phrases (its own 叫了半天, 都没来 are the
 * wait on the thing).
 */
export function typesForFacilityWait(types: ComplaintTypeScore[], text: string, slowPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || !WAITED_ON.test(text)) return types;
  const sentences = text.split(SENTENCE_BREAK);
  const waits = sentences.filter((sentence) => WAIT.test(sentence));
  if (waits.length === 0 || !waits.every(waitsOnlyOnTheThing)) return types;
  const otherSentences = sentences.filter((sentence) => !WAIT.test(sentence));
  if (otherSentences.some((sentence) => holdsAnyPhrase(sentence, slowPhrases))) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

/** Each wait of the sentence in or after a clause that names the thing waited on ("电梯很慢，等了五分钟都没来"; not "入住等了半小时，电梯也要等"), and no one asked. */
function waitsOnlyOnTheThing(sentence: string): boolean {
  if (BUSINESS_ASKED.test(sentence)) return false;
  let named = false;
  for (const clause of sentence.split(CLAUSE)) {
    named ||= WAITED_ON.test(clause);
    if (!named && WAIT.test(clause)) return false;
  }
  return named;
}
