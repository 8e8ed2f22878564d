import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { typesForArrivedEarly } from '../../shared/classify/arrived-early.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TRIP: ComplaintTypeScore[] = [{ type: 'delivery', confidence: 0.9, phrases: ['还没到'], problem: true }];
const kept = (text: string, negative = false) => typesForArrivedEarly(TRIP, text, negative).map((t) => t.type);

describe('the order come before its time (还没到预计时间就送到了)', () => {
  it('is no delivery complaint', () => {
    expect(types('还没到预计时间就送到了 很惊喜 小哥辛苦')).toEqual([]);
    expect(types('预计时间还没到就送来了 赞')).toEqual([]);
    expect(types('还没到饭点就送到了 很准时')).toEqual([]);
    expect(types('還沒到約定時間就到了 外送小哥很給力')).toEqual([]);
  });

  it('keeps delivery for a wait, a fault of the trip beside it, or a negative message', () => {
    expect(types('等了一个小时还没到')).toEqual(['delivery']);
    expect(kept('到预计时间了还没到')).toEqual(['delivery']);
    expect(kept('还没到时间就显示送达了 人根本没来')).toEqual(['delivery']);
    expect(kept('还没到预计时间就送到了 就是汤洒了')).toEqual(['delivery']);
    expect(kept('还没到预计时间就送到了 可是送错了两样')).toEqual(['delivery']);
    expect(kept('还没到点就送到了 一看是别人的单', true)).toEqual(['delivery']);
  });
});
