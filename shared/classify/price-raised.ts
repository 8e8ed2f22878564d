import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { sentenceAround } from './sentences.ts';

const PRICE_TYPE = 'price_billing';

/** Within a clause: 价格比平时贵了一倍 has 格比平时 between the price and its rise. */
const NEAR = '[^，,。！？!?；;\\n]';
/** As NEAR, never past a 不 or 没: 房价没翻倍 denies the rise. */
const NEAR_UNDENIED = '[^，,。！？!?；;\\n不没]';
/** How many times over: 一倍, 两倍, 好几倍. */
const TIMES = '(?:一|两|二|三|四|五|好几|几)';
/**
 * The price raised: 房价翻了一倍, 价格翻好几倍, 价格比平时贵了一倍, 又涨价了, 坐地起价, 节假日直接翻倍, 现在要收费了. Not a rise
 * denied (没涨价, 不涨价) or still to come (涨价前订的).
 */
const PRICE_RAISED = new RegExp(
  [
    `价${NEAR_UNDENIED}{0,4}?(?:翻了?${TIMES}?倍|翻了?一番|翻番|涨了|上涨|[贵高]了?${TIMES}倍)`,
    '(?<![没不有])涨价(?!前|之前)',
    '坐地起价|临时加价|趁机加价|趁机涨价',
    // The price rising year on year (价格却年年涨, 房价一年比一年贵, 价格越来越离谱).
    `价${NEAR_UNDENIED}{0,3}?(?:年年涨|一年比一年贵|一次比一次贵|越来越贵|越来越离谱|越来越高)`,
    `(?:节假日|周末|旺季|过年|国庆|春节|假期|五一|十一)${NEAR}{0,6}?(?:翻倍|翻了?${TIMES}倍|贵了?${TIMES}倍)`,
    // Once free, now charged for: 酸梅汤现在要收费了, 停车现在开始收费, 米饭之前免费续现在也要钱了.
    '(?:现在|如今|这次|今年)(?:也|都|还|居然|竟然)?(?:要|开始|改成了?|变成了?)(?:收费|收钱|付费|另外收费|要钱|钱了)',
  ].join('|'),
);
/** The rise shrugged off (涨价就不说了, 涨了一点可以理解) or only feared or wished away (希望别涨价, 如果涨价). */
const SHRUGGED = /不说了|不提了|就算了|可以理解|能理解|很正常|也正常|无所谓|没关系|如果|要是|假如|希望|担心|怕|会不会/;

/**
 * "价格比平时贵了一倍 节假日坐地起价", "这次过来发现价格翻了一倍": a price raised is a price too high,
 * price_billing by the guide (太贵, 乱收费), and the corpus labels it so, but the model learnt the
 * type from 贵 and 不值, gave 翻倍 and 坐地起价 nothing or misleading_promise only. Named unless the
 * sentence shrugs the rise off or only fears or wishes it away.
 */
export function typesForPriceRaised(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const found = PRICE_RAISED.exec(text);
  if (!found || SHRUGGED.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  return withNamedType(types, PRICE_TYPE, found[0]);
}
