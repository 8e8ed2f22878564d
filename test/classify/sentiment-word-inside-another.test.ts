import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((t) => t.type) };
};

// 差 (poor) and 贵 (dear) inside words that mean neither: 差价 (a price difference), 差点 (nearly),
// 贵阳 (a city), 贵公司 ("your company"). Read as faults they made praise negative and named prices.
describe('a sentiment character inside a word that does not mean it', () => {
  it('reads 差点 as "nearly": the verdict is what the customer concludes', () => {
    expect(read('早上点的早餐，备注了八点前送到，结果八点二十才到，差点迟到。不过豆浆油条都很好吃，包子也香，下次提前点吧').sentiment).toBe('positive');
    expect(read('前台办理入住很快 但是退房的时候查房查了十几分钟 赶飞机差点来不及').sentiment).toBe('positive');
  });

  it('names no price for a price difference waived', () => {
    expect(read('下单的时候手滑选错了规格，大份点成了小份，立刻给商家留言，商家看到后主动按大份做，还说差价不用补了。老板厚道，小龙虾也很新鲜').types).not.toContain('price_billing');

  });

  it('reads a courteous "your shop" as no complaint', () => {
    expect(read('请贵店核实一下，谢谢').sentiment).not.toBe('negative');
  });

  it('still reads 差点意思 and 要差一点 as falling short', () => {
    expect(read('螺蛳粉汤不够辣，加了辣油还是差点意思').sentiment).toBe('negative');
  });

  it('reads meat stewed soft (肉烂, 炖得很烂, 软烂) as praise, not rot', () => {
    for (const text of ['炖得很烂，老人牙口不好也能吃', '老人家牙口不好，备注了煮软一点，店家真的煮得很软烂，我爸吃了一大碗']) {
      expect(read(text).sentiment, text).toBe('positive');
    }
    expect(read('兰州拉面小店 面拉得很均匀 汤清 肉烂 辣油香 一碗十八块').types).toEqual([]);
  });

  it('reads 凉 and 臭 in a dish or a pleasant coolness as no fault (凉皮, 凉快)', () => {
    expect(read('这家店的凉皮 醋和辣油都是分开装的 吃的时候自己拌 不会泡软 很聪明').sentiment).toBe('positive');
    expect(read('被同事带来吃的洞子火锅，就在防空洞里，夏天进去特别凉快，这个体验很特别').sentiment).toBe('positive');
  });

  it('reads 咸 in a flavour praised as no fault (咸淡正好, 咸香), and 以次充好 as passing off the poor as good', () => {
    expect(read('咸淡正好').sentiment).toBe('positive');
    expect(read('以次充好，六个大的里面掺了三个小的').sentiment).toBe('negative');
  });

  it('reads 量大 inside 饭量大 (a big eater) as no praise of the portion', () => {
    const explained = classifier.classifySync({ text: '老板把我备注当空气，写了米饭多一点，结果比平时还少，饭量大的男生根本吃不饱' }).explanations.join(' ');
    expect(explained).not.toContain('量大(+');
  });

  it('reads a thin wrapper (皮很薄, 皮薄) as praise, and the customer wanting to scold (想骂人) as no rude staff', () => {
    expect(read('馄饨皮很薄 馅很鲜')).toMatchObject({ sentiment: 'positive', types: [] });
    expect(read('等了一个半小时，气得我想骂人，平台客服就给了个五块钱的红包，打发叫花子呢').types).not.toContain('service_attitude');
  });
});

