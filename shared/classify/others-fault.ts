/**
 * "不像有些店越做越差", "不像别家送来都是凉的": a fault told of other shops, against which this one is praised — no fault of this one.
 * Tested on the text before the fault word in its clause (zh-rules.ts) and on the sentence a decline is found in (worse-than-before.ts).
 */
export const OTHERS_COMPARED = /不像(?:有些|有的|别的|其他|某些|很多|那些|别)[^，,。！？!?；;]{0,6}?(?:店|家|商家|外卖|酒店|餐厅|饭店)/;
