import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { EATEN_SLEPT_ON_OR_BOUGHT } from './goods-named.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { CLAUSE_BREAK, clauseBefore, sentenceAround } from './sentences.ts';

const PREMISES_TYPE = 'environment';

/**
 * The internet a place gives its guests, or the phone or TV reception in its rooms (the corpus labels
 * a stay's 信号不好, 电视信号很差 environment, a carrier's product_quality); 网 alone only before a
 * degree (酒店的网太慢了; not 网上, 网红).
 */
const INTERNET = '(?:网络|网速|wifi|wi-fi|无线网|上网|宽带|信号|网(?=太|很|也|还|真|好|特别|非常|比较|有点|超|巨|一直|老|总|经常))';
/** How sure or how much (太, 也很, 这么, 经常, 老是, 基本), or which side of it (wifi信号很弱, 上网速度慢). */
const DEGREE = '(?:也|还|都|这么|那么|太|很|非常|特别|比较|有点|有些|超|巨|好|真|实在|老是|老|总是|总|经常|偶尔|时不时|三天两头|隔三差五|有时候?|一直|根本|完全|基本|信号|速度)*';
/**
 * The internet failing: 差, 慢, 卡, 时断时续, 连不上, 掉线, 偶尔断. 不 may only stand before what it makes a
 * fault of (不好, 不稳定, 连不上): "网速不慢", "wifi不卡" and "网络没问题" are none.
 */
const FAULT = '(?:差|慢|卡|烂|弱|不好|不行|不稳|不给力|时断时续|断断续续|经常断|老断|一直断|总断|断线|断网|断|掉线|连不上|用不了|上不去|上不了|不能用|没信号)';
const INTERNET_FAULT = new RegExp(`${INTERNET}(?:的)?${DEGREE}${FAULT}|(?:连不上|连不了|上不了|用不了)(?:房间的?)?${INTERNET}|(?:不能|没法|无法)上网|网口[^，,。！？!?；;\\n]{0,3}?坏|网线要?(?:自己带|自带|去前台借|借|另买|买)|(?:自己带|自带)网线`, 'i');
/**
 * The way in failing: a password that is wrong or that nobody knows (wifi密码不对, 无线网密码错误,
 * 前台给的wifi密码是错的, 不知道wifi密码).
 */
const PASSWORD_FAULT = /(?:wifi|wi-fi|无线网?|网络)(?:的)?密码[^，,。！？!?；;\n]{0,8}?(?:不对|错|不正确|不知道|连不上)|不知道(?:wifi|wi-fi|无线网?|网络)的?密码/i;
/** The password said wrong in a clause of its own (无线网要找前台要密码，给的密码还是错的), of the internet only where it is named. */
const BARE_PASSWORD_WRONG = /密码[^，,。！？!?；;\n]{0,4}?(?:不对|错|不正确)/;
const INTERNET_NAMED = /wifi|wi-fi|无线网|网络|上网/i;
/** A password of something else: a safe, a lock, an account or a payment. */
const OTHER_PASSWORD = /保险|门锁|密码锁|支付|银行|账户|账号|登录|卡/;
/**
 * No internet at all (房间没有网络, 客房里没wifi, 根本没有网): 网 alone not before 上, 页, 购, 点, 红,
 * 约, 站, 友 or a booking (没有网上预订, 没有网络预订的优惠), and not "有没有wifi" (a question).
 */
const NO_INTERNET = /(?<!有)(?:没有|没|无)(?:网络(?![预订购上支平])|网线|wifi|wi-fi|无线网|宽带|信号(?!灯)|网(?![上页购点红约站友络预订支平]))/i;
/** A lack or a fault said of another place or of a wish: 如果房间没有网络就不住了, 担心没有wifi. */
const SUPPOSED = /如果|要是|假如|万一|担心|怕|以为/;
/**
 * A stay, or a restaurant or café's premises (饭店 is also Taiwan's hotel): without one the internet may be a device's (the corpus labels "wifi信号真差劲", "上网速度慢"
 * of a phone or tablet product_quality) or a carrier's ("宽带断网三天").
 */
const PREMISES = /酒店|饭店|宾馆|旅馆|客栈|民宿|客房|房间|前台|入住|退房|大堂|餐厅|咖啡馆|咖啡厅|店里/;
/** What else only a stay (or a café) is praised or blamed for (风景、服务、餐饮都在线; 早餐也丰富; 装修有格调), said of no device. */
const OF_A_STAY = /住|早餐|卫生|打扫|隔音|床|景|位置|地铁|装修|环境/;
/** The wifi itself said to fail (wifi太慢了, 无线网老断): a place gives it out, a device names itself beside it. */
const HOTSPOT = /wi-?fi|无线网/i;
/** A device, a purchase or a carrier: their internet is theirs, not a stay's. */
const DEVICE = /路由|手机|电脑|平板|笔记本|本本|网卡|机器|机子|屏|电池|键盘|系统|三星|苹果|华为|彩信|买|购|收到|到手|京东|快递|物流|发货|套餐|运营商|营业厅|app|软件/i;
/**
 * The fault put right at once ("网络卡了一下两分钟就处理好了"), or taken as a plus in a retreat
 * ("手机信号弱反而是优点"): the labels call either no complaint.
 */
const PUT_RIGHT = /处理好|修好|弄好|就好了|恢复|反而|优点|好处/;

/**
 * "房间干净，但是网络太差了", "房间wifi时断时续的", "酒店唯一不足是wifi老是掉线": a place's internet
 * failing is its premises, environment by the guide (hotel in-room broadband/wifi not working),
 * and the corpus labels it so in stays and cafés. The taxonomy lists some such phrases (网络太慢,
 * wifi不好) but a fault said in other words (网络太差, 时断时续, 经常断) gave the model nothing,
 * or product_quality from 差 alone. Named when the message is about a stay, or praises or blames
 * what only a stay has and names no device, and the sentence does not say the fault was put right.
 */
export function typesForInternetFault(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = stayInternetFault(text);
  return found === undefined ? types : withNamedType(types, PREMISES_TYPE, found);
}

const APP_TYPE = 'digital_experience';
/** The company's own systems the guest used: an app, a site, a login page, a booking or payment. */
const THE_COMPANYS_SYSTEMS = /app|软件|网站|网页|页面|登录|注册|公众号|小程序|系统|订单|预订|预定|支付|付款|携程|美团|飞猪|同程|艺龙|去哪儿|平台/i;

/**
 * "民宿的网络很差，老掉线", "wifi时断时续，晚上想追个剧一直转圈": a stay's internet failing is the
 * premises (environment), not the company's app or site misbehaving, but the model reads
 * digital_experience into 网络 and 掉线. Dropped when the internet fault is the stay's (as
 * typesForInternetFault reads it) and the message names none of the company's systems (the corpus
 * labels a WiFi 登录页面 asking for an ID number, or 扫码关注公众号才能连WiFi, digital_experience).
 */
export function typesForStayInternetNotTheApp(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === APP_TYPE) || !stayInternetFault(text) || THE_COMPANYS_SYSTEMS.test(text)) return types;
  return withoutType(types, APP_TYPE);
}

/**
 * The phrase of a stay's internet said to fail, unless the fault was put right at once or only
 * supposed. A wrong or unknown wifi password, or the wifi said to fail, needs no stay named: only a
 * place gives one out, a device's own (a router's) is named with it.
 */
function stayInternetFault(text: string): string | undefined {
  const password = PASSWORD_FAULT.exec(text) ?? (INTERNET_NAMED.test(text) && !OTHER_PASSWORD.test(text) ? BARE_PASSWORD_WRONG.exec(text) : null);
  const found = password ?? INTERNET_FAULT.exec(text) ?? NO_INTERNET.exec(text);
  if (!found) return undefined;
  const ofThePremises = PREMISES.test(text) || ((password !== null || OF_A_STAY.test(text) || HOTSPOT.test(found[0])) && !DEVICE.test(text));
  if (!ofThePremises) return undefined;
  const sentence = sentenceAround(text, found.index, found.index + found[0].length);
  if (PUT_RIGHT.test(sentence) || SUPPOSED.test(sentence)) return undefined;
  return found[0];
}

const GOODS_TYPE = 'product_quality';

/**
 * "住了三晚，上网速度不行，连个微信视频都卡", "wifi信号很弱，在床上基本没信号": a stay's internet
 * failing is no product_quality either, but the model read it into 信号, 度不 and 都卡 (the shopping
 * labels give a phone's or tablet's slow internet that type). Dropped when the internet fault is the
 * stay's and nothing eaten, slept on or bought is named.
 */
export function typesForStayInternetNotTheGoods(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === GOODS_TYPE) || !stayInternetFault(text) || EATEN_SLEPT_ON_OR_BOUGHT.test(text)) return types;
  return withoutType(types, GOODS_TYPE);
}

const ORDER_TYPE = 'order_accuracy';
/** A clause about the internet (its wifi, signal, line or password). */
const ABOUT_THE_INTERNET = /网|wi|信号|宽带|密码/i;
/** Something booked, ordered, sent or given short (订的, 点的, 少送, 漏了, 给错): an order error of its own. */
const ORDERED = /订|点的|点了|送|少|漏|缺|错/;

/**
 * "房间没有wifi，也没有网线", "无线网要找前台要密码，给的密码还是错的": a stay's internet missing or
 * failing is the premises, no item left out of an order, but the model read order_accuracy into
 * 没有 and 给的…错. Dropped when the internet fault is the stay's and no clause besides those about
 * the internet names something booked, ordered or sent, or one of the type's phrases.
 */
export function typesForStayInternetNotAnOrder(types: ComplaintTypeScore[], text: string, orderPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE) || !stayInternetFault(text)) return types;
  const otherClauses = text.split(CLAUSE_BREAK).filter((clause) => !ABOUT_THE_INTERNET.test(clause));
  if (otherClauses.some((clause) => ORDERED.test(clause) || holdsAnyPhrase(clause, orderPhrases))) return types;
  return withoutType(types, ORDER_TYPE);
}

/** Signal bars said few (在家里只有一格, 信号就一格): the line's reach. */
const FEW_BARS = /(?:只有|就|才|剩)(?:一|1|两|2)格/;
/** Put right, not "还没修好" (the stay's PUT_RIGHT reads 反而 and 优点 too, of a retreat). */
const LINE_PUT_RIGHT = /(?<![没不未])(?:处理好|修好|弄好|恢复)|就好了/;
/** The fault itself called small, the handling blamed (所以问题根本不复杂，就是你们的流程有问题): the line is no complaint. */
const FAULT_MADE_LIGHT = /问题(?:根本|其实|本身|并)?不(?:复杂|大|在)/;
/** Others' report or a fear (前面说信号不稳的朋友, 听说信号差): not the customer's line. */
const HEARSAY = /说|听|担心|怕|以为/;

/**
 * Whoever else the connection may be blamed on: a takeaway's rider or shop, the company's app (its own faults are
 * digital_experience), or a place's wifi or TV (挺好的 就是wifi老断, 电视信号很差: the corpus labels them a stay's, environment).
 */
const NOT_THE_LINE = /外卖|骑手|送餐|商家|店|app|软件|网站|页面|网页|小程序|系统|wifi|wi-fi|无线网|电视/i;

/**
 * "家里宽带三天两头断网", "信号差到离谱，在家里只有一格": a carrier's line or a device's reception failing, with no
 * stay or shop around it, is the thing bought, product_quality, as the corpus labels a phone's 信号不好 and a carrier's
 * 宽带断网; the model, meeting broadband beside a repair call, read only the repair. Not the internet of a stay
 * (typesForInternetFault), a takeaway's or an app's, nor a fault put right or supposed.
 */
export function typesForLineFault(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, GOODS_TYPE, taxonomyTypes) || PREMISES.test(text) || OF_A_STAY.test(text) || NOT_THE_LINE.test(text) || FAULT_MADE_LIGHT.test(text)) return types;
  // A wifi card (无线网卡) is a part named, not 无线网 said to 卡.
  const line = text.replace(/网卡/g, '网件');
  const found = INTERNET_FAULT.exec(line) ?? (/信号/.test(line) ? FEW_BARS.exec(line) : null);
  if (!found) return types;
  const sentence = sentenceAround(line, found.index, found.index + found[0].length);
  if (LINE_PUT_RIGHT.test(sentence) || SUPPOSED.test(sentence) || HEARSAY.test(clauseBefore(line, found.index))) return types;
  return withNamedType(types, GOODS_TYPE, found[0]);
}
