import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const PREMISES_TYPE = 'environment';

/**
 * The place said far from where the guest goes, with a word of degree: 离市中心远了点, 离地铁有点远, 离景区比较远, 离火车站还挺远的
 * (not 离地铁不太远, nor a bare 离机场多远, a question). Location and transport are the premises' by the guide (位置偏); the model
 * finds most (123 of 128 such messages labelled so) but missed 离市中心远了点 beside praise.
 */
const FAR =
  /(?:离|距离)[^，,。！？!?；;\s]{1,8}?(?<![不没并])(?:有点|有些|很|太|较|比较|稍微?|略|挺|蛮|超|好|特别|非常|老|也|真)远|(?:离|距离)[^，,。！？!?；;\s]{1,8}?(?<![不没并])远(?:了点|了一点|了些)/;
/**
 * A takeaway's distance is the trip's (离得远，配送费贵了); a far place feared and found otherwise is none (还以为离景区很远要打车，结果…),
 * nor a place other than the one stayed at (换的那家离得老远), nor a distance of the mind (离我们的现实生活很远), nor falling short
 * of a thing (离真正的云南菜差得太远: the food's fault, not the place's).
 */
const NOT_THE_PLACE = /外卖|骑手|配送|送餐|小哥|快递/;
const NOT_A_DISTANCE = /生活|现实|期望|预期|标准|要求|理想|水平|那家|别家|差得|差的|差太|差很/;
/** How far before 离 the other place may be named (换的那家离得老远). */
const OTHER_PLACE_REACH = 4;
const SUPPOSED = /以为|担心|怕|如果|要是/;

/** Adds environment when the place is said far with a degree, in the sentence told, unless a type found names it already. */
export function typesForLocationFar(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes) || NOT_THE_PLACE.test(text)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const found = FAR.exec(sentence);
    if (found && !NOT_A_DISTANCE.test(sentence.slice(Math.max(0, found.index - OTHER_PLACE_REACH), found.index + found[0].length)) && !SUPPOSED.test(sentence.slice(0, found.index + found[0].length))) return withNamedType(types, PREMISES_TYPE, found[0]);
  }
  return types;
}
