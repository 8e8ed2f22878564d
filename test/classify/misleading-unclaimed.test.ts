import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForMisleadingUnclaimed } from '../../shared/classify/misleading-unclaimed.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const misleading = [{ type: 'misleading_promise', confidence: 0.4, phrases: [], problem: true }];

describe('a dirty or worn place with no claim, picture, rating or promise named (地毯很脏)', () => {
  it('is no misleading_promise', () => {
    expect(types('泳池水很脏')).not.toContain('misleading_promise');
    expect(types('走廊地毯很脏，有一股霉味')).not.toContain('misleading_promise');
    expect(types('浴缸很脏，有一圈黄渍')).not.toContain('misleading_promise');
  });

  it('keeps the type when a claim is named, or for goods bought', () => {
    expect(typesForMisleadingUnclaimed(misleading, '网上写着有泳池，到了发现泳池很脏', [])).toEqual(misleading);
    expect(typesForMisleadingUnclaimed(misleading, '这就是平台上4.6分的酒店？房间很脏', [])).toEqual(misleading);
    expect(typesForMisleadingUnclaimed(misleading, '这都能叫精品酒店？房间不到十平米', [])).toEqual(misleading);
    expect(typesForMisleadingUnclaimed(misleading, '和以前在店里买的不一样，明显是假货', [])).toEqual(misleading);
    expect(typesForMisleadingUnclaimed(misleading, '房间很脏，号称五星', ['号称'])).toEqual(misleading);
  });
});

// The 假 of a holiday is no fake: a stay's price raised at the holidays names no claim.
describe('a holiday price', () => {
  it('is no misleading_promise', () => {
    expect(typesForMisleadingUnclaimed(misleading, '房价比平时贵了一倍，节假日坐地起价', [])).toEqual([]);
    expect(typesForMisleadingUnclaimed(misleading, '国庆假期房间又脏又吵', [])).toEqual([]);
    expect(typesForMisleadingUnclaimed(misleading, '房间里的吹风机是假的牌子', [])).toEqual(misleading);
  });
});
