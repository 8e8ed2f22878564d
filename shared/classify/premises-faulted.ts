import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

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
  /(?:(?<![长边围然作习居])环境|店面|店里|厕所|洗手间|地面|地上|桌子|桌面)(?:也|还|又|真的|实在|卫生)?(?:(?:太|很|非常|特别|超|巨|好)(?:差|脏|乱|吵|挤|破|旧|臭|闷|油|黏|简陋)|太小|脏乱差|又小又挤|又脏又乱|又脏又臭|又吵又挤)|(?<![长边围然作习居])环境(?:也|还|又|真的|实在|卫生)?(?:不好|不太好|不怎么样|不太行|不行)(?![吗呢]|的话)|(?:店里|店内|大厅|大堂|包间|包厢|餐厅里|屋里|房间里?|客房)(?:也|还|又|真的|实在)?(?:太|很|非常|特别|超|巨|好)(?:热|冷|闷)(?![情门])|(?:房间|客房|屋里|屋子|房里|卫生间|浴室|厕所|洗手间|走廊|大堂|店里)(?:里|内)?(?:有|一|总有|总是有|老是有)?(?:一)?(?:股|阵)?(?:异味|霉味|臭味|烟味|怪味|尿骚味|下水道味)/;

/** Adds environment when the message says the premises were dirty, shabby, cramped or noisy, unless the model found it. */
export function typesForPremisesFaulted(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = PREMISES_FAULT.exec(text);
  if (!found) return types;
  return withNamedType(types, PREMISES_TYPE, found[0]);
}
