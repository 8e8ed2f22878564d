import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSlowPreparation } from '../../shared/classify/slow-preparation.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a kitchen slow to have the order ready', () => {
  it('is responsiveness, not delivery', () => {
    const found = types('饭菜还可以，就是出餐慢，我等了快一个小时骑手才取到餐');
    expect(found).toContain('responsiveness');
    expect(found).not.toContain('delivery');
  });

  it('keeps delivery when the trip is at fault too', () => {
    expect(types('出餐太慢了，骑手在店里等了四十分钟，送到以后面都坨了，汤也凉了')).toContain('delivery');
  });
});

describe('a meal eaten at the premises, slow to come, with no takeaway named', () => {
  const modelTypes = () => ['responsiveness', 'delivery'].map((type) => ({ type, confidence: 0.7, phrases: [], problem: true }));
  const ruleTypes = (text: string) => typesForSlowPreparation(modelTypes(), text).map((t) => t.type);

  it('is responsiveness, not delivery: no trip was made', () => {
    expect(ruleTypes('自助火锅性价比很高，就是高峰期补菜很慢，牛肉卷空了半天都没人补，等了二十分钟')).toEqual(['responsiveness']);
    expect(ruleTypes('烤肉店肉质不错，就是上菜很慢，等了四十分钟才上齐，服务员一直说马上')).toEqual(['responsiveness']);
  });

  it('keeps delivery when a takeaway or a trip is named', () => {
    expect(ruleTypes('店里堂食上菜就慢，点外卖更慢，等了一个半小时才送到')).toEqual(['responsiveness', 'delivery']);
    expect(ruleTypes('以前在店里吃过，这次叫的外卖，等了两个小时')).toEqual(['responsiveness', 'delivery']);
  });
});
