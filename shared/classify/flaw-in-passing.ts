/**
 * Where a customer marks the one fault of a review they are otherwise happy with: "位置好，服务热情，
 * 唯一的缺点是隔音差", "挺好吃的，就是出餐有点慢", "美中不足的是停车太难了", "扣一星是因为服务员收盘子太勤快了",
 * "【小问题】点的热柠檬红茶上了冰的". The words that follow the
 * marker are the fault, often in words no phrase list holds (要爬七八十级台阶, 电瓶车要等好久), and the
 * review's praise drowns them for the type model. The marker opens its clause (a 就是 inside one,
 * "最喜欢的就是江景", praises) and the fault runs to the sentence's end.
 */
const MARKER =
  /(?:^|[，,。.!！？?；;\s~～、…【】])\s*(?:就是|只是|扣(?:了|的那|的)?(?:一|1)(?:颗)?星(?:是因为|因为|是|给了?)?|扣分(?:项|点|的地方)?(?:是|就是)?|唯一(?:的)?(?:一个)?(?:小)?(?:缺点|不足|问题|遗憾|不满意|不满|扣分|槽点|吐槽|毛病|美中不足)?(?:的地方|之处|点|项)?(?:是|就是|系)?|美中不足(?:的|之处|的地方)?(?:是|就是)?|缺点(?:是|就是)?|不足(?:之处|的地方)?(?:是|就是)?|小问题(?:是|】)?|要说(?:缺点|不足)(?:的话)?(?:就是)?)[：:，,\s]*([^。！!？?；;\n【]{2,60})/;

/** What no business answers for: the weather, the season, the customer's own doing or taste (就是天气凉了, 就是我自己口味重). */
const NOBODYS_FAULT = /天气|下雨|下雪|降温|台风|刮风|雾霾|季节|我自己|怪我|我的原因|个人原因|个人口味|自己口味|自己的问题|我的问题/;

/** The fault a satisfied customer marks as such, or undefined. */
export function flawInPassing(text: string): string | undefined {
  const flaw = MARKER.exec(text)?.[1];
  return flaw === undefined || NOBODYS_FAULT.test(flaw) ? undefined : flaw;
}

/** A wait told (等了挺久, 排队太久, 出餐有点慢): whoever kept the customer waiting, it was not the food (no product_quality). */
const WAIT = /等|排队|慢|久/;

/** Whether the marked fault tells of a wait. */
export function flawIsAWait(flaw: string): boolean {
  return WAIT.test(flaw);
}
