import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: dangerous premises and harm to health are urgent, an angry compensation demand too. Sparks from a fitting
// (never a joke, however mild the rest reads), bites blamed on the bedding with an itch, glass shattered over the floor,
// a knee grazed on the floor, a household taking turns at the toilet after eating, a socket that trips and smells burnt,
// copper wire showing are told that way; a glass the guest broke, a leather sofa peeling, a burnt smell from the kitchen and
// a compensation demand settled for stay calm.
describe('sparks, bites blamed on the bedding, shattered glass, a grazed knee, a burnt socket, bare copper', () => {
  it.each([
    ['浴室排风扇一直滋滋响 后来直接冒火星了', 'danger to safety', '冒火星'],
    ['睡了一晚上 早上起来手臂上全是一个个小红包 特别痒 床单肯定有问题', 'harm to health', '红包'],
    ['阳台的推拉门玻璃碎了一地 也没人来收拾 孩子光着脚差点踩上去', 'danger to safety', '碎了一地'],
    ['楼道地毯翘起来一块 我老公被绊了一下 膝盖磕地上破皮了', 'harm to health', '膝盖磕'],
    ['吃完这家的鸭货 我跟我老婆俩 一晚上轮着上厕所 今天都没上班', 'harm to health', '轮着上厕所'],
    ['插座一插上就啪的一声 跳闸了 还有股烧焦味 墙上都黑了一块', 'danger to safety', '烧焦'],
    ['电视后面的电线破了 孩子在那边爬来爬去', 'danger to safety', '电线破了'],
    ['床头插座旁边露着铜丝 很吓人', 'danger to safety', '露着铜丝'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '我不小心把玻璃杯打碎了 碎了一地 服务员很快来扫了 很贴心',
    '沙发都破皮了 该换了',
    '楼下厨房一股烧焦味 飘到房间里',
    '迟到半小时 我要求赔偿 商家说给我退配送费 行吧',
    '床单有点旧 睡着还行',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
