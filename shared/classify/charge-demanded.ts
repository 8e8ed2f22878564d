import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const PRICE_TYPE = 'price_billing';

/**
 * "说浴巾少了一条，张口就要赔一百", "要收清洁费五十", "让我们赔两百": the business demands a sum
 * of the customer, a charge by the guide (price_billing: unexpected fees, deposits). The model
 * reads the checkout quarrel around it as staff and waiting, and missed 3 of the 28 such messages
 * in the corpus's train and dev splits (all 28 labelled with the type). Left out: the customer's own
 * demand (我要赔偿), compensation offered (说赔一百块, 补偿五十) and 要补 for a breakfast the booking
 * included, which the labels read as the booking not honoured (order_accuracy).
 */
const CHARGE_DEMANDED = /(?:(?<!我)要|让我们?|叫我们?)(?:我们?)?(?:赔|赔偿|收)[^，。！？,.!?；;]{0,6}?(?:(?:[0-9０-９]+|[一二三四五六七八九十百千两几]+)(?:块|元|百|千|十)|[0-9０-９]{2,}(?![0-9０-９]|分|小|天|个|点|号|楼|人|间|晚|次|%))/;

/**
 * "晚退一小时直接扣了半天房费", "多扣了我两百", "被扣了一晚的钱": the business took a sum off the
 * customer (price_billing: overcharging, unexpected fees, deposits). The model reads the short
 * checkout complaint around it as its wait and missed the charge. Only with the sum or the room
 * charge told: "钱扣了订单没生成" is the app's fault, "扣了两次" is told with what followed.
 */
const SUM_DEDUCTED =
  /(?:还|又|竟然|居然|直接)扣(?:了)?我(?:的)?(?:钱|费|费用)(?![包])|(?:扣了|扣我|扣掉|多扣|被扣|直接扣|(?:每个?月|每月|每年)(?:都|还)?扣)(?:我们?|了)?[^，。！？,.!?；;\s]{0,3}?(?:房费|[0-9０-９]{2,}(?![0-9０-９]|分|小|天|个|点|号|楼|人|间|次|%)|(?:[0-9０-９]+|[一二三四五六七八九十百千两几半]+)(?:块|元|百|千|十|天的?(?:房费|钱)|晚的?(?:房费|钱)))/;

/**
 * "停车场小还收停车费", "小孩也要收早餐费", "早餐要单独买", "加床要另付200", "换房说要加钱", "儿童早餐也要钱", "带宠物要多交
 * 两百", "早饭得自己掏钱": something the customer took for part of the stay charged on top, an
 * unexpected fee by the guide. The model reads the thing
 * charged for (停车, 早餐, 加床) as its own type and missed the fee. Only with a word saying the
 * charge comes on top (还, 另, 额外, 单独, 加钱): "收费合理" and "停车费二十" judge or tell a price.
 */
const EXTRA_CHARGED =
  /(?:还|又|也|竟然|居然)要?(?:另外|额外|单独)?(?:加?收)[^，。！？,.!?；;\s]{0,4}?费|(?:还|又|竟然|居然)被(?:多)?收了?[^，。！？,.!?；;\s]{0,4}?费|(?:要|得|需|需要|还要|还得)(?:另外|另|额外|单独)(?:分期)?(?:付|买|交|收|花|掏|加)|(?:还|又|竟然|居然)(?:让|要|叫)(?:我们?)(?:付|交|出)[^，。！？,.!?；;\s]{0,4}?费|(?:要|得|还要|还得)加钱|(?:也|都|还|又)要收?(?:钱(?!包)|费)|(?:要|得|需要|还要|还得)多(?:交|付|给)|(?:要|得)自己(?:掏|出|付)钱/;
/**
 * "预订时付过了，到店又让付一次", "退房又让我再付一遍", "前台说没收到钱，让我再付一次": the business made the
 * customer pay again, overcharging by the guide; 11 of the 15 such messages of train and dev are
 * labelled price_billing, and of the others two are the app's own prompt (又弹窗让我再付一次) or a
 * 重新付 the labels read as the system's fault (digital_experience). Only 再 or 又, and not the app's prompt.
 */
const PAID_AGAIN = /(?:让|要|叫)(?:我们?)?(?:再|又)(?:付|交|支付)|(?:再|又)(?:让|要|叫)(?:我们?)?再?(?:付|交|支付)/;
/** The app's or the page's own prompt to pay again (又弹窗让我再付一次), its system's fault. */
const APP_PROMPT = /弹窗|弹出|页面|提示/;
/** A charge only supposed, asked about or feared: 如果要加钱, 会不会另外收费, 担心要单独买. */
const NOT_TOLD = /如果|要是|假如|万一|担心|怕|会不会|是不是|请问/;

/** Adds price_billing when the message says the business demanded a sum of the customer, or charged on top of the stay, unless the model found it. */
export function typesForChargeDemanded(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const found = CHARGE_DEMANDED.exec(text) ?? toldCharge(text, EXTRA_CHARGED) ?? paidAgain(text);
  if (!found) return types;
  return withNamedType(types, PRICE_TYPE, found[0]);
}

/** Adds price_billing when the message says the business took a sum off the customer (直接扣了半天房费), unless the model found it. */
/** Change given short at the till: 少找了五块钱, 找零少给了十块, 找零找错了 (the customer paid more than the bill). */
const CHANGE_SHORT = /少找(?:了|我们?)?[^，,。！？!?；;\s]{0,3}?(?:[0-9０-９]+|[一二三四五六七八九十两几]+)(?:块|元|毛)|找零(?:的时候|时)?(?:也|还)?(?:少给|少找|找错|给错|算错)/;

export function typesForSumDeducted(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const found = toldCharge(text, SUM_DEDUCTED) ?? toldCharge(text, CHANGE_SHORT);
  return found ? withNamedType(types, PRICE_TYPE, found[0]) : types;
}

/** The customer made to pay again, unless the app prompted it (又弹窗让我再付一次). */
function paidAgain(text: string): RegExpExecArray | null {
  const found = toldCharge(text, PAID_AGAIN);
  return found && !APP_PROMPT.test(clauseBefore(text, found.index)) ? found : null;
}

/** The charge `pattern` finds, unless it is denied or only supposed (如果要加钱, 没扣我房费). */
function toldCharge(text: string, pattern: RegExp): RegExpExecArray | null {
  const found = pattern.exec(text);
  if (!found) return null;
  const before = clauseBefore(text, found.index);
  if (NOT_TOLD.test(before) || isNegated(before + found[0], before.length)) return null;
  return found;
}
