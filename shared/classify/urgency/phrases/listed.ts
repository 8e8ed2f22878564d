/** Phrases written `|`-separated: as string literals each cost the process package three bytes more, and it has little room under its 1.3 MB. */
export const listed = (phrases: string): string[] => phrases.split('|');

/** How many, as customers count: "拉了七八次", "跑了好多趟厕所", "被咬了几十个包". */
export const COUNTS = listed('两|三|四|五|六|七|八|十|几|好几|好多|十几|几十|两三|三四|四五|五六|六七|七八|八九');
export const TIMES = listed('次|回|遍|趟');
