import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const PREMISES_TYPE = 'environment';

/**
 * A part of the premises called lukewarm: 隔音也还行, 隔音一般般, 设施还可以, 位置凑合; or praised where the
 * model knows the word only from its faults: the hot water or its pressure (热水大，水压也足; 热水充足), the
 * soundproofing (隔音做得特别好, 一点噪音都没有), the internet (网速很快).
 */
const PREMISES_LUKEWARM = new RegExp(
  [
    '(?:隔音|设施|设备|硬件|位置|地段|交通|环境|卫生|装修|网络|网速|wifi|WiFi|房间)(?:效果)?(?:也|就|都|倒是?)?(?:比较|还|挺|算是?)?(?:一般般?|还行|凑合|还可以|马马虎虎|中规中矩|过得去)',
    '(?:热水|水压|水流)(?:也|都)?(?:很|非常|特别|挺|超|蛮|比较)?(?:足|大|充足|充沛|给力|够大|够足|够热)(?![小了])',
    '隔音(?:效果)?(?:做得)?(?:也|都)?(?:很|非常|特别|挺|超|蛮|相当)?好',
    '(?:网速|网络|wifi|WiFi)(?:也|都)?(?:很|非常|特别|挺|超|蛮)?(?:快|稳定)',
    '(?:一点|任何|什么)噪音都没有|没有(?:任何|一点|什么)?噪音',
  ].join('|'),
  'g',
);
/**
 * Anything left that may fault the premises once those remarks are taken out: a noise, dirt,
 * age, size, smell, damp, grease, a breakage, distance, a missing facility, a degree word that
 * starts a fault (有点闹哄哄的, 桌子也有点油), or the remark called a shortcoming
 * (唯一不满意的是隔音一般, 缺点是位置一般). Size, heat and smell only as faults: 小客厅, 前台小哥, 很热情 and 味道好 fault nothing.
 */
const FAULT_LEFT =
  /吵|噪|声音|听[到得见]|脏|旧|破|[太很偏稍]小|有点小|小了|挤|暗|潮|霉|异味|怪味|臭|烟味|有味|味道(?:很|太|特别)?[大重]|坏|漏|堵|(?<!出)差|偏|远|难|热水|冷|[太很好超]热(?![情心门])|闷|虫|蟑螂|蚊|老鼠|灰|污|渍|头发|毛发|垢|修|断|慢|闹|油|乱|有点|有些|不[好行够方便]|没有?|缺|不足|不满|遗憾|可惜|失望|吐槽|问题|毛病/;

/**
 * "房间比较新，卫生间很干净，隔音也还行", "房间隔音一般般，但能接受，总的来说物有所值": a part of the
 * premises called 一般 or 还行 is a lukewarm remark, no complaint by the guide, but the model read
 * 隔音 as the noise it usually comes with and gave environment to a satisfied review; so with the hot
 * water praised ("卫生间是干湿分离的，热水大，水压也足…各方面都很满意"). Dropped in a
 * review that is not negative when nothing else could fault the premises. Read before the rules that
 * name a fault of the premises, so that one they find (床头有别人的头发) stands.
 */
export function typesForPremisesOnlyLukewarm(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PREMISES_TYPE)) return types;
  const rest = text.replace(PREMISES_LUKEWARM, '，');
  if (rest === text || FAULT_LEFT.test(rest)) return types;
  return withoutType(types, PREMISES_TYPE);
}
