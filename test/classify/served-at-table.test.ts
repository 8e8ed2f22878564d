import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForNoTripAtTable, typesForServedCold } from '../../shared/classify/served-at-table.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'delivery'];
const coldTypes = (text: string) => typesForServedCold([], text, DEFAULT_TYPES).map((t) => t.type);
const modelTypes = () => ['responsiveness', 'delivery'].map((type) => ({ type, confidence: 0.7, phrases: [], problem: true }));
const tripTypes = (text: string) => typesForNoTripAtTable(modelTypes(), text).map((t) => t.type);

describe('a dish served cold at the table (端上来已经凉了, 例汤是温的)', () => {
  it('is product_quality, not delivery', () => {
    expect(types('西餐厅的牛排上来的时候已经凉了，配菜倒是不错')).toEqual(['product_quality']);
    expect(types('粤菜馆环境很好，点心也精致。就是例汤基本是温的，没什么味道')).toContain('product_quality');
    expect(types('粵菜館環境很好，點心也精緻。就是例湯基本是溫的，沒什麼味道')).toContain('product_quality');
  });

  it('is none by this rule for a dish served cold, a fear, the temperature welcomed, or a takeaway', () => {
    expect(coldTypes('这家馆子的凉菜很爽口，凉面也好吃，都是凉的很开胃')).toEqual([]);
    expect(coldTypes('在店里吃怕菜上来凉了，结果都是热腾腾的')).toEqual([]);
    expect(coldTypes('餐厅的粥是温的，刚好入口')).toEqual([]);
    expect(coldTypes('餐厅的外卖送来饭是温的')).toEqual([]);
    expect(coldTypes('太慢了，等了快两个小时，饭都凉透了')).toEqual([]);
  });
});

describe('a meal eaten at the premises with no takeaway or trip named', () => {
  it('is no delivery: the wait is the house\'s', () => {
    expect(tripTypes('自助火锅性价比很高，就是高峰期补菜很慢，牛肉卷空了半天都没人补，等了二十分钟')).toEqual(['responsiveness']);
    expect(tripTypes('烤肉店肉质不错，就是上菜很慢，等了四十分钟才上齐，服务员一直说马上')).toEqual(['responsiveness']);
  });

  it('keeps delivery when a takeaway, a parcel or a trip is named', () => {
    expect(tripTypes('店里堂食上菜就慢，点外卖更慢，等了一个半小时才送到')).toEqual(['responsiveness', 'delivery']);
    expect(tripTypes('卖家发货太慢，价格比外面店里卖的都贵')).toEqual(['responsiveness', 'delivery']);
  });
});

describe('a hot dish said gone a little cold at the table (汤有点凉了, 菜已经冷了)', () => {
  it('is product_quality beside praise', () => {
    expect(types('菜品很新鲜，味道也很好，服务员很热情。汤有点凉了。')).toContain('product_quality');
    expect(coldTypes('包间很大，服务员很周到，就是热菜已经冷了')).toEqual(['product_quality']);
  });

  it('is none by this rule for the weather, the room or a takeaway', () => {
    expect(coldTypes('服务员说外面有点冷了，让我们坐里面')).toEqual([]);
    expect(coldTypes('店里空调很足，吃饭有点冷了')).toEqual([]);
    expect(coldTypes('外卖送到的时候汤有点凉了')).toEqual([]);
  });
});
