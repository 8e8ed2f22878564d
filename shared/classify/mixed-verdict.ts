/**
 * The review's own verdict that it is neither good nor bad: 酒店中规中矩, 总体来说不好不坏, 有好有坏,
 * 没什么特别好的，也没什么特别差的, 没什么亮点也没什么大问题, 可以住，但不会特意再来. The whole is
 * named (整体, 总的来说, 酒店, 这家) before 中规中矩 and its kin: said of one thing (早餐中规中矩) they
 * judge only that, and the review's lean stands.
 */
const MIXED_VERDICT = new RegExp(
  [
    '(?:整体|总体|总的来说|总的说来|总之|总结|总评|综合来看|综合下来|酒店|这家店|这家)[^，,。！？!?；;]{0,4}?(?:不好不坏|中规中矩|有好有坏|无功无过|马马虎虎)',
    '没有?什么特别好的[^。！？!?；;]{0,6}?也没有?什么特别(?:差|不好)',
    '有好有坏',
    '没有?什么亮点也没有?什么(?:大问题|槽点|缺点)',
    '可以住[，,]?但(?:是)?不会(?:特意|专门)?再',
  ].join('|'),
);
/** A conclusion drawn after the verdict (有好有坏，总的来说还是推荐; 中规中矩，不会再来了) decides instead. */
const LATER_CONCLUSION = /推荐|还会|会再|下次还|满意|失望|后悔|不会再|再也不|值得|不值/;

/** The mixed verdict's words, when the review gives one and draws no conclusion after it. */
export function mixedVerdict(text: string): string | undefined {
  const found = MIXED_VERDICT.exec(text);
  if (!found || LATER_CONCLUSION.test(text.slice(found.index + found[0].length))) return undefined;
  return found[0];
}
