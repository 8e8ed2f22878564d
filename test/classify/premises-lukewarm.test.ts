import { describe, expect, it } from 'vitest';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPremisesOnlyLukewarm } from '../../shared/classify/premises-lukewarm.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ENV: ComplaintTypeScore[] = [{ type: 'environment', confidence: 0.8, phrases: ['隔音'], problem: false }];

describe('the premises only called lukewarm (隔音也还行, 隔音一般般，但能接受)', () => {
  it('is no environment complaint', () => {
    expect(types('比预期的好，房间比较新，卫生间很干净，洗漱用品是大牌的，隔音也还行')).not.toContain('environment');
    expect(types('地理位置优越，晚上出去吃宵夜很方便，房间隔音一般般，但能接受，总的来说物有所值')).not.toContain('environment');
  });

  it('stays environment when a fault is told besides, or the remark is called a shortcoming', () => {
    expect(typesForPremisesOnlyLukewarm(ENV, '隔音一般，隔壁说话都能听到')).toEqual(ENV);
    expect(typesForPremisesOnlyLukewarm(ENV, '唯一不满意的是隔音一般')).toEqual(ENV);
    expect(typesForPremisesOnlyLukewarm(ENV, '设施还行，就是房间有点小')).toEqual(ENV);
    expect(typesForPremisesOnlyLukewarm(ENV, '隔音还行，空调噪音很大')).toEqual(ENV);
    expect(types('房间还行，床头有别人的头发')).toContain('environment');
  });

  it('is no environment complaint when the hot water is praised (热水大，水压也足)', () => {
    expect(types('卫生间是干湿分离的，热水大，水压也足，床垫软硬合适，前台还提供免费的夜宵面条。各方面都很满意，下次出差首选。')).not.toContain('environment');
    expect(typesForPremisesOnlyLukewarm(ENV, '热水很足，就是水压小了点')).toEqual(ENV);
  });

  it('is no environment complaint when the quiet or the internet is praised (一点噪音都没有, 网速很快)', () => {
    expect(types('订房时备注了要安静的房间，果然给了走廊最里头那间，一点噪音都没有，备注被认真看了好感动')).not.toContain('environment');
    expect(typesForPremisesOnlyLukewarm(ENV, '房间宽敞，有个小客厅，网速很快，前台小哥很热情')).toEqual([]);
    expect(typesForPremisesOnlyLukewarm(ENV, '网速很快，就是房间太小')).toEqual(ENV);
    expect(typesForPremisesOnlyLukewarm(ENV, '隔音很好，可是空调有异味')).toEqual(ENV);
  });
});
