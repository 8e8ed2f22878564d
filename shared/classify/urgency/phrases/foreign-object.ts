import { listed } from './listed.ts';

/** Insects that grew in the food, or something floating in the drink: the phrase itself says where they are ("牛奶生蛆", "苹果长虫子", "牛奶漂浮物"). */
export const SELF_LOCATING = listed('生蛆|长蛆|长虫|生虫|长了虫|生了虫|长了蛆|生了蛆|漂浮物');
export const SELF_LOCATING_SET: ReadonlySet<string> = new Set(SELF_LOCATING);

/** A foreign body counts only in something eaten (checked below): "房间里有蟑螂" is environment. */
export const FOREIGN_OBJECT_PHRASES = [
  ...SELF_LOCATING,
  ...listed('编织袋|塑料袋的角|塑料袋碎片|一角塑料袋|一块塑料袋|一片塑料袋|线头|皮筋|抹布|纸屑|创口贴|虫子|虫|蟑螂|小强|苍蝇|蚊子|蛆|老鼠|铁丝|钢丝|钢丝球|玻璃|玻璃渣|塑料|塑料片|钉子|螺丝'),
  ...listed('蚯蚓|蜈蚣|蜗牛|蚂蚁|蜘蛛|壁虎|刀片|铁片|铁皮|铁屑|金属片|金属丝|石子|石头|创可贴|订书钉|订书针|瓷片|碎瓷|牙签|塑胶|塑胶片|飞蛾|蛾子|飞虫|烟头|烟屁股|烟蒂|指甲|异物|钢珠|铁钉|刷毛|钢刷|钢丝刷|一颗牙齿|半颗牙齿|一颗牙|半颗牙|颗假牙|一颗人牙|钢针|针头|缝衣针|绣花针|大头针|一根针|细针|小针|断针|铁针|鱼钩|不明物体|不明物|bug|bugs|cockroach|roach|insect|worm'),
  // A shard of the wrapping found in the dish (吃出来一块塑料包装的碎片), where 塑料包装 alone is the packaging.
  '塑料包装的碎片', '塑料包装碎片', '包装的碎片', '塑料碎片',
  'fly', 'flies', 'weevil*', 'beetle*',
  ...listed('maggot|glass|plastic|metal|wire|staple|band-aid|bandage|foreign object'),
  ...listed('slug|snail|caterpillar|larva|larvae|fingernail|toenail|screw|bolt|rubber band|shard|maggots|worms|cockroaches|roaches|insects'),
];
