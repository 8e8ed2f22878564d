import { digitOf } from './chinese-numerals.ts';

/**
 * The customer's own rating said in words, read as their verdict on the whole:
 * - a clause that is the rating alone (四星。, 给个四星吧, 只能给两星, 看在菜的份上给四星, 先说结论：四星) — the stars
 *   of 五星级 or of 五星好评返现 stand inside a longer clause;
 * - the one star taken off five (扣一星, 扣一星是因为早餐, 扣的那一星给前台);
 * - sub-scores out of five (环境5分 服务5分 卫生4分), two or more, by their mean.
 * A rating meant and withheld (本来想给五星), promised for a reward (给五星就返三块) or refused
 * (一星都不想给) is none of these.
 */
const STARS_CLAUSE =
  /^(?:先说结论[:：]?|结论[:：]?|(?:看在|冲着?)[^，,。！？!?；;\s]{1,10}?(?:的份上|的面子上|的面子)?|我|总体|整体|综合|最后|所以|还是|那就|那我就|就|勉强|只能|只)*(?:给|打)?(?:个|了|出)?([一二两三四五1-5])(?:颗|个)?星(?:半)?(?:吧|了|啦|好评|推荐|走起)?$/;
const STAR_TAKEN_OFF = /扣(?:了|掉)?(?:的)?(?:那)?(?:一|1)(?:颗|个)?星(?:是因为|是|因为|给|吧|主要是|$|[，,。！!\s])/;
/** Said just before a rating that is not given: meant (本来想), on a condition (如果), asked for (让我给, 好评返现). */
const NOT_GIVEN = /本来|原本|原来|想|打算|以为|如果|要是|返|让|求|要我|叫我|就送/;
const NOT_GIVEN_REACH = 8;
const SUB_SCORE = /(?:环境|服务|卫生|位置|口味|味道|设施|性价比|早餐|菜品|交通|舒适度?|安静|隔音|餐饮|出品)\s?[:：]?\s?([0-5](?:\.[05])?)\s?分/g;
/** The clause after a rating turning against it. */
const RATING_TURNED = /^(?:但|可是|可|不过|只是|然而)/;
/** A smile or a dog's head says the stars are a joke: 五星好评，五颗星都给那只蟑螂[微笑], 五星好评（狗头）. */
const IRONY_MARK = /微笑|🙂|狗头|🐶|呵呵/;
const CLAUSE = /[^，,。！？!?；;~～…\s]+/g;
const ASKED = /^\s*[？?]/;

export interface RatingGiven {
  phrase: string;
  positive: boolean;
}

/** The rating the customer gives, if any: four or five stars positive, one or two negative, three none. */
export function ratingGiven(text: string): RatingGiven | undefined {
  const hasStar = text.includes('星');
  if ((!hasStar && !text.includes('分')) || IRONY_MARK.test(text)) return undefined;
  return (hasStar ? starsGiven(text) : undefined) ?? subScores(text);
}

function starsGiven(text: string): RatingGiven | undefined {
  const takenOff = STAR_TAKEN_OFF.exec(text);
  if (takenOff && !givenNot(text, takenOff.index)) return { phrase: takenOff[0], positive: true };
  let found: RatingGiven | undefined;
  const clauses = [...text.matchAll(CLAUSE)];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const stars = STARS_CLAUSE.exec(clause[0]);
    // 四星？我看顶多两星半: a rating asked is one doubted. 给五星，但必须差评京东的服务: the stars went to one thing, the verdict to another.
    if (!stars || givenNot(text, clause.index) || ASKED.test(text.slice(clause.index + clause[0].length)) || RATING_TURNED.test(clauses[c + 1]?.[0] ?? '')) continue;
    const count = digitOf(stars[1]!)!;
    if (count === 3) continue;
    // The last rating stands: 以前给过两星 … 这次给五星.
    found = { phrase: stars[0], positive: count >= 4 };
  }
  return found;
}

function givenNot(text: string, at: number): boolean {
  return NOT_GIVEN.test(text.slice(Math.max(0, at - NOT_GIVEN_REACH), at));
}

function subScores(text: string): RatingGiven | undefined {
  let sum = 0;
  let count = 0;
  for (const match of text.matchAll(SUB_SCORE)) {
    sum += Number(match[1]);
    count += 1;
  }
  if (count < 2) return undefined;
  const mean = sum / count;
  if (mean >= 4) return { phrase: `sub-scores averaging ${mean.toFixed(1)} of 5`, positive: true };
  if (mean <= 2.5) return { phrase: `sub-scores averaging ${mean.toFixed(1)} of 5`, positive: false };
  return undefined;
}
