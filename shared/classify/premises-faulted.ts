import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const PREMISES_TYPE = 'environment';

/**
 * "环境脏乱差，服务员还爱理不理", "环境太差了，服务员态度也不好", "店面又小又挤": the premises said
 * dirty, shabby, cramped or noisy are environment by the guide. Beside a complaint of the staff
 * the model, sure of service_attitude, gave environment to none of these. All 7 written corpus
 * reviews the rule reads are labelled environment. A degree short of 很 is left to the model:
 * the 3 food reviews saying 店里有点挤, 有点吵, 桌子有点脏 without the type go on "但这就是老店",
 * "但是很有烟火气", "老板看见马上过来擦了". The premises must be named right before the fault:
 * a parcel 又脏又乱, a cow's 生长环境太臭 and a station's 周围的环境不能再脏乱差 are no restaurant's.
 * Small is a fault only as too small (店面太小，只有四张桌子, 洗手间太小了); 店面很小 describes a
 * place praised for it as often ("店面很小，只有五六张桌子…但翻台快", labelled no complaint). A smell
 * in the room or the shop ("房间有异味", "卫生间一股下水道味") is the premises too: 有异味 alone is one of
 * product_quality's phrases (the food), and beside 一般般 the model gave neither. So are the premises said
 * not good (环境不好, not 环境一般, a lukewarm remark) or too hot or cold (店里太热, 包间有点冷), which the
 * model passed over in long restaurant reviews.
 */
const PREMISES_FAULT =
  /(?:(?<![长边围然作习居])环境|店面|店里|厕所|洗手间|地面|地上|桌子|桌面)(?:也|还|又|真的|实在|卫生)?(?:(?:太|很|非常|特别|超|巨|好)(?:差|脏|乱|吵|挤|破|旧|臭|闷|油|黏|简陋)|太小|脏乱差|又小又挤|又脏又乱|又脏又臭|又吵又挤)|(?<![长边围然作习居])环境(?:也|还|又|真的|实在|卫生)?(?:不好|不太好|不怎么样|不太行|不行)(?![吗呢]|的话)|(?:店里|店内|大厅|大堂|包间|包厢|餐厅里|屋里|房间里?|客房)(?:也|还|又|真的|实在)?(?:太|很|非常|特别|超|巨|好)(?:热|冷|闷)(?![情门])|(?:房间|客房|屋里|屋子|房里|卫生间|浴室|厕所|洗手间|走廊|大堂|店里)(?:里|内)?(?:有|一|总有|总是有|老是有)?(?:一)?(?:股|阵)?(?:异味|霉味|臭味|烟味|怪味|尿骚味|下水道味|(?<=[股阵])味(?:儿|道)?(?![香]))/;

/**
 * "浴室地太滑", "桌角这么尖也不包一下", "阳台栏杆很矮": the premises said dangerous to a guest, a
 * facility at fault by the guide (environment), which the model passed over in short family
 * reviews (it knew the long ones, where a fall or a cut is told). A floor said slippery, a corner
 * sharp, a railing low or loose, with a degree word; not denied (没觉得地很滑) nor only feared (怕地太滑).
 */
const PREMISES_HAZARD =
  /(?:地面|地砖|地板|瓷砖|浴室|卫生间|淋浴间|淋浴房|地)(?:也|还|又|真的|实在)?(?:太|很|非常|特别|超|巨|好|这么|那么|有点|有些)滑|(?:地面|地砖|地板|瓷砖)滑得|(?:桌角|桌子角|床角|柜角|柜子角|边角|尖角)(?:也|还|又|真的|实在)?(?:太|很|非常|特别|超|好|这么|那么)(?:尖|锋利)|(?:栏杆|护栏)(?:也|还|又|真的|实在)?(?:太|很|非常|特别|超|好|这么|那么)(?:矮|低|松)/;
const HAZARD_NOT_TOLD = /如果|要是|假如|万一|担心|怕|以为/;

/**
 * "餐具好像没洗干净，碗边上有一圈印子", "桌子上还有上一桌的残渣", "座位又硬又挤", "桌椅有点油腻腻的", "椅子坐着不舒服",
 * "座位之间太近了": the tableware left
 * unwashed, the last party's mess left on the table, or the seats cramped or hard are the premises'
 * cleanliness and facilities (environment); the corpus labels every review saying so environment.
 * Told alone the model knows them, but buried mid-way in a long review of the dishes it passed them
 * over. Not when denied (碗里没有水渍) or only feared (如果餐具不干净).
 */
const TABLE_OR_SEATS_FAULT =
  /(?:餐具|碗筷|碗碟|碗|盘子|杯子|茶杯|筷子|勺子|碟子)[^，。,！!？?；;没无不]{0,8}?(?:没洗干净|没洗净|洗不干净|不干净|污渍|水渍|油渍|口红印|印子)|上一桌(?:的|留下的)?(?:残渣|垃圾|骨头|剩菜|汤汁|饭粒)|(?:桌子|桌面|桌椅|椅子)上?(?:也|还|还是|都)?(?:有点|有些|比较)?(?:油乎乎|油腻腻|油腻|黏糊糊|粘糊糊|脏兮兮)|(?:座位|座椅|椅子|沙发|凳子)(?:坐着|坐起来|坐得)(?:也|还|真的|实在)?(?:很|太|特别|非常|有点|有些)?不(?:太)?舒服|(?:座位|座椅|椅子|沙发|过道|位子|桌子|桌与桌)(?:之间|间距)?(?:也|还|又|真的|实在)?(?:(?:太|很|非常|特别|超|巨|好)(?:挤|窄|硬|破|旧|脏|近|密)|又(?:硬|小|窄|破|旧|脏)又(?:挤|硬|窄|破|旧|脏))/;

/**
 * "通风太差了", "油烟很大", "店里烟太大了，呛得眼睛疼": the room's air, smoky or unventilated, is a
 * smell of the premises (environment); beside praise of the dishes the model gave it none, though it
 * knew 排烟不太行 and 空气不流通. Not 烟火气, a lively place, nor 油烟不大.
 */
const AIR_POOR =
  /(?:通风|排烟|排风|抽风|换气)(?:也|还|真的|实在|效果)?(?:(?:太|很|非常|特别|超|巨|好)(?:差|弱|烂)|不(?:太|怎么)?(?:行|好|给力))|烟味?(?:也|还|真的|实在)?(?:太|很|非常|特别|超|巨|好)(?:大|重|呛)/;

/**
 * "洗手间没有纸", "厕所连洗手液都没有", "店里没有洗手间，要去商场上": the washroom lacking, or none at all, is the
 * premises' facilities (environment); told in passing after the dishes the model gave it nothing.
 */
const WASHROOM_LACKING =
  /(?:洗手间|厕所|卫生间)(?:里)?(?:也|都|居然|竟然|连)?(?:没有?|没)(?:纸|手纸|卫生纸|擦手纸|洗手液|肥皂|热水|灯|门锁)|(?:洗手间|厕所|卫生间)(?:里)?连(?:纸|手纸|卫生纸|擦手纸|洗手液|肥皂)都没有?|(?:店里|店内|餐厅|餐厅里)(?:也|居然|竟然)?没有?(?:洗手间|厕所|卫生间)/;

/**
 * "房间在一楼，潮得很", "屋里潮乎乎的": a stay's room said damp, at a degree that cannot mean the decor is
 * trendy (装修很潮). Of the room, the guide's premises; 被子潮乎乎的 says the same of the room, as the
 * corpus labels it (see linen-faulted.ts).
 */
const ROOM_DAMP = /潮(?:得很|得不行|得厉害|得要命|乎乎|兮兮|湿湿|气(?:也|还)?(?:很|太|特别|比较)?重)/;
const STAY = /房间|客房|屋里|屋子|民宿|酒店|宾馆|旅馆|客栈|一楼|地下室|入住/;
/**
 * "房间挺大的，就是有股味": a smell told after a contrast with its subject left out, in a stay; bare 股味
 * (有股味, 一股味儿) is a bad one, 有股香味 is not. The room's own 房间有股味道 is in PREMISES_FAULT.
 */
const SMELL_AFTER_CONTRAST = /(?:就是|只是|可惜|但是|不过)(?:有|一)一?股子?味(?:儿|道)?(?![香])/;

/** Adds environment when the message says the premises, the tableware or the seats were dirty, shabby, cramped, noisy, smoky or dangerous, unless the model found it. */
export function typesForPremisesFaulted(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = PREMISES_FAULT.exec(text) ?? toldAsFact(text, PREMISES_HAZARD) ?? toldAsFact(text, TABLE_OR_SEATS_FAULT) ?? toldAsFact(text, AIR_POOR) ?? toldAsFact(text, WASHROOM_LACKING) ?? (STAY.test(text) ? (toldAsFact(text, ROOM_DAMP) ?? SMELL_AFTER_CONTRAST.exec(text)) : null);
  if (!found) return types;
  return withNamedType(types, PREMISES_TYPE, found[0]);
}

/** The fault found, unless it is only feared or supposed in its clause, or denied there. */
function toldAsFact(text: string, fault: RegExp): RegExpExecArray | null {
  const found = fault.exec(text);
  if (!found) return null;
  const before = clauseBefore(text, found.index);
  return HAZARD_NOT_TOLD.test(before) || isNegated(before + found[0], before.length) ? null : found;
}
