import { wordTableReader } from './words-read.ts';

/**
 * Taiwan and Hong Kong words for things the rules know by their mainland names (網路 for 网络,
 * 冷氣 for 空调, 蓮蓬頭 for 花洒, 退費 for 退款, 價效比 for 性价比): opencc's character and variant tables turn the
 * script into simplified but keep the word, so "飯店網路很慢" named no internet fault. Applied
 * only to text written in traditional characters, after toSimplified. Words the models learnt
 * from the corpus's Taiwan-written reviews in their own form (櫃檯, 外送, 服務生, 便當) stay:
 * mapped, they moved 16 corpus decisions, more of them wrong than right. The rest of the list
 * (小程式, 開啟, 影片, 塑膠…) came from reading the measuring sets converted to Taiwan script
 * (opencc-js cn → twp) beside their simplified originals: type readings that differed, 148 → 59.
 */
const MAINLAND_WORDS: Readonly<Record<string, string>> = {
  网路: '网络',
  讯号: '信号',
  冷气: '空调',
  退费: '退款',
  客诉: '投诉',
  简讯: '短信',
  莲蓬头: '花洒',
  吵杂: '嘈杂',
  价效比: '性价比',
  小程式: '小程序',
  计程车: '出租车',
  想像: '想象',
  许可权: '权限',
  主机板: '主板',
  软体: '软件',
  智慧型: '智能',
  智慧: '智能',
  开启: '打开',
  影片: '视频',
  资讯: '信息',
  视窗: '窗口',
  讯息: '消息',
  线上: '在线',
  档案: '文件',
  萤幕: '屏幕',
  联络: '联系',
  回覆: '回复',
  塑胶: '塑料',
  脚踏车: '自行车',
};

// Longest first, so that 外送员 is one word and not 外送 + 员 (wordTableReader).
const readMainlandWords = wordTableReader(MAINLAND_WORDS);

export function withMainlandWords(simplified: string): string {
  return readMainlandWords(simplified);
}
