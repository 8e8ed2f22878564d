import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const FOOD_TYPE = 'product_quality';

/**
 * A verdict that names no fault: disappointment (有点小失望, 太失望了, 失望至极), a refusal to come
 * back (不会再来了, 再也不住了), 不推荐, 差评, 后悔, 不怎么样, 太差了, 住过最差的一次.
 */
const VERDICT =
  /(?:有点|有些|很|太|非常|特别|真的|真|超|小|挺)*失望(?:至极|透顶|极了)?|(?:以后|下次)?(?:再也不会?|不会再|再不)(?:来|住|买|去|光顾|点|入住|选择|订)|不推荐|差评|后悔|不怎么样|不咋样|不咋地|(?:太|很|非常|特别|超级|极)差劲?|(?:住过|吃过|见过)?最差的(?:一次|一家)|没有之一|别(?:住|来|去|买|点)了?/g;
/**
 * What else a message of verdicts alone may hold: a subject (这家, 酒店, 东西), a hedge or a sum-up
 * (感觉, 总之, 各方面, 这次, 第二次), particles. No fault word, not even one character of one (咸, 贵, 脏).
 */
const FILLER = /各方面|方面|整体|总体|总之|就是|感觉|真的|这次|一次|这家|这个|酒店|宾馆|民宿|店|东西|不想多说|实在|非常|以后|第[一二三]次|二次|入住|经历|[的了啊吧呀哦啦呢很太都也真给个让人我]/g;
const HAN = /\p{Script=Han}/u;

/**
 * "不会再来了 各方面都很失望", "很失望 不推荐", "总之就是,不会再买这家的东西了": a verdict with no
 * fault named voices no complaint type by the guide (a type needs a clearly stated problem), and
 * the corpus labels such messages with none, but the model, which learnt 失望 and 不会再买 beside
 * bad goods, read product_quality into them. Dropped when nothing but verdicts and filler is said.
 */
export function typesForVerdictOnly(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE)) return types;
  const rest = text.replace(VERDICT, '');
  if (rest.length === text.length || HAN.test(rest.replace(FILLER, ''))) return types;
  return withoutType(types, FOOD_TYPE);
}
