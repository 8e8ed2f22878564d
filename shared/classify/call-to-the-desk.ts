import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const PRIVACY_TYPE = 'privacy_security';

const DESK = '(?:前台|总台|客房部|客房服务|客房中心|服务台|酒店|管家|房东)';
/** The guest calling the business: 打电话给前台, 给前台打了两次电话, 打前台电话, 打给管家. */
const GUEST_CALLS_THE_DESK = new RegExp(
  [`打[^，,。！？!?；;]{0,4}电话(?:给|到|去)${DESK}`, `给${DESK}打[^，,。！？!?；;]{0,4}电话`, `打${DESK}(?:的)?电话`, `打给${DESK}`].join('|'),
);
/**
 * What makes a stay's calls or premises a privacy or safety matter: calls coming in (半夜还有电话打进来),
 * offers of 特殊服务, 小卡片, a stranger at the door (the corpus's guests call the desk when someone
 * 敲门, 拧门把手 and 报警), a theft, a lock, data leaked.
 */
const PRIVACY_SIGNAL =
  /打进|打到我|打到房间|打来|来电|被.{0,3}吵醒|骚扰|特殊服务|按摩|小卡片|小广告|门缝|色情|陌生|泄露|泄漏|个人信息|隐私|敲|门把|房门|撬|住哪|报警|110|警察|保安|吓|可怕|害怕|丢|偷|盗|失窃|锁|安全|闯|摄像|监控/;

/**
 * "半夜打电话给前台没人接，想要个枕头都要不到": the guest's own call to the desk is no privacy
 * fault, but the taxonomy's 半夜打电话 (a harassment call: 半夜打电话问要不要服务) and the model's
 * 打电话 n-grams read privacy_security into it. Dropped when the message has the guest calling the
 * business and nothing that makes a call or the premises a privacy or safety matter.
 */
export function typesForCallToTheDesk(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PRIVACY_TYPE) || !GUEST_CALLS_THE_DESK.test(text) || PRIVACY_SIGNAL.test(text)) return types;
  return withoutType(types, PRIVACY_TYPE);
}
