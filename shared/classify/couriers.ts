/**
 * Who carries the order: 骑手, 外卖小哥, 送餐员, 送餐的大哥 (not 小哥 alone: 点菜的小哥 is a waiter), and in
 * Taiwan's words 外送员, 外送师, 外送伙伴 (foodpanda's), 外送小哥, 外送的 (traditional text keeps 外送; see
 * mainland-words.ts).
 */
export const COURIER = /骑手|(?:外卖|外送|送餐|快递|配送|美团|饿了么)小哥|送餐员|外卖员|外送员|外送师|外送伙伴|配送员|送外卖的|送餐的|外送的|外卖大哥|外送大哥|送餐大哥/;
/** Someone of the business, whose conduct a sentence naming the courier may be telling of instead (商家说是骑手弄丢的). */
export const BUSINESS = /商家|店家|老板|客服|服务员|前台|店员|经理/;
/** A hotel's own room service (送餐员把餐盘往桌上一扔), which the corpus labels without delivery. */
export const STAY = /客房|酒店|宾馆|民宿|入住/;
