import type { WordLists } from '../word-lists.ts';
import { counts } from './counts.ts';
import { isEatenOrBlamed } from './illness.ts';

/**
 * The stomach in the diner's own words after eating ("吃完肚子一直咕噜咕噜", "胃里难受了一晚上", "肚子有点隐隐作痛", "腹痛难忍", Hong Kong's "肚痛到半夜", "个胃唔舒服"): the
 * organ and the discomfort a few characters apart ("胃里一阵一阵的疼"; "肚子吃撑了难受" is fullness), where the list above
 * names only the commonest joins. Hunger and spice are checked as for the listed phrases (isHungerOrSpice).
 */
const STOMACH_TROUBLE = /(?:肚子?|胃|肠胃|腹)[^，。！？,.!?\s撑饱饿]{0,6}?(?:疼|痛|难受|不舒服|唔舒服|不适|咕噜|翻腾)/g;
/** Diarrhoea or vomiting told by where it left the diner ("老公拉到虚脱", "吐得腿都软了", "吐到只剩胆汁"). */
const PURGED_TO_EXHAUSTION = new RegExp('[拉吐泻][到得][^，。！？,.!?]{0,3}?(?:虚脱|脱水|腿软|腿都软|没力气|浑身无力|站不起|起不来|胆汁|黄水|酸水)', 'g');
/** A bone caught in the throat, told from the throat's side or the bone's ("嗓子眼卡了块骨头", "卡了根鱼刺"). */
const THROAT_CAUGHT = new RegExp('(?:嗓子眼?|喉咙)[^，。！？,.!?]{0,3}?卡|卡了?[一]?[块根个]?(?:骨头|鱼刺|鱼骨|刺)', 'g');
/** A doctor blaming the food in the diagnosis ("医生说是吃了不新鲜的海鲜导致的", "医生诊断是食物中毒"): the cause is named, whatever came before. */
const DOCTOR_BLAMED_THE_FOOD = new RegExp('医生(?:说|讲|诊断|判断)(?:很?可能|应该|就|说)?是[^，。！？,.!?]{0,8}?(?:吃|食物|饮食不洁|细菌|不干净|不新鲜|变质)', 'g');
/**
 * Diarrhoea or vomiting counted in digits ("拉了5次", "吐了3回", "跑了6趟厕所"), where the phrase list counts in words (拉了七八次): a night's
 * trips to the toilet are no illness unless something was eaten.
 */
const PURGED_COUNTED = new RegExp('(?:[拉吐泻]了?|[跑上]了)[0-9]{1,2}(?:次|回|趟|遍)', 'g');
/** Bumps or a rash rising on the skin after eating ("吃了两口粥 嘴巴周围全红了 起了好多小疙瘩"); goose bumps (鸡皮疙瘩) are none. */
const SKIN_RISING = /起了?[^，。！？,.!?]{0,4}?(?<!鸡皮)(?:疙瘩|疹)/g;
/** Each trouble with the words it cannot match without, and whether something eaten or ordered must come before it. */
export const AFTER_EATING_TROUBLE: readonly (readonly [readonly string[], RegExp, boolean])[] = [
  [['肚', '胃', '腹'], STOMACH_TROUBLE, true],
  [['拉', '吐', '泻'], PURGED_TO_EXHAUSTION, true],
  [['拉了', '吐了', '泻了', '跑了', '上了'], PURGED_COUNTED, true],
  [['卡'], THROAT_CAUGHT, true],
  [['疙瘩', '疹'], SKIN_RISING, true],
  [['医生'], DOCTOR_BLAMED_THE_FOOD, false],
];

/**
 * Read in a message whose praise would outweigh a bare phrase ("环境挺好…就是吃完回去拉了3次") too, but then only a trouble after something
 * eaten: no one thanks a business for it.
 */
export function stomachTroubleAfterEating(text: string, held: WordLists, sentimentScore: number, praised: boolean): string | undefined {
  for (let p = 0; p < AFTER_EATING_TROUBLE.length; p++) {
    const [words, pattern, eatenBefore] = AFTER_EATING_TROUBLE[p]!;
    if (!held.holds(words) || (praised && !eatenBefore)) continue;
    for (const trouble of text.matchAll(pattern)) {
      const start = trouble.index;
      const end = start + trouble[0].length;
      if ((!eatenBefore || isEatenOrBlamed(text, start, end)) && counts('health', text, start, end, sentimentScore)) return trouble[0];
    }
  }
  return undefined;
}
