import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { orderTaken } from './order-taken.ts';
import { clauseBefore } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';
const TRANSPORT_TYPE = 'delivery';
const AFTER_SALES_TYPE = 'after_sales';
const PRIVACY_TYPE = 'privacy_security';

const ORDER = '(?:外卖|餐|饭|单子|订单|奶茶|咖啡|饮料|菜|蛋糕|打包的)';
/** Someone handing the customer's order to another: 店员把我的外卖给了别人, 商家把我的餐给了别的骑手. */
const GIVEN_AWAY = new RegExp(
  `把(?:我|我们)(?:的|点的|订的)?${ORDER}(?:给了|送给了?|拿给了?|交给了?|发给了?|给错了?)(?:别人|别的|其他|另一|别桌|隔壁|错人)`,
);
/** A takeaway, told of before the words of where it was left: 外卖放在门口，被人拿走了 (not 吃饭，放在椅背上的包被人拿走了). */
const TAKEAWAY = '(?:外卖|订单|单子|奶茶|咖啡|饮料|蛋糕)';
/** The order taken by another: 外卖被别人拿走了, 奶茶让其他顾客拿错了, 外卖放在门口，被人拿走了. */
const TAKEN_AWAY = new RegExp(`(?:${ORDER}|${TAKEAWAY}[^。！？!?；;\\n]{1,12}?)(?:被|让)(?:别人|别的人|其他人|人|别的骑手|其他骑手|别的顾客|其他顾客|别桌)(?:拿走|取走|领走|拿了|取了|顺走|拿错|取错|偷)`);
/** Almost, luckily not, or only feared: 差点被人拿走. */
const NOT_HAPPENED = /差点|差一点|险些|幸好|还好|怕|担心|如果|万一/;
/** The rider, or where a rider leaves an order: its getting to the customer, delivery. */
const TRIP = /骑手|小哥|配送员|送餐员|外卖员|快递员|跑腿|楼下|门口|外卖架|外卖柜|放在|丢在|扔在/;
/** The shop's own people or counter: what the customer ordered not given them, order_accuracy. */
const SHOP = /店员|商家|店家|老板|店里|店长|服务员|收银|柜台|自取|到店/;
/** The shop or platform refusing to put it right: after_sales (客服推诿, 不给换). */
const REFUSED = /(?:店里|商家|店家|老板|店员|店长|平台|客服)(?:也|都|根本|完全|说|却)?(?:不管|不理|不处理|不负责|不认账?|不承认|不关(?:他们|我们|店里|我)?的?事|不给(?:退|补|重做|换|赔))/;
/** Personal data given away is privacy_security whatever else went: 把我的手机号给了别人. */
const PERSONAL_DATA = /手机号|电话号|号码|个人信息|信息|地址|身份证|隐私/;

const SHOP_ALL = new RegExp(SHOP.source, 'g');
const TRIP_ALL = new RegExp(TRIP.source, 'g');

/** Where the last match of a global pattern in `text` starts, or -1. */
function lastAt(pattern: RegExp, text: string): number {
  let at = -1;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) at = found.index;
  return at;
}

function givenAway(text: string): { found: RegExpExecArray; actor: string } | undefined {
  const found = GIVEN_AWAY.exec(text) ?? TAKEN_AWAY.exec(text);
  if (!found) return undefined;
  const before = clauseBefore(text, found.index);
  if (NOT_HAPPENED.test(before + found[0])) return undefined;
  return { found, actor: found[0].startsWith('把') ? before : '' };
}

/**
 * "店员把我的外卖给了别人", "外卖被别人拿走了，店里也不管": the order going to someone else. By the
 * guide the shop not giving the customer what they ordered is order_accuracy (送错, 不是我点的),
 * and getting it to them is delivery: the corpus labels the rider's mix-ups and orders taken from
 * where a rider left them delivery, the shop's order_accuracy. The one who handed it over decides
 * (the last named in the words before 把: 商家说骑手把… is the rider), else the message: the rider or a drop-off place named, delivery; the
 * shop's people or counter, order_accuracy; neither, delivery. The shop or platform refusing to
 * put it right (店里也不管) is after_sales. The model read 把我的…给了别人 as personal data given away.
 */
export function typesForOrderGivenAway(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const away = givenAway(text);
  if (!away) return types;
  const phrase = away.found[0];
  const shopAt = lastAt(SHOP_ALL, away.actor);
  const tripAt = lastAt(TRIP_ALL, away.actor);
  const byShop = shopAt !== tripAt ? shopAt > tripAt : !TRIP.test(text) && SHOP.test(text);
  const type = byShop ? ORDER_TYPE : TRANSPORT_TYPE;
  if (mayName(types, type, taxonomyTypes)) types = withNamedType(types, type, phrase);
  const refused = REFUSED.exec(text);
  if (refused && mayName(types, AFTER_SALES_TYPE, taxonomyTypes)) types = withNamedType(types, AFTER_SALES_TYPE, refused[0]);
  return types;
}

/** The order, not personal data, went to someone else: no privacy_security, unless someone took it from where it was left (a theft: order-taken.ts). */
export function typesForOrderGivenAwayNotPrivacy(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PRIVACY_TYPE) || PERSONAL_DATA.test(text) || !givenAway(text) || orderTaken(text) !== undefined) return types;
  return withoutType(types, PRIVACY_TYPE);
}
