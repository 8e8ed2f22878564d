import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const FOOD_TYPE = 'product_quality';
/** A stay, or the premises and fittings only a stay or a building has (the shower: 洗澡水; the room next door: 隔壁). */
const STAY = /酒店|宾馆|旅馆|客栈|民宿|客房|房间|房卡|门卡|前台|入住|退房|卫生间|设施|地毯|浴室|水龙头|马桶|泳池|(?<!加)热水(?!器|壶|杯|袋)|淋浴|洗澡|隔壁/;
/**
 * What product_quality covers in a hotel by the guide (breakfast and food, the bed and the linen,
 * the toiletries) and what says goods were bought ("热水器用了一个星期", "京东自提"), where the
 * fitting is the product. 床头 and 床边 are where a fitting stands (床头的电话坏了), not the bed; 被 before who
 * or what woke the guest (被隔壁吵醒, 被车声吵到) is the passive, not the quilt.
 */
const EATEN_USED_OR_BOUGHT = /早餐|早饭|早点|自助|餐|吃|菜|饭|粥|面条|米线|咖啡|茶|水果|点心|饮料|食|床(?!头|边)|枕|被(?!隔壁|吵|外面|楼上|楼下|人|车)|毛巾|浴巾|浴袍|拖鞋|牙刷|洗发|沐浴|用品|买|购|收到|到手|安装|京东|快递|热水器|停水|小区/;

/**
 * "设施老旧，地毯有异味，卫生间的水龙头还漏水": in a stay a broken or smelly fitting is the
 * premises, environment by the guide, but the model learnt 异味, 漏水 and 坏 from goods and reads
 * product_quality into them too. Dropped when the message is about a stay or its fittings and
 * names nothing eaten, slept on or used up, and nothing bought: in the corpus's train and dev
 * splits 1,282 messages are such, 1 labelled product_quality (which the model did not give); it
 * gave the type to 4 others.
 */
export function typesForPremisesOfAStay(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE) || !STAY.test(text) || EATEN_USED_OR_BOUGHT.test(text)) return types;
  return withoutType(types, FOOD_TYPE);
}
