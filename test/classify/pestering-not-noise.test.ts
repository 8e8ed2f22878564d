import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPesteringNotNoise } from '../../shared/classify/noise-said-loud.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const PREMISES = [{ type: 'environment', confidence: 0.8, phrases: ['吵'], problem: true }];
// A stand-in for the taxonomy's environment phrases, which the rule is given
const keptTypes = (text: string) => typesForPesteringNotNoise(PREMISES, text, ['吵', '环境', '脏']).map((t) => t.type);

describe('someone pestering for a thing, not a noise of the place', () => {
  it('is no environment in a family review that opens with a child begging to come', () => {
    expect(types('周日一家三口出来吃饭，小朋友最近一直吵着要吃烤鸭，就来了。鸭皮很脆，饼也薄，服务员还送了小朋友一个气球')).not.toContain('environment');
    expect(types('周六一家人出门吃饭，女儿最近天天吵着要吃披萨，就带她来了。玛格丽特饼底很薄，芝士拉丝，鸡翅也嫩，服务员还给了儿童餐具，人均七十，下次还来')).not.toContain('environment');
    expect(keptTypes('儿子一直闹着要来吃汉堡，薯条很脆，可乐冰得刚好')).toEqual([]);
    expect(keptTypes('老妈吵着让我们带她来尝尝，烧鹅皮脆肉嫩')).toEqual([]);
  });

  it('holds for traditional characters', () => {
    expect(types('週末全家出門吃飯，小孩一直吵著要吃壽司，就來這家了。鮭魚很新鮮，玉子燒軟嫩，店員很親切，價格也合理，會再來')).not.toContain('environment');
  });

  it('keeps environment when a noise or another fault of the place is told beside it', () => {
    expect(keptTypes('孩子一直吵着要回家，因为隔壁桌太吵了')).toEqual(['environment']);
    expect(keptTypes('女儿闹着要吃冰淇淋，可是店里桌子很脏')).toEqual(['environment']);
    expect(keptTypes('店里音乐声音太大，说话都听不清')).toEqual(['environment']);
  });
});
