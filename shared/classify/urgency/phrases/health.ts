import { AFTER_EATING, ALLERGIC_REACTION_EN, CAUSED_BY_FOOD, CAUSED_BY_FOOD_EN, TIMES_OVER } from './food-harm.ts';
import { BITES_ALL_OVER, CUTS_BY_COUNT, INJURED } from './injury.ts';
import { COUNTS, listed } from './listed.ts';

/** A cold caught: harm only where the room's cold gave it (urgency/illness.ts). */
export const COLD_CAUGHT: readonly string[] = ['就感冒', '都感冒', '感冒了'];

/** Harm to health: the food's and the body's (food-harm.ts, injury.ts), and the rest told bare. */
export const HEALTH_PHRASES = [
  ...CAUSED_BY_FOOD,
  ...TIMES_OVER,
  ...INJURED,
  // Typed by sound or in pinyin, as phones autocomplete it (拉肚纸, 食物中du).
  ...listed('拉肚纸|闹肚纸|啦肚纸|拉肚zi|中du|上吐下泄|腹泄|又吐又泄'),
  // A drip or a bottle counted by the day is treatment that happened (输了两天液, 挂了三天水); a tooth chipped by what was bitten.
  ...['一', '两', '三', '四', '五', '好几', '几'].flatMap((n) => [`输了${n}天液`, `输了${n}天的液`, `挂了${n}天水`, `挂了${n}天的水`, `打了${n}天吊瓶`, `打了${n}天点滴`]),
  '牙缺了', '牙都缺', '牙齿缺了', '门牙缺',
  ...listed('开始吐|吐了一地|越来越肿|肿起来|肿了起来|全肿了|都肿了|划了个口子|划了一道口子|划了一条口子|划了一个口子|吃完想吐|吃了想吐|喝完想吐|喝了想吐|一直想吐|中毒|过敏|起疹子|起了疹子|红疹|拉了一晚|拉了一夜'),
  '肚子疼', '肚子痛', '胃疼', '胃痛', '肚子难受', '胃难受', '肚子不舒服', '胃不舒服', '肚子还不舒服', '肚子有点不舒服', '肚子就不舒服', '肚子一直不舒服', '肚子有点疼', '肚子就疼', '肚子一直疼', '起疮', '绞痛', '绞着疼', '当场吐了', '疹子', '起疙瘩', '奇痒', '红肿', '破了手', '划破了手', ...BITES_ALL_OVER, '臭虫咬', '跳蚤咬', '咬得满身', '磕青', '磕破', '绊了一跤', '摔了一跤', '呕吐', '吐了一晚', '吐了一夜', '一直吐', '一直在拉',
  // Bites and rashes told by what the skin shows, and falls by the bruise or the limp.
  ...listed('全是红包|一身红包|全身红包|起了红包|起红包|还长包|长了包|长了好多包|长了一身包|发红，发痒|发红,发痒|发红发痒|痒得睡不着'),
  // Blisters counted in the mouth, a hand caught, a trip ("嘴里起了好几个泡", "手被夹了，指甲都紫了", "我爸绊倒了").
  ...COUNTS.map((n) => `起了${n}个泡`), '起了个泡', '手被夹', '脚被夹', '夹伤', '夹到手', '指甲都紫', '绊倒',
  // A fall in the shower, told without 倒 (老人洗澡摔了); 摔了 alone is as often a phone.
  '洗澡摔了', '洗澡时摔', '洗澡的时候摔', '摔了一大跤', '摔了个跟头',
  ...listed('脚一滑|滑了一跤|青了一大块|青了一大片|紫了一大片|晕车吐|颠得吐|晃得吐|差点追尾|差点出车祸|险些追尾|青了一块|一瘸一拐|都青了|淤青|瘀青'),
  ...listed('喝完就吐|喝了就吐|头晕|头昏|发麻|嘴麻|舌头麻|舌头发麻|嘴巴发麻|嘴发麻|又麻又肿|起风团|风团|起红点|呼吸困难|喉咙发紧|流了点血|把牙崩|牙都崩|硌松了'),
  ...CUTS_BY_COUNT,
  ...AFTER_EATING,
  // A rash told by its welts, a tooth broken on something hard; "差点被毒死" is said of an illness that happened, not a near miss.
  ...listed('红疙瘩|喉咙肿|嗓子肿|硌掉|牙齿崩|牙崩掉|差点被毒死|差点毒死|尿血|便血|拉血|拉红尿'),
  ...listed('发烧|生病|病倒|住院|进医院|去医院|上医院|看急诊|急诊|挂水|打点滴|划破|划伤'),
  // The fever and the hives as diners say them (发高烧, 荨麻疹); the hospital and the drip after eating are below.
  ...listed('发高烧|高烧|荨麻疹|胃肠炎|急性胃炎|急性肠炎'),
  // A cold caught, which counts only where the room's cold gave it (urgency/illness.ts: CAUGHT_FROM_THE_ROOM).
  ...COLD_CAUGHT,
  // A stomach pumped, the guest's or a pet's ("我家狗舔了之后送去洗胃"): something harmful was swallowed.
  '洗胃',
  // An ambulance called, an ankle turned ("赶紧打了120", "一脚踩空崴了脚").
  ...listed('打了120|打120|叫了120|叫120|叫救护车|叫了救护车|上了救护车|救护车拉走|救护车送|崴了脚|崴到脚|崴脚|脚崴了|脚崴到|一脚踩空'),
  // A misstep or a tumble down the stairs ("我妈踩空摔了", "下楼时滚下去了").
  ...listed('踩空|滚下去|滚了下去|滚下楼|摔下楼|吐得稀里哗啦|吐得一塌糊涂|把孩子烫|把宝宝烫|把手烫|手被烫'),
  // A fall told by where it landed or what it left (摔了个屁股墩, 尾椎骨疼了好几天), a limb pinched black and blue (胳膊被夹得青紫).
  ...listed('屁股墩|屁墩|摔了个四脚朝天|摔得四脚朝天|摔了个仰八叉|摔了个大马趴|摔了个狗吃屎|摔了个狗啃泥|尾椎骨疼|尾椎骨痛|尾椎疼|尾椎痛|尾骨疼|尾骨痛|摔到尾椎|磕到尾椎'),
  // Cramps in waves (胃里一阵一阵绞).
  '一阵一阵绞', '一阵阵绞', '一阵一阵地绞', '一阵一阵的绞',
  // A mouth numb past feeling (checked for Sichuan pepper like 发麻).
  '麻到没知觉', '麻得没知觉', '麻到没有知觉', '麻得没有知觉',
  ...listed('被夹得|夹得青紫|夹青了|夹紫了|青紫|青一块紫一块'),
  // The head struck on a surface (头磕在瓷砖上, 磕到了头), a shock told by its tingle (一摸被麻了一下), a jab after a bite or a cut (去打狂犬疫苗, 打了破伤风).
  // Not 撞到头, which is as often a room too small to turn in or a buyer's folly (卫生间转个身都能撞到头, 花1900买这个真是撞到头了).
  // The back of the head or a bump told bare (后脑勺磕了个包, 额头磕了个包); 磕了个坑 is a suitcase.
  ...listed('后脑勺磕|后脑磕|后脑勺撞|后脑撞|磕了个包|磕了一个包|磕出了个包|磕出了一个包'),
  // A knee struck or skin grazed in a fall (膝盖磕地上破皮了); 破皮 alone is as often a leather sofa.
  ...listed('膝盖磕|膝盖摔|擦破皮|蹭破皮|磕破皮|摔破皮'),
  ...listed('头磕在|头磕到|头磕地|头撞地|头磕桌|脑袋磕|磕到了头|头撞在|磕到脑袋|磕了个大包|撞了个大包|磕出一个包|磕出个包|撞出一个包|撞出个包'),
  ...listed('被麻了一下|一摸就麻|一碰就麻|摸了一下就麻|被电得|电得我手'),
  // The jab, not the bite: "被狗咬了一个洞" and "被老鼠咬的苹果" are the food or the goods.
  '狂犬疫苗', '狂犬针', '打狂犬', '破伤风',
  // A sprained ankle by its swelling (脚踝肿成馒头), a scald by the spill or the skin it took (热汤泼到我女儿腿上, 后背烫掉一层皮), the eye clinic after something fell in.
  // A spill whose heat is unsaid (服务员把可乐泼在我身上) is clumsiness, no scald.
  // A foot or hand pierced (孩子脚被扎破了); a tyre 扎破 in the car park is none.
  ...listed('脚被扎|手被扎|脚扎破|手扎破|扎破了脚|扎破了手|扎到脚|扎到手|扎进脚|扎进手|扎进肉'),
  // Boiling water poured over a limb (开水全浇我腿上), a child pulled out of the pool after swallowing water (呛了好几口水, 被捞上来).
  ...listed('开水全浇|开水浇到|开水浇在|热水浇到|热水浇在|浇我腿上|浇我手上|浇我脚上|浇我身上|浇到我腿|浇到我手|浇在我腿|浇在我手'),
  ...listed('呛了好几口水|呛了几口水|呛了好多水|呛了不少水|被捞上来|被救上来|救了上来'),
  // A back or an ankle wrenched (我老公腰扭了, 闪了腰).
  ...listed('腰扭了|扭了腰|扭到腰|扭到了腰|闪了腰|闪到腰|闪到了腰|脚扭了|扭了脚|扭到了脚'),
  // A scrape that drew blood (腿刮了一道血印子); 刮伤 alone is as often a car (checked for a body like 划伤).
  '血印子', '血道子', '刮出血', '刮伤', '刮破',
  ...listed('脚踝肿|脚踝都肿|脚腕肿|脚脖子肿|肿成馒头|肿得像馒头|肿成猪蹄'),
  ...listed('热汤泼到|热汤泼在|热水泼到|热水泼在|开水泼到|开水泼在|热茶泼到|热茶泼在|热汤洒在|热汤洒到|热水洒在|热水洒到|开水洒在|开水洒到|热油溅|油溅到'),
  // A scald told bare after the water that did it (洗澡水忽冷忽热烫到了): checked below for the water before it.
  '烫到了',
  ...listed('烫掉一层皮|烫掉了一层皮|烫脱皮|烫得脱皮|烫破皮|烫破了皮'),
  ...listed('掉进眼睛|进了眼睛|去了眼科|看了眼科|去眼科|挂了眼科|挂眼科|眼科医院|去了皮肤科|看了皮肤科|挂了皮肤科'),
  ...listed('割破|受伤|摔倒|滑倒|摔下|扭伤|擦破|流血|出血|起了水泡|起水泡|心脏不舒服|送了医院|送医院|送医|牙崩|崩了牙|卡喉咙|卡在喉咙|鱼刺卡'),
  // Hurt by a blow or a weight, on a body named beside it (checked below): "腰被撞伤", "脚被压伤"; "箱子撞伤了" is the goods.
  '撞伤', '压伤', '戳伤',
  // A bone or a bite caught in the throat: 鱼骨头扎到了喉咙, 嗓子被卡住了.
  ...listed('扎到喉咙|扎到了喉咙|扎进喉咙|卡到喉咙|卡住喉咙|卡住了喉咙|喉咙被卡|嗓子被卡|鱼骨卡|骨头卡在'),
  ...CAUSED_BY_FOOD_EN,
  ...ALLERGIC_REACTION_EN,
  ...listed('allergic|allergy|hospital|injured|injury|got sick|made me sick|sick after|vomit*'),
  ...listed('stomach ache|stomachache|electric shock|choking|chipped my tooth|bites all over|covered in bites|bitten all over|broke out in'),
  ...listed('chipped a tooth|chipped my back tooth|chipped my front tooth|cracked my tooth|cracked a tooth|broke my tooth|broke a tooth'),
  ...listed('emergency room|the er|a&e|lips swell*|lips swollen|swelled up|antihistamine*'),
  // Falls and cuts as guests tell them.
  ...listed('sprained|twisted my ankle|twisted his ankle|twisted her ankle|twisted an ankle|slipped on|slipped and fell|tripped on|tripped over|fell hard'),
  ...listed('cut my gum|cut her gum|cut his gum|cut my lip|cut my mouth|cut the inside of my|cut my cheek|cut my tongue|cut my leg|cut his leg|cut her leg|hit my head|hit his head|hit her head'),
  // Stomach, breath and skin as diners and guests tell them.
  ...listed('night on the toilet|hours on the toilet|sick all night|stomach bug|got the runs|urgent care|severe reaction|bad reaction|my inhaler|nauseous|nausea'),
  ...listed('asthma flared|set off my asthma|triggered my asthma|itchy bites|gave me a shock|got a shock'),
  // Harm in the other trades: a gym machine or a fitting that struck the customer, skin after the bedding, a driver who endangered the rider.
  ...listed('hit me in the face|hit me in the head|hit me in the eye|got a rash|gave me a rash|gave us a rash|broke out in a rash'),
  ...listed('nearly crashed|almost crashed|nearly caused an accident|almost caused an accident|reckless driving|driving recklessly|driving like a maniac|driving like a madman'),
  'drunk driver', 'driver was drunk', 'fell asleep at the wheel', 'falling asleep at the wheel',
  ...listed('was bleeding|started bleeding|there was blood|big bruise|bruised|stomach is cramping|stomach cramping|wheezing|asthma attack|itchy red bites|bites on my|bites all along|have the bites|bites to prove|bed bug bites|bedbug bites|bitten by bed bugs|bitten by bedbugs'),
];
