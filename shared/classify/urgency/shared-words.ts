import { CAUSED_BY_FOOD, CAUSED_BY_FOOD_EN } from './phrases/food-harm.ts';

/** Word patterns that more than one signal's checks read, kept here once and compiled once at load. */

/**
 * Something eaten or drunk near a foreign-object word: 吃出, 菜里, 汤里, 外卖… (米 of 厘米 is a length, 盒 of 收纳盒 or 鞋盒 no lunch box.)
 * A bite says it too where no dish is named ("一口咬下去咯到一个硬东西，吐出来一看是颗钉子", "硌到牙了"); 一口咬定 is insisting, 硌到腰 a bed.
 */
export const FOOD_CONTEXT = /[吃喝食菜饭粉汤粥饺包饼肉鱼虾鸡鸭蛋奶茶饮汁餐碗锅串卷堡披辣粽羹炒炸烤卤酱馅糕瓜拌]|土豆|茄子|蘑菇|木耳|海带|咬下去|一口咬(?!定)|咬了一口|咬到(?<!被[^，。！？,.!?]{0,5}咬到)|嚼|[硌咯](?:到|了一下)?牙|[硌咯]到了?(?:一[个块颗粒]|个|硬|什么|东西)|(?<![厘毫分千])米|(?<![纳鞋饰镜具])盒|(?<![里后前上下外表对侧正背方页封界版桌地])面(?![料板积膜])|(?<![结如效成后因])果(?![然断真])|切开|麻辣烫|外卖|沙拉|寿司|水果|果切|咖啡|凉皮|豆腐|豆花|豆浆|馄饨|抄手|薯条|冰淇淋|冰激凌|雪糕|可乐|毛血旺|便当|吐司|三明治|布丁|甜点|点心|小吃|零食|冰沙|薯片|巧克力|糖果|food|meal|dish|soup|salad|burger|pizza|noodle|rice|drink|sandwich|bite|ate|eating|order|curry|nugget|bread|roll|broth|fries|chicken|beef|pork|steak|pasta|taco|burrito|wrap|cake|pastry|dessert|dumpling|bowl|milk|yogurt|cereal|dal\b|biryani|pho\b|ramen|sushi|oyster|prawn|shrimp|salmon|tuna|kebab|samosa|naan|sauce|cheese|omelette|toast|smoothie|juice|coffee|latte|boba|ice cream|stew|wings|beer|pint|wine|cocktail|milkshake|lemonade|soda\b|tea\b/;
export const FOOD_CONTEXT_WINDOW = 20;

/** "吃完", "喝了两口", Hong Kong's "食完", "食咗": something eaten or drunk, before the harm (食物, 食堂 are nouns). */
export const EATING_WORDS = '[吃喝]|食[完咗了过后]';
export const EATING = new RegExp(EATING_WORDS);

/** "safety" words are about the premises; a bare 危险 needs a place around it. */
export const PLACE_CONTEXT = /[房店楼梯电门窗厅馆厕浴卫酒宾梯线插灯]|泳池|premises|room|hotel|restaurant|stairs|floor|building/;

/** A worker of the business, whose own loss the customer may mention; "寄存在前台" names a place, not whose. */
export const WORKER = /(?<![在到给于])(?:派送员|配送员|外卖小哥|送餐小哥|快递员|快递小哥|小哥|骑手|外卖员|送餐员|司机|服务员|保洁|前台|店员|老板)/;
export const LOSS_WINDOW = 12;

/** Danger said in general ("喝蒙牛很危险", "这样包装很危险的") is the guide's only when it is about a place. */
export const GENERIC_DANGER: ReadonlySet<string> = new Set(['不安全', '很危险', '太危险', '危险', '安全隐患']);

/**
 * An insurance claim: the illness, injury or theft it is about is the insured event, not harm the business did, and 报案 there
 * opens the claim with the insurer ("打保险电话…怎么报案", "意外险…女儿骑车摔骨折了，申请理赔被拒"); every writer of our sets
 * labelled such messages urgent only for a regulator or an angry demand named beside them.
 */
// Not a safe (保险箱, 保险柜) nor a fuse (保险丝); in English not "their insurance details" asked of a business that did the harm.
export const INSURANCE_CLAIM = /保险(?![箱柜丝])|理赔|医疗险|意外险|重疾险|车险|投保|保单|定损|查勘|出险|\binsurer\b|\binsurance (?:company|claim|policy)|\bmy insurance\b/i;

/** The goods, not the customer, when they fall or are dropped ("手机掉地上摔了"). */
export const GOODS = /屏幕|手机|平板|电脑|包装|机器|机身|外壳|箱子|纸箱|盒子|瓶子|货物|快递/;
export const FALL_WINDOW = 14;

/** Harm the food itself caused, in either language. */
export const CAUSED_BY_FOOD_SET: ReadonlySet<string> = new Set([...CAUSED_BY_FOOD, ...CAUSED_BY_FOOD_EN]);

/**
 * "退房时说我们把浴巾弄脏了要赔钱", "说我打碎了杯子，要赔钱", "退房的时候说毛巾不见了要赔钱": the hotel accusing the
 * guest and charging for it; what is said at check-out or room inspection is the hotel's, unless the guest is the one speaking.
 */
export const ACCUSED = /说我们?(?:把|打碎|打破|弄|少|拿|刮|损坏)|(?:退房|查房)[^。！？!?我]{0,10}说/;
export const ACCUSED_WINDOW = 30;

/** Bugs in the bedding: they bite, and the itch or the bumps they leave are harm from the stay. */
export const BUGS_IN_BED = new RegExp('(?:床|被子|被褥|被套|枕头|沙发)[^。！？!?]{0,20}?(?:虫|跳蚤|虱子|螨)|臭虫|跳蚤|虱子|床虱');

/** Gas by every name a guest gives it (瓦斯 in Taiwan, 天然气). */
export const GAS_WORDS = ['煤气', '燃气', '瓦斯', '天然气'];
