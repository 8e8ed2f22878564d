import { describe, expect, it } from 'vitest';
import { typesForConcededManner } from '../../shared/classify/conceded-manner.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const MANNER = [{ type: 'service_attitude', confidence: 0.6, phrases: [], problem: false }];

describe("the staff's manner granted with a concession (前台态度还算客气)", () => {
  it('is no service_attitude beside faults of something else', () => {
    expect(types('房间太旧了，地毯很脏，隔音也差。前台态度还算客气，但这卫生真的没法接受')).toEqual(['environment']);
    expect(types('房间很小，墙纸发霉，热水也时有时无。前台小姑娘态度倒还客气。不会再来了')).toEqual(['environment']);
    expect(types('鱼不新鲜，有股腥味。服务员态度也还可以，就是菜太难吃')).toEqual(['product_quality']);
  });

  it('stays when staff named elsewhere answer or a fault of their manner is said', () => {
    expect(types('菜太咸了，服务员态度还可以，跟经理说了，经理说就是这个口味')).toContain('service_attitude');
    expect(types('房间很旧，前台态度还算客气，就是退房时收银员不耐烦')).toContain('service_attitude');
  });

  it('is no service_attitude when the manner is only called ordinary (态度正常, 态度可以, 服务一般)', () => {
    expect(types('房间设施有些旧了，地毯也有污渍。前台态度正常，办事也挺快，总的来说就是普通的酒店')).not.toContain('service_attitude');
    expect(types('菜偏咸，量也一般。服务员态度可以，上菜也不慢')).not.toContain('service_attitude');
    expect(typesForConcededManner(MANNER, '空调有点吵，服务也就一般，没什么亮点', [])).toEqual([]);
    expect(typesForConcededManner(MANNER, '房間有點舊，櫃檯態度正常', [])).toEqual([]);
  });

  it('keeps service_attitude when the ordinary word is part of a fault', () => {
    expect(types('菜有点咸。服务员态度一般般，后来干脆不耐烦了')).toContain('service_attitude');
    expect(typesForConcededManner(MANNER, '态度可以说是非常差了', [])).toEqual(MANNER);
  });

  it('reads 还好意思 as no concession', () => {
    expect(typesForConcededManner(MANNER, '这样的服务还好意思叫四星？', [])).toEqual(MANNER);
    expect(typesForConcededManner(MANNER, '服务还好，房间太小', [])).toEqual([]);
  });
});
