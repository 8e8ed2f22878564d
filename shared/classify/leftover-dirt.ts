import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PREMISES_TYPE = 'environment';

/**
 * A surface of the room or the bathroom, its furniture and fittings (床头柜, 镜子, 沙发), not the linen
 * (the guide's product_quality: 枕头上有头发) nor a dish.
 */
export const ROOM_SURFACES = ['浴缸', '浴室', '卫生间', '马桶', '洗手台', '洗手池', '洗脸盆', '地上', '地板', '地毯', '床底', '床下', '桌上', '桌子上', '柜子', '角落', '抽屉', '窗台', '床头柜', '床头', '电视柜', '台面', '墙上', '镜子', '沙发', '茶几', '衣柜'] as const;
/** What a cleaner should have taken away: hair, stains, dust, rubbish, a previous guest's traces. */
const LEFT_BEHIND = '(?:别人的|上一?个?(?:客人|住客)的|前一?个?(?:客人|住客)的)?(?:头发|毛发|口红印|污渍|污垢|烟头|烟灰|垃圾|灰尘|一层灰|一堆灰|血迹|黄渍|水垢|霉斑|用过的)';
/**
 * The housekeeping neglected: the room not made up (房间没人打扫, 床也没铺), the bin not emptied, the
 * towels not changed (毛巾也不换: the cleaner's round, not the linen's quality), the cleaning said careless.
 */
const HOUSEKEEPING_NEGLECTED =
  '垃圾桶?(?:也|都)?(?:没|不|没有)(?:人)?(?:倒|清|收)|(?:毛巾|浴巾|床单|被套)(?:也|都|一直)?(?:不|没|没有)(?:人)?(?:换|更换)' +
  '|(?:房间|客房)(?:也|都|一直|一次都)?(?:没|没有)(?:人)?(?:打扫|收拾)|(?:打扫|清洁|收拾|保洁)(?:得|的)?(?:也|都)?(?:很|太|非常|特别|比较|有点|超级?)?(?:马虎|敷衍|潦草|不到位|不彻底)';
/**
 * Something left on a surface (浴缸里有别人的头发, 床底下一堆灰, 抽屉里还有上个客人的垃圾), or the
 * housekeeping neglected. No 没 may stand before 有: 浴缸里没有头发 is praise.
 */
const LEFTOVER_DIRT = new RegExp(
  `(?:${ROOM_SURFACES.join('|')})(?:里|上|下|底下|边)?(?:面)?(?:还|都|竟然|居然|全是|都是)?有?${LEFT_BEHIND}|${HOUSEKEEPING_NEGLECTED}`,
);

/**
 * "浴缸里有别人的头发", "床底下一堆灰", "垃圾桶没倒", "每天的打扫都很马虎": dirt left in a room and a
 * room not kept are its cleanliness, environment by the guide (房间脏), and the corpus labels a stay's
 * neglected housekeeping so; with no 脏 or 卫生 said the model gave these nothing or product_quality.
 */
export function typesForLeftoverDirt(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = LEFTOVER_DIRT.exec(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}
