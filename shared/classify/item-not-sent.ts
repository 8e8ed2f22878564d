import { countOf } from './chinese-numerals.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';

/**
 * "米饭也没送，只能干吃菜", "点的芝士球也没送", "说好的送饮料没送": an item of the order, or the
 * cutlery that comes with it, not sent, order_accuracy by the guide (少送, 没给筷子). The model
 * missed 4 of the 21 such messages in the corpus's train and dev splits (all 21 labelled with the
 * type; the 4 in dev). The clause must end at 没送/没给/没放: "面没放香菜" is a wish granted and
 * "连餐具都没放的空台" a table, and only 也, 都, 还 or 根本 may stand between the item and the
 * denial ("早餐的面特意没放" is the coriander left out on request).
 */
/** The staff or the shop forgetting what was ordered ("店员还忘了我们点的饮料", "忘记给我们上汤了"): an item left out the same way. */
const ORDER_FORGOTTEN = /(?<!别|不要|没|不会)忘(?:了|记了?)(?:给|帮)?(?:我|我们|咱们)?(?:点|要|加)的|(?<!别|不要|没|不会)忘(?:了|记了?)(?:给|帮)(?:我|我们|咱们)?(?:上|送|放|拿|做|加)/;
const ITEM_NOT_SENT = /(?:饮料|米饭|可乐|筷子|勺子|吸管|叉子|餐具|小料|酱|汤|面|甜品|赠品|鸡腿|蛋|饮品|奶茶|果汁|雪碧|纸巾|小菜|配菜|芝士球|丸子|串|饼)(?:也|都|还|根本)?(?:没|没有)(?:送|给|放)(?=[了啊呀吗，。！？,.!?；;~～\s]|$)/;
/**
 * At the table, a dish ordered and never brought ("问了才说漏单了", "吃到最后都没上", "剩下两样等到我们要走了都没来",
 * "少上了一笼排骨"): told inside a long review the model's reading of the whole misses what it types in the
 * sentence alone. 没来 only with the dishes named before it, since "服务员一直没来" is the staff's slowness.
 */
const DISH_NEVER_SERVED =
  /(?<!没|没有|不会|别)漏(?:单|上|做|掉了?(?:一|两|个|道|份|盘|笼))|(?<!没|没有|不会|别)少上了?(?:一|两|个|道|份|盘|笼|样)|(?:到最后|到走|要走了?|吃完了?|结账)(?:了|时|的时候)?(?:都|也|还|一直)?(?:没|没有)上(?![过班学网课次回])|(?:剩下|剩|另外|还有)的?(?:一|两|三|几)(?:样|道|个菜|份|盘|笼)[^，,。！？!?；;]{0,12}?(?:都|也|还|一直|始终)(?:没|没有)(?:上|来)/;

/**
 * The cutlery said missing with 没有 rather than 没给 ("饮料洒了 吸管也没有", "没有筷子 没有纸巾", "连勺子都没有"):
 * the takeaway's cutlery not sent. Not where the customer asked for none (无需餐具, 不要筷子).
 */
const CUTLERY_ABSENT = /(?:筷子|勺子|餐具|吸管|叉子)(?:也|都|还|根本)?(?:没|没有)(?=[了啊呀吗，。！？,.!?；;~～\s]|$)|没有(?:一次性)?(?:筷子|勺子|餐具|吸管|叉子)/;
const ASKED_FOR_NONE = /无需|不需要|不要|不用|免/;
/**
 * The denial told before the item ("没有送餐具，差评", "没给筷子", "又没放酱"): the same item not sent, said
 * the other way round. The clause must end at the item, so 没有送饮料的活动 is no item of this order.
 */
const DENIED_BEFORE_ITEM =
  /(?:没|没有)(?:送|给|放|配)(?:我|我们)?(?:一次性)?(?:筷子|勺子|吸管|叉子|餐具|纸巾|米饭|饮料|可乐|雪碧|果汁|小料|酱料?|汤|赠品|小菜|配菜)(?=[了啊呀吗，。！？,.!?；;~～\s]|$)/;

/**
 * An item left out with 漏 before it ("漏了一杯冻柠茶", "又漏了我的饮料"): 漏 is also a leak (汤漏了一袋), so a measure
 * word of a dish or a drink, or 我的, must follow; the cup itself (漏了一杯子) is a leak, and a room the cleaner
 * missed (保洁漏了我们这间) no item of an order.
 */
const LEFT_OUT = /(?<!没|没有|不会|别)漏(?:了|掉了?)(?:我们?的|(?:我们?)?[一两三几]?(?:杯|份|个|瓶|盒|碗|罐|样|根|串|只|碟|笼)(?!子))/;

/** Things of the order said short again (三次都少东西, 又少东西): not 多少东西, 有没有少东西, 咁少嘢 (so little). */
const THINGS_SHORT = /(?:都|又|还|总是?|老是?|经常|每次|次次)少了?东西/;

const COUNT = '([0-9]+|[一两二三四五六七八九十]{1,3})';
const MEASURE = '(?:个|份|样|道|杯|瓶|盒|碗|串|只|块|根)';
/**
 * Fewer items came than were ordered ("点了三个菜只来了两个", "买了4杯奶茶只送了3杯"): items missing from the order,
 * which the model read as the courier's when the shop blamed one (还说是骑手弄丢了). The second count must be the smaller.
 */
const FEWER_CAME = new RegExp(
  `(?:点了|买了|订了|要了|下单了?)${COUNT}${MEASURE}[^。！？!?；;\n]{0,12}?只(?:来了|送了|送来了?|到了|给了|收到了?|上了|拿到了?)${COUNT}${MEASURE}`,
);

function fewerCame(text: string): RegExpExecArray | null {
  const found = FEWER_CAME.exec(text);
  if (!found) return null;
  const ordered = countOf(found[1]!);
  const came = countOf(found[2]!);
  return ordered !== undefined && came !== undefined && came < ordered ? found : null;
}

/** Adds order_accuracy when the message says an item of the order was not sent, unless the model found it. */
export function typesForItemNotSent(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const found =
    ITEM_NOT_SENT.exec(text) ?? ORDER_FORGOTTEN.exec(text) ?? DISH_NEVER_SERVED.exec(text) ?? LEFT_OUT.exec(text) ?? THINGS_SHORT.exec(text) ?? fewerCame(text) ?? (ASKED_FOR_NONE.test(text) ? null : (CUTLERY_ABSENT.exec(text) ?? DENIED_BEFORE_ITEM.exec(text)));
  if (!found) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
