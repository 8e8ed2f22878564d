import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const PRIVACY_TYPE = 'privacy_security';

/**
 * The app reading or taking the customer's data: 偷偷读取我的相册, 获取通讯录权限, 擅自收集位置信息, 默认勾选了一堆授权.
 * The lexicon knew 通讯录 and 权限 apart; said with a verb of taking, the model read the app's fault alone. Taken unasked
 * (偷偷, 擅自, 非要) or as a permission, or tracking in the background (后台偷偷运行，还一直定位): a phone that 可以读取短信,
 * or the customer asked to upload photos, is none.
 */
const DATA_TAKEN =
  /(?:偷偷|擅自|私自|强制|强行|非要|居然|竟然|还)地?(?:读取|获取|收集|调用|偷看|访问)(?:了)?(?:我的|用户的?)?(?:相册|通讯录|位置|定位信息|照片|联系人|短信|通话记录|麦克风|摄像头|个人信息|隐私)|(?:读取|获取|调用|开启)[^，,。！？!?；;\n]{0,6}?权限|默认勾选[^，,。！？!?；;\n]{0,6}?(?:授权|权限|同意)|(?:后台|偷偷)[^，,。！？!?；;\n]{0,4}?(?:定位|获取位置|录音)|一直在?定位(?!不准|错|偏|失败)/;
/** Denied or told as asked first (没有读取, 不会获取, 会先询问是否允许). */
const NOT_TAKEN = /没有?$|不会$|不$|询问|允许后/;

/** Adds privacy_security when the message tells of the app reading or taking the customer's data, unless the model found it. */
export function typesForDataHarvested(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRIVACY_TYPE, taxonomyTypes)) return types;
  const found = DATA_TAKEN.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (NOT_TAKEN.test(before) || SUPPOSED.test(before)) return types;
  return withNamedType(types, PRIVACY_TYPE, found[0]);
}
