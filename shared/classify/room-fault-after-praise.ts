import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PREMISES_TYPE = 'environment';

/** The rooms of a stay, named as the subject of a clause. */
const ROOM = '(?:房间|客房|屋子)';
/** One clause said of the room (很干净, 挺新的, 装修不错), then a break. */
const SAID_OF_IT = '[^，,。！？!?；;\\n\\s]{1,6}[，,\\s]+';
/** The turn to a shortcoming, with the room still the subject: 就是, 但是, 只是, 可惜, 不过. */
const TURN = '(?:就是|但是|但|只是|可惜|不过)(?:也|还|都)?';
const DEGREE = '(?:有点|有些|太|稍微|略|比较|偏|稍|特别|非常|超|很)?';
/**
 * A fault of a room in one character (小, 旧, 吵, 暗, 潮, 闷), ending the clause or before a particle:
 * 有点小贵 is the price, 有点小遗憾 a feeling.
 */
const FAULT = '(?:小|旧|吵|暗|潮|闷)(?=[了点些的啊呢哦吧]|[，,。！？!?；;\\n\\s~～]|$)';
const ROOM_FAULT_AFTER_PRAISE = new RegExp(`${ROOM}${SAID_OF_IT}${TURN}${DEGREE}${FAULT}`);

/**
 * "房间很干净 就是有点小", "客房挺新的，但是有点吵": a room faulted after praise, its subject not
 * repeated, is the premises, environment by the guide (room condition, noise), but the model saw a
 * bare 有点小 with nothing to attach it to and gave no type. Named when the turn follows a clause
 * said of the room and the fault ends its clause.
 */
export function typesForRoomFaultAfterPraise(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = ROOM_FAULT_AFTER_PRAISE.exec(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}
