import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import type { Taxonomy } from './taxonomy.ts';

const PREMISES_TYPE = 'environment';
/** Who brings a takeaway or a parcel to the door. */
const COURIER = /骑手|配送员|送餐员|外卖员|外送员|外卖|快递|小哥/;
/** Any place of the business's or where it stands: its shop, a stay, its location, its facilities. */
const BUSINESS_PLACE = /前台|入住|退房|酒店|宾馆|民宿|客栈|客房|房间|服务员|上菜|店里|店内|店面|门面|门店|到店|进店|餐厅|饭店|堂食|包间|大堂|物业|房东|公寓|环境|位置|地段|周围|附近|周边|交通|停车|通风|商场|装修|卫生间|厕所|洗手间|浴室|淋浴|马桶|地毯|拖鞋|床|被子|毛巾|空调|桌|座位|排队/;

/**
 * "骑手小哥腿脚麻利，电梯坏了爬到十五楼", "我们小区特别难找，小哥打了两个电话还是准时送到了", "外卖箱里一股烟味":
 * where a courier brings the order and no place of the business is named, the only premises are the
 * customer's own (a lift, a block, a lane) or the courier's box, and environment (the business's
 * premises and facilities, by the guide) has nothing to name. The model read 电梯坏了, 难找 and 烟味 as a
 * hotel's. Over the corpus and measuring sets: 15 readings right, none wrong beyond the rule it replaced
 * (the customer's lift and stairs alone), whose every reading it keeps.
 */
export function typesForCourierNoBusinessPlace(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PREMISES_TYPE) || !COURIER.test(text) || BUSINESS_PLACE.test(text)) return types;
  return withoutType(types, PREMISES_TYPE);
}

/** The taxonomy's Chinese environment phrases, problems and topics alike. */
export function premisesPhrases(taxonomy: Taxonomy): string[] {
  const type = taxonomy.types.find((t) => t.id === PREMISES_TYPE);
  return type ? [...Object.keys(type.keywords), ...Object.keys(type.topics)].filter((phrase) => /[\u3400-\u9fff]/.test(phrase)) : [];
}
