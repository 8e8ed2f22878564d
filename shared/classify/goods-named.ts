/**
 * What product_quality covers in a stay or a shop, named: the food or drink, a bed as a thing judged (床, not 床上, 床边,
 * 床头), its linen or the toiletries, or goods bought.
 */
export const EATEN_SLEPT_ON_OR_BOUGHT = /早餐|早饭|早点|自助|餐|吃|菜|饭|粥|面条|咖啡|茶|水果|点心|饮料|食|床(?!上|边|头)|枕|被|毛巾|浴巾|浴袍|拖鞋|牙刷|洗发|沐浴|用品|买|购|收到|到手/;
