import { describe, expect, it } from 'vitest';
import { typesForConcededManner, typesForStaffOnlyTold } from '../../shared/classify/conceded-manner.ts';
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

// The guide: praise is no complaint; service_attitude is staff behaviour that is rude, cold, unhelpful or impatient.
describe('staff told of in a review not negative, no fault in their manner (前台小姑娘特意安排)', () => {
  it('is no service_attitude', () => {
    expect(types('服务员态度老好了，孩子把饮料碰洒了，人家一点不嫌麻烦，马上拿毛巾来收拾，还给孩子换了个杯。菜也不错，地三鲜、溜肉段都挺正')).toEqual([]);
    expect(types('面食做得好，剔尖儿跟猫耳朵都筋道，老陈醋随便倒。服务员大姐说话直但人实在，还劝我们少点一个菜说吃不了，人均五十吃得饱饱的')).toEqual([]);
    expect(types('本来懒得写，但服务员小刘真的太好了，我们点多了他提醒，吃不完还帮着打包')).toEqual([]);
  });

  it('stays where the model is sure, or a fault of manner is said or shown', () => {
    const guessed = [{ type: 'service_attitude', confidence: 0.6, phrases: [], problem: false }];
    for (const text of ['房间装修好，早餐丰富，就是前台有个小伙子说话有点冲', '味道可以 就是骑手态度不太好 东西扔下就走', '房间挺好的 唯一就是打扫阿姨早上九点就来敲门', '菜挺好吃 但是小哥打电话一直催我下楼']) {
      expect(typesForStaffOnlyTold(guessed, text, []), text).toEqual(guessed);
    }
    const sure = [{ type: 'service_attitude', confidence: 0.85, phrases: [], problem: false }];
    expect(typesForStaffOnlyTold(sure, '前台小哥一边嗑瓜子一边给我办入住', [])).toEqual(sure);
    expect(typesForStaffOnlyTold(guessed, '服务员很敷衍，其他都好', ['敷衍'])).toEqual(guessed);
  });
});
