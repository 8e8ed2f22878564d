import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { breaksSentence } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

/**
 * The desk's own procedure: 办入住, 办理退房, 办个入住, 办手续, 入住手续, 查房; or a restaurant's
 * service at the table: 上菜, 菜上齐, 加菜, 结账, 买单.
 */
const DESK_PROCEDURE = /办理?个?(?:入住|退房|手续)|前台办事|(?:入住|退房)手续|入住(?=(?:手续)?(?:办了|办得|拖了|磨了|耗了|弄了|搞了|折腾))|退个房|拿到房卡|查房|上菜|上个菜|上齐|菜上来|出菜|加菜|加的菜|结账|买单/g;
/**
 * The procedure said slow or long: 太慢, 等了好久, 排了半小时, 要四十分钟, 查了二十多分钟, 过了半小时, 加了三次都没上; the
 * time it took told with the doing (入住办了半小时, 退个房磨了快四十分钟, 入住拖了一个小时, 折腾了快一个钟).
 */
const SLOW = /慢|等了|等得|排了|半天|好久|很久|太久|效率低|效率太低|(?:都|也|还|一直)没上|(?:要|花了|用了|查了|折腾了|办了|拖了|磨了|耗了|弄了|搞了|足足|整整|将近|过了)[^，,、]{0,3}?[\d一二三四五六七八九十两半几]+多?个?多?半?(?:分钟|小时|钟头|钟)/;
/** Said quick, not slow, no wait at all, or better than before: 很快, 不慢, 不算慢, 没那么慢, 不用等, 不到三分钟, 上菜慢这次改善了; not 快 before a time (快四十分钟: nearly). */
const QUICK = /快(?![\d一二三四五六七八九十两半])|(?:不|没)(?:算|太|怎么|会|那么|觉得|是很|是太|是特别|算太)?慢|没等|不用等|无需等|不到|马上|立刻|改善|改进/;
/**
 * The slowness put down to the guest (因为身份证读卡慢了一点): the corpus labels that no fault of the
 * desk's; nor is the staff finding the guest slow (结账的时候还嫌我们扫码慢), their manner.
 */
const GUESTS_OWN = /(?:因为|由于)[^，,、]{0,6}?(?:身份证|证件|我|自己)|嫌(?:我|客人|顾客)/;
/** At check-in or check-out, or at the bill, with the procedure itself unnamed: 退房的时候, 入住时, 结账的时候. */
const AT_THE_DESK = /(?:入住|退房|结账|买单)(?:的时候|时)/g;
/** A wait or a queue there, said long: 排队也很久, 等了半个小时, 排了二十分钟 (not 网速很慢 found at check-in). */
const WAITED = /排队|排了|等了|等得|等候/;
const LONG = /久|半天|慢|分钟|小时|钟头/;

/**
 * "办手续太慢了", "入住手续办得很慢", "办个入住要四十分钟", "退房的时候查房查了二十多分钟": the
 * desk slow at check-in or check-out is responsiveness by the guide (办入住等了半小时), and the
 * corpus labels it so (its reviews that say it with 等了, 排了 the model finds), but 太慢, 办得很慢
 * and a duration with 要 gave the model too little beside a procedure's name. So with a
 * restaurant's service at the table ("菜上齐用了一个多小时", "上个菜要半个多小时", "加菜加了三次都没
 * 上"): slow handling by the business, not a trip. Read in the clause
 * that names the procedure and the one after it (办入住排队的人太多，等了好久), unless it is said
 * quick there or put down to the guest. So with the desk said slow at its work (前台办事慢). At check-in or check-out with the procedure unnamed
 * (退房的时候排队也很久), only a wait or a queue said long counts.
 */
/**
 * The room given only after a wait (下午两点到的，等到四点才给房; 在大堂坐到五点多才拿到房卡): the desk slow to
 * let the guest in, responsiveness, as the corpus labels all 4 such messages. Waited (等到, 坐到, 拖到),
 * not the guest's own choice (逛到晚上才入住).
 */
const ROOM_GIVEN_LATE = /(?:等到|坐到|等了?到|拖到|干坐到)[^，,。！？!?；;]{0,8}?才(?:给房|有房|给(?:我们?)?(?:开)?房|能?入住|拿到房卡|给房卡|进房|进了房间|办好入住)/;

/**
 * A dish or drink brought only once the meal was over (饮料等到吃完饭才上, 甜品到我们结账了才端上来): the table service
 * slow, responsiveness, however the review praises the rest. Not one that never came (一直到吃完都没上…忘了下单: labelled
 * a missing item).
 */
const SERVED_AFTER_MEAL = /(?:等到|直到|到|等)(?:我们)?(?:都)?(?:快)?(?:吃完|吃饱|吃得差不多|结账|买单)(?:了|饭)?才(?:上|来|端上来|端来|送来|拿来)/;

const HOW_LONG = '(?:整整|足足|将近|快|近|差不多|大概)?(?:[\\d一二两三四五六七八九十半几]+个?多?半?(?:小时|钟头|个钟)|(?:[2-9]\\d|[二三四五六七八九]十[一二三四五六七八九]?)多?分钟)';
/**
 * Dishes at the table told slow by the time they took: 一份饺子上了四十五分钟, 点个早餐，上了半个多小时, 整整一个钟头才上了三个菜;
 * not 上了年纪 or 上了三个菜 (no time), nor 才上班 or 才上学.
 */
const TABLE_TOOK_LONG = new RegExp(`(?<![马早晚])上了${HOW_LONG}|${HOW_LONG}[^，,。！？!?；;]{0,2}?才上(?![班学网课车楼])`);

export function typesForDeskSlow(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  for (const procedure of text.matchAll(DESK_PROCEDURE)) {
    const span = procedureAndNextClause(text, procedure.index);
    if (SLOW.test(span) && !QUICK.test(span) && !GUESTS_OWN.test(span)) return withNamedType(types, BUSINESS_SLOW_TYPE, span);
  }
  for (const moment of text.matchAll(AT_THE_DESK)) {
    const span = procedureAndNextClause(text, moment.index);
    if (WAITED.test(span) && LONG.test(span) && !QUICK.test(span) && !GUESTS_OWN.test(span)) return withNamedType(types, BUSINESS_SLOW_TYPE, span);
  }
  const late = ROOM_GIVEN_LATE.exec(text) ?? SERVED_AFTER_MEAL.exec(text) ?? TABLE_TOOK_LONG.exec(text);
  return late ? withNamedType(types, BUSINESS_SLOW_TYPE, late[0]) : types;
}

/** ， , or 、: where one of the procedure's clauses ends. */
function isCommaOrEnumeration(unit: number): boolean {
  return unit === 0xff0c || unit === 0x2c || unit === 0x3001;
}

/** From the procedure's name to the end of the clause after it, within its sentence. */
function procedureAndNextClause(text: string, start: number): string {
  let end = start;
  let clauseBreaks = 0;
  while (end < text.length && !breaksSentence(text.charCodeAt(end))) {
    if (isCommaOrEnumeration(text.charCodeAt(end)) && ++clauseBreaks === 2) break;
    end++;
  }
  return text.slice(start, end);
}
