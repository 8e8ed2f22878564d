import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { toldNotSupposed } from './sentences.ts';

const STAFF_TYPE = 'service_attitude';

/**
 * Staff unprofessional at work rather than rude: 保安上班睡觉, 师傅边干活边抽烟, 司机全程打电话开车, 护士扎了三针,
 * 老师经常迟到, 上课一直看手机, 司机拒载. The guide's service_attitude (unprofessional); the model knew only rude words.
 * A short list of conduct on duty, each naming the work it spoils, so a customer's own 上班 is not read.
 */
const UNPROFESSIONAL =
  /(?:上班|值班|上岗|站岗|上课|开车|干活)(?:时间|时候|时)?(?:一直|全程|总是|老是)?(?:睡觉|玩手机|看手机|打游戏|刷视频|抽烟)|边(?:干活|开车|上课|工作|服务)边(?:抽烟|打电话|玩手机|看手机|吃东西)|全程(?:打电话|玩手机|看手机)|扎了[两三四五几]针|(?:经常|老是|总是|每次都)迟到|拒载/;

/** Adds service_attitude when the message tells of staff unprofessional on duty, unless the model found it. */
export function typesForStaffUnprofessional(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes)) return types;
  const found = toldNotSupposed(text, UNPROFESSIONAL.exec(text));
  if (!found) return types;
  return withNamedType(types, STAFF_TYPE, found[0]);
}
