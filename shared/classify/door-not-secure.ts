import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore, SENTENCE_BREAK } from './sentences.ts';

const PREMISES_TYPE = 'environment';
const SAFETY_TYPE = 'privacy_security';

/**
 * The room's door keeping no one out: it will not lock (锁不上, 反锁不了), its bolt or chain is broken (反锁也是坏的,
 * 防盗链是坏的), its lock will not close (锁也关不严), it will not shut (门也关不严), or it opens from outside (从外面一推就开).
 * A lock said only broken (门锁坏了) the corpus calls a broken facility alone (6 stays in 6): environment, no privacy_security.
 */
const DOOR_OPEN_TO_ALL =
  /锁不上|锁不住|锁不了门|反锁不了|反锁不上|不能反锁|没法反锁|无法反锁|(?:反锁|防盗链|插销)(?:也|都|还|竟然|居然)?(?:是)?坏|(?:门锁|锁)(?:也|都|还|竟然|居然)?(?:是)?(?:(坏)|关不严|关不紧)|门(?:也|都|还|竟然|居然)?(?:关不严|关不紧|关不上)|门[^，,。！？!?；;\n]{0,10}?一推就开/;
/** The room's own door named in the clause: then another door named earlier in the sentence is not this one. */
const ROOM_DOOR = /房门|房间/;
/** Another door or lock: the bathroom's (洗澡关不上门 is privacy in the room, no danger), a safe, a cupboard, luggage, a car. */
const NOT_THE_ROOM_DOOR = /卫生间|浴室|厕所|洗手间|淋浴|保险箱|保险柜|柜|抽屉|行李箱|箱子|车|冰箱|电梯|窗|阳台/;
/** A meal out: the lock is a restaurant's toilet or private room (包间的门锁是坏的, 洗手间…门锁坏了), no one's room for the night. */
const DINING = /(?<!酒)店|餐厅|饭馆|包间|包厢|吃|菜/;
/** Goods bought or fitted: a lock's fault is the seller's. */
const BOUGHT = /买|购|收到|到手|京东|淘宝|快递|发货|安装|装上|师傅|售后|商品/;

/**
 * "房门锁不上，反锁也是坏的，一个女生住真的很害怕", "门的防盗链是坏的，锁也关不严": a room door that keeps no
 * one out is a broken facility (environment) and unsafe premises (privacy_security) by the guide, but the
 * model, told of it without 酒店 or 房间, gave one of them or neither (or product_quality from 睡). Not another
 * door or lock, a restaurant's, goods bought, nor a denial (门锁没坏); a lock only said broken is environment alone.
 */
export function typesForDoorNotSecure(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (BOUGHT.test(text) || DINING.test(text)) return types;
  const found = DOOR_OPEN_TO_ALL.exec(text);
  if (!found) return types;
  // Denied within its own clause (门锁没坏): "防盗链都没有 门也关不严" is no denial of the second.
  const before = clauseBefore(text, found.index);
  if (isNegated(before + found[0], before.length)) return types;
  // Another door named in the clause, or earlier in the sentence when the clause names none (卫生间的门关不上，锁也是坏的).
  if (NOT_THE_ROOM_DOOR.test(ROOM_DOOR.test(before) ? before : sentenceBefore(text, found.index))) return types;
  const named = found[1] ? [PREMISES_TYPE] : [PREMISES_TYPE, SAFETY_TYPE];
  let out = types;
  for (const type of named) if (mayName(out, type, taxonomyTypes)) out = withNamedType(out, type, found[0]);
  return out;
}

function sentenceBefore(text: string, end: number): string {
  return text.slice(0, end).split(SENTENCE_BREAK).pop()!;
}
