import { withMainlandWords } from './mainland-words.ts';

/**
 * The Chinese text the rules and models read, once the script is simplified: a traditional-script
 * text's regional words in their mainland form, and a list of faults left empty said as praise.
 */
export function chineseAnalysisText(simplified: string, writtenTraditional: boolean): string {
  return withNoFaultSaidPlainly(writtenTraditional ? withMainlandWords(simplified) : simplified);
}

/**
 * A review's list of faults left empty (缺点：没有, 不足之处：无, 缺点嘛，暂时没发现): read as "没有缺点", which
 * the lexicon knows as praise; the model and the types read 缺点 and 没有 apart, as a fault and an item missing.
 */
const NO_FAULT_LISTED = /(缺点|不足之处|不足|槽点)(?:嘛|的话|呢)?[:：,，\s]*(暂时|目前|还)?(没有|无|暂无|木有|没发现|没找到|找不到)(?:什么)?(?=[。！!，,；;\s]|$)/g;

function withNoFaultSaidPlainly(text: string): string {
  return text.includes('缺点') || text.includes('不足') || text.includes('槽点') ? text.replace(NO_FAULT_LISTED, '$2$3$1') : text;
}
