import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

const DIGITAL_TYPE = 'digital_experience';

/**
 * An app's fault told in passing, often in a satisfied review: 就是有时候页面加载有点慢, 验证码要等一两分钟才收到,
 * 定位有时候不准, 开屏广告还关不掉, 小程序老是卡, app更新以后找不到订单入口了, 这次更新以后卡到爆, 显示归还失败,
 * 自动扣款失败了也不通知, 新版界面太丑了. The lexicon holds 页面卡, 定位不准 and 收不到验证码 only as written
 * together, and the model, reading the praise around it, gave the words between them nothing. The app's own screen,
 * code, map pin or ads that will not close (ads alone, 一堆开屏广告, are labelled no fault of the app): a connection's speed (网速, wifi, 信号) is the premises' or the line's, and a device's own
 * screens (平板, 电脑) the goods': both are left out.
 */
const APP_FAULT =
  /(?:页面|网页|app|App|APP|小程序|客户端)[^，,。！？!?；;\n不没]{0,8}?(?:慢|(?<![银金房门用行员分])卡(?!片|券|号|包|住了?钱)|转圈|闪退|白屏|打不开|点不了|点不动|找不到[^，,。！？!?；;\n]{0,4}?(?:入口|按钮|功能|在哪)|乱七八糟)|验证码[^，,。！？!?；;\n不没]{0,10}?(?:收不到|没收到|才收到|才来|才到|发不过来|老是失败|总是失败)|定位(?:有时候?|有时|老是|总是|经常|一直|偶尔)?(?:不准|错|飘)|广告[^，,。！？!?；;\n不没]{0,6}?(?:关不掉|关不了|乱跳)|(?:更新|升级)(?:以|之)?后[^，,。！？!?；;\n不没]{0,4}?(?:卡|慢|闪退|打不开|用不了|登不上)|(?:显示|提示)[^，,。！？!?；;\n不没]{0,6}?(?:失败|异常|错误)(?!率)|(?:扣款|转账|提现|充值|绑卡|认证|实名|人脸识别|登录|注册)(?:一直|老是|总是|又|还是)?失败|新版(?:本|的)?(?:界面|app|App|APP)?[^，,。！？!?；;\n不没]{0,4}?(?:丑|难用|乱|卡|慢|找不到)/;
/** Denied before it (没有开屏广告, 不会闪退); a denial between the app and its fault (页面一点也不卡) the gaps above do not cross. */
const DENIED = /(?:不|没|没有|从不|从没|从来没有?|也不|都不|不会)$/;
/** The staff's excuse, not the customer's own use (柜台说是系统显示错误). */
const EXCUSE = /说是?(?:系统|app|APP)?$/;
/** The connection, not the app: its faults are the premises' (a stay's wifi) or the line's. */
const CONNECTION = /网速|网络|wifi|WiFi|WIFI|信号|宽带|流量/;
/**
 * A device bought that runs slow, named anywhere in the message (这平板开几个软件就卡, 同时打开多个网页会有些慢, 用了两个月就卡了): the goods, product_quality
 * as the corpus labels such reviews, not the company's app.
 */
const DEVICE = /平板|笔记本|电脑|内存|运存|配置|机子|机器|本本|开机|用了[^，,。！？!?；;\n]{0,4}?(?:月|天|周|年)|开几个|多开|多个|同时打开|手机(?!银行|号|上的?(?:app|App|APP))/;

/** Adds digital_experience when the message tells of an app's screen, code, map pin or ads misbehaving, unless the model found it. */
export function typesForAppFault(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, DIGITAL_TYPE, taxonomyTypes)) return types;
  const found = APP_FAULT.exec(text);
  if (!found) return types;
  const sentence = sentenceAround(text, found.index, found.index + found[0].length);
  const before = clauseBefore(text, found.index);
  if (DENIED.test(before) || SUPPOSED.test(before) || EXCUSE.test(before) || CONNECTION.test(sentence) || DEVICE.test(text)) return types;
  return withNamedType(types, DIGITAL_TYPE, found[0]);
}
