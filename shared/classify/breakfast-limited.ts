import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { sentenceAround } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

const DEGREE = '(?:也|还)?(?:太|很|比较|有点|有些|偏|挺|过于|非常|特别)?';
/**
 * 早餐种类少, 早餐的品种太少, 早餐选择不多: what the breakfast offers said to be too little; or the
 * breakfast itself said monotonous (早餐有点单调, 早餐太单一, 早餐就那几样), which says the same of
 * its range. 不 never stands inside: 早餐不单调 is praise.
 */
const BREAKFAST_LIMITED = new RegExp(
  `早餐(?:的)?(?:(?:种类|品种|花样|选择|样式)${DEGREE}(?:少|不多|单一|有限|单调)|${DEGREE}(?:单调|单一|没什么选择|没啥选择|就那么?几样|就那么?几种))`,
);
/**
 * The limit conceded in the same sentence: 虽然品种不多, 种类不多，但是能吃饱, 不过味道都不错,
 * 还可以. The labels call those no complaint.
 */
const CONCEDED = /虽然|虽说|但|不过|可是|还可以|还行|吃饱|够吃|无所谓|没关系|没啥大问题|没什么大问题/;

/**
 * The breakfast gone by the time the guest came (八点半去就没了, 去晚了基本没什么了, 几乎被拿光了) or not
 * refilled (也不补, 没人补): what it offers said too little, as 早餐种类少 is. 不补 only after 也, 都 or 就
 * or at a clause's end, so 不补 inside a question (还补不补) or 补不补 asks.
 */
const BREAKFAST_RUN_OUT =
  /早餐[^。！？!?]{0,20}?(?:(?:就|都|已经|基本上?|几乎)(?:没了|没什么了|没啥了|没东西了|被拿光|拿光了|只剩)|(?:也|都|就|又)不补|没人补)/;
/** Refilled after all: 一直在补, 会补, 及时补. */
const REFILLED = /一直在补|会补|及时补|马上补|随时补|补得很快/;

/**
 * "位置不错，离地铁站很近，早餐种类少": the hotel's breakfast said to offer too little is
 * product_quality by the guide (the breakfast is the hotel's food), and the corpus labels it so
 * when nothing concedes it (all 19 such messages of train and dev, each of which the model
 * finds). A short satisfied review, whose praise of the location the model reads against the
 * type, scored it 0.25 (issue 9). Left as it is when the sentence concedes the limit or only supposes it.
 * So with the breakfast said gone or not refilled (早餐八点半去就没了，也不补), which the corpus labels
 * product_quality (5 of 5 in train and dev), unless supposed or said refilled.
 */
export function typesForBreakfastLimited(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = BREAKFAST_LIMITED.exec(text);
  if (found) {
    const sentence = sentenceAround(text, found.index, found.index + found[0].length);
    if (!CONCEDED.test(sentence) && !SUPPOSED.test(sentence)) return withNamedType(types, FOOD_TYPE, found[0]);
  }
  // 早餐种类不多，不过都很新鲜 concedes the range; a contrast before the food ran out only introduces it.
  const ranOut = BREAKFAST_RUN_OUT.exec(text);
  if (!ranOut) return types;
  const sentence = sentenceAround(text, ranOut.index, ranOut.index + ranOut[0].length);
  if (SUPPOSED.test(sentence) || REFILLED.test(sentence)) return types;
  return withNamedType(types, FOOD_TYPE, ranOut[0]);
}

/**
 * The breakfast called lukewarm: 早餐一般, 早餐也就一般般, 早餐比较普通, 早餐还行, 早餐的品种还可以; or praised for its range,
 * 早餐品种挺多的, 早餐种类很丰富, which the model read as 早餐品种 of "早餐品种少".
 */
const BREAKFAST_LUKEWARM =
  /早餐(?:的?(?:味道|品种|种类))?(?:也|就|都)?(?:比较|很|还|挺)?(?:一般般?|还行|还可以|凑合|普通|马马虎虎|中规中矩)|早餐的?(?:品种|种类|花样|选择)(?:也|都|还)?(?:挺|很|非常|特别|蛮|比较|超级?)?(?:多|丰富|齐全)/g;
/**
 * Anything left that may fault the food, the bed or the linen (the stay's product_quality by the
 * guide) once the lukewarm breakfast is taken out: another meal, a bed, a taste, a portion. Not a
 * room's smoke or mould (烟味, 霉味), nor the reception, the soundproofing or the premises said poor (电视信号很差).
 */
const FOOD_OR_BED_LEFT = /早餐|早饭|自助|床|枕|被|毛巾|浴巾|吃|(?<![烟霉])味|咸|淡|凉|冷|少|量|菜|饭|粥|面|蛋|咖啡|果汁|牛奶|早点|水果|难|(?<!(?:信号|网络|网速|隔音|环境|设施|位置)[^，,。！？!?；;]{0,3})差|硬|软/;

/**
 * "服务不错，就是早餐一般": a breakfast called 一般 is a lukewarm remark, no complaint by the guide,
 * and the corpus labels none of its 早餐一般 messages product_quality for it; but after 就是 the model
 * read it as the flaw and gave the type. So with a breakfast praised for its range ("早餐品种挺多的，服务员
 * 也很热情，房间很干净"). Dropped when nothing else could fault the food or the bed.
 */
export function typesForBreakfastOnlyLukewarm(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE)) return types;
  const rest = text.replace(BREAKFAST_LUKEWARM, '，');
  if (rest === text || FOOD_OR_BED_LEFT.test(rest)) return types;
  return withoutType(types, FOOD_TYPE);
}
