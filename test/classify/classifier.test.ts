import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { complaintTypeModel } from '../../shared/classify/type-model-loader.ts';
import type { Classification } from '../../shared/classify/types.ts';
import { zhSentimentModel } from '../../shared/classify/zh-model.ts';
import { loadDevSet } from '../../scripts/classifier-evaluation.ts';

const classifier = createLocalClassifier();
const classify = (text: string, extra: Omit<Parameters<typeof classifier.classifySync>[0], 'text'> = {}): Classification =>
  classifier.classifySync({ text, ...extra });
const types = (result: Classification) => result.complaintTypes.map((t) => t.type);

describe('language and script', () => {
  it('detects simplified and traditional Chinese, English and other languages', () => {
    expect(classify('送餐太慢了')).toMatchObject({ language: 'zh', script: 'simplified' });
    expect(classify('外送太慢了，湯都涼了')).toMatchObject({ language: 'zh', script: 'traditional' });
    expect(classify('The courier was late')).toMatchObject({ language: 'en' });
    expect(classify('Lovely stay')).toMatchObject({ language: 'en' });
    expect(classify('La comida llegó fría y tarde, qué desastre').language).toBe('other');
    expect(classify('配達がとても遅かったです').language).toBe('other');
  });

  it('analyses traditional input like its simplified form', () => {
    const traditional = classify('服務態度很差，外送員還罵人');
    const simplified = classify('服务态度很差，外送员还骂人');
    expect(traditional.sentiment.label).toBe('negative');
    expect(types(traditional)).toEqual(types(simplified));
    expect(types(traditional)).toContain('service_attitude');
  });
});

describe('sentiment rules', () => {
  it('flips negated praise and criticism', () => {
    expect(classify('好吃').sentiment.label).toBe('positive');
    expect(classify('不好吃').sentiment.label).toBe('negative');
    expect(classify('不是很好吃').sentiment.label).toBe('negative');
    expect(classify('一点都不慢').sentiment.label).toBe('positive');
    expect(classify('没有送错').complaintTypes).toEqual([]);
    expect(classify('The food was not good').sentiment.label).toBe('negative');
  });

  it('weighs the clause after a contrast word more', () => {
    expect(classify('送餐很快，但是饭菜全凉了，味道也很差').sentiment.label).toBe('negative');
    expect(classify('虽然等了一会儿，但是菜真的很好吃，服务也很周到').sentiment.label).toBe('positive');
    expect(classify('The room was nice but the staff were incredibly rude').sentiment.label).toBe('negative');
    expect(classify('送餐很快，但是饭菜全凉了').explanations.join(' ')).toContain('contrast');
  });

  it('reads emoji', () => {
    expect(classify('外卖到了 😡😡').sentiment.label).toBe('negative');
    expect(classify('外卖到了 👍👍').sentiment.label).toBe('positive');
    expect(classify('😡😡😡').sentiment.label).toBe('negative');
  });

  it('blends a CSAT rating or NPS into the score', () => {
    const withoutRating = classify('房间还可以');
    expect(classify('房间还可以', { rating: 1 }).sentiment.score).toBeLessThan(withoutRating.sentiment.score);
    expect(classify('房间还可以', { nps: 10 }).sentiment.score).toBeGreaterThan(classify('房间还可以', { nps: 0 }).sentiment.score);
    expect(classify('订单号 A1234', { rating: 5 }).sentiment.label).toBe('positive');
  });

  it('analyses very long messages by their beginning, with bounded explanations', () => {
    const result = classify('送餐太慢了，'.repeat(5000));
    expect(result.sentiment.label).toBe('negative');
    expect(result.explanations.join('\n').length).toBeLessThan(2000);
  });

  it('keeps scores in [-1, 1]', () => {
    for (const text of ['太差了太差了太差了，垃圾垃圾垃圾', '非常非常满意，完美，五星好评👍👍', '']) {
      const { score } = classify(text).sentiment;
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('complaint types and intent', () => {
  it('labels complaints with types and confidences', () => {
    const result = classify('骑手送餐超时一个多小时，饭菜都凉了，还少送了一份米饭');
    expect(result.intent).toBe('complaint');
    expect(types(result)).toEqual(expect.arrayContaining(['delivery', 'order_accuracy']));
    for (const { confidence } of result.complaintTypes) expect(confidence).toBeGreaterThan(0);
    expect(result.explanations.some((e) => e.startsWith('complaint type delivery'))).toBe(true);
  });

  it('returns no complaint types for praise, questions and suggestions', () => {
    expect(classify('送餐很快，味道很好，小哥态度也好').complaintTypes).toEqual([]);
    expect(classify('请问你们几点开门？')).toMatchObject({ intent: 'inquiry', complaintTypes: [] });
    expect(classify('建议增加夜间配送')).toMatchObject({ intent: 'suggestion', complaintTypes: [] });
    expect(classify('Do you have vegetarian options?')).toMatchObject({ intent: 'inquiry', complaintTypes: [] });
  });

  it('detects English complaint types', () => {
    expect(types(classify('I was charged twice for the same order'))).toContain('price_billing');
    expect(types(classify('The app crashes every time I try to log in'))).toContain('digital_experience');
    expect(types(classify('The package never arrived and support never replied'))).toEqual(
      expect.arrayContaining(['delivery', 'responsiveness']),
    );
  });

  it('classifies praise, even when it names a complaint topic', () => {
    expect(classify('酒店很干净，前台很热情，下次还来').intent).toBe('praise');
    expect(classify('服务态度好')).toMatchObject({ intent: 'praise', complaintTypes: [] });
    // Guests mix in English words: a list of "ok"s is praise, not a list of complaint topics.
    expect(classify('隔音ok 床ok 早餐ok 前台ok 啥都ok')).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [] });
    expect(classify('还ok吧').sentiment.label).toBe('neutral');
  });
});

describe('urgency', () => {
  it.each([
    ['再不处理我就打12315投诉你们', 'regulator'],
    ['我要把这件事发到微博上曝光', 'media'],
    ['我已经联系律师，准备起诉', 'legal'],
    ['吃完以后全家拉肚子，怀疑食物中毒', 'health'],
    ['孩子吃了过敏进了医院', 'health'],
    ['I got food poisoning from your chicken', 'health'],
    ['太恶心了，必须赔偿我的损失！垃圾商家', 'compensation'],
    ['麻辣烫里有一只蟑螂', 'foreign object'],
    ['饭菜里吃出钢丝球铁丝，差点划破嘴', 'foreign object'],
    ['酸奶过期了，喝完肚子疼了一晚上', 'health'],
    ['浴室地很滑，我妈摔倒了', 'health'],
    ['房间东西被偷了，前台不管', 'theft'],
    // Written the ways real reviews in the corpus say it, which the first trigger lists missed.
    ['喝完这个酸奶肚子难受了一下午', 'health'],
    ['住了一晚上被臭虫咬得满身包', 'health'],
    ['青菜底下趴着一只小蟑螂，恶心', 'foreign object'],
    ['半夜有醉汉一直敲门，我自己打了110', 'police'],
    ['投诉一个月没人管，我准备到315投诉去', 'regulator'],
    ['房间插座冒火花，差点出事', 'safety'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });

  it('files what was found in the food under the food, not the premises, unless the message names them', () => {
    expect(types(classify('麻辣烫里有一只蟑螂'))).toEqual(['product_quality']);
    expect(types(classify('牛肉面里有虫'))).toEqual(['product_quality']);
    expect(types(classify('店里很脏，菜里还有虫子'))).toEqual(expect.arrayContaining(['product_quality', 'environment']));
    expect(classify('店里很脏，菜里还有虫子').urgent).toBe(true);
    expect(types(classify('房间里有蟑螂，很脏'))).toEqual(['environment']);
  });

  it('escalates repeated unresolved complaints from history', () => {
    const text = '快递还没到，物流一直不更新';
    expect(classify(text).urgent).toBe(false);
    const result = classify(text, { history: { recentComplaints: 3, unresolvedComplaints: 2 } });
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain('unresolved');
  });

  it('does not escalate ordinary or negated mentions', () => {
    expect(classify('送餐有点慢').urgent).toBe(false);
    expect(classify('还好没有过敏').urgent).toBe(false);
    expect(classify('快递公司说只能按运费赔偿').urgent).toBe(false);
    expect(classify('315房间隔音太差了').urgent).toBe(false);
  });

  it('follows the labelling guide: topic words, near misses and repetition alone are not escalations', () => {
    for (const text of ['房间里有蟑螂，很脏', '抖音上看到推荐来的，味道不错', '虫草花汤很鲜', '烟雾报警器半夜一直响', '超市地上全是水，差点滑倒',
      '这是我第三次投诉了，还是没解决', '第三次来了，还是那么好吃', '包装费收了六块，就是一个塑料袋两个盒子', '骑手一直显示在取餐，饿得胃疼',
      // Feeling cheated by a product is a complaint, not theft; a repost or someone else's scandal is not this customer's exposure.
      '裤子太修身了，根本穿不上，上当受骗了', '被书评骗了，不值一看', '抵制蒙牛，再也不买了 转发微博', '质量问题频繁被曝光，品牌形象不是这么树立的',
      '译者水平不行，看得头晕']) {
      expect(classify(text).urgent, text).toBe(false);
    }
  });
});

describe('Classifier interface', () => {
  it('classify resolves to what classifySync returns', async () => {
    const input = { text: '房间有蟑螂，太脏了' };
    await expect(classifier.classify(input)).resolves.toEqual(classifier.classifySync(input));
    expect(classifier.name).toBe('local');
  });
});

describe('reused buffers', () => {
  it('gives analyse() callers evidence that the next message does not overwrite', () => {
    const first = classifier.analyse('外卖送错了，还少了一份饭');
    const sums = [...first.evidence.sums];
    const problems = [...first.evidence.problems];
    expect(sums.some((sum) => sum > 0)).toBe(true);
    classifier.analyse('房间很脏，空调也坏了');
    expect([...first.evidence.sums]).toEqual(sums);
    expect([...first.evidence.problems]).toEqual(problems);
  });

  it('scores the type model on English text with a few Han characters after Chinese text as it does on its own', () => {
    const english = 'The courier was late, 很慢, and the soup was cold and bland';
    const alone = createLocalClassifier().typeProbabilities(english);
    const shared = createLocalClassifier();
    shared.classifySync({ text: '送餐太慢了饭都凉了汤也洒了客服态度很差退款也不给处理价格还比别家贵很多包装破了菜也少了一份，以后不会再点' });
    expect(shared.typeProbabilities(english)).toEqual(alone);
  });
});

describe('models given as plain objects', () => {
  it('classifies exactly as with the committed models read from their files', () => {
    // Training and evaluation pass models built in memory: no file strings or int8 weights, tables only.
    const sentiment = zhSentimentModel();
    const types = complaintTypeModel();
    const plain = createLocalClassifier({
      sentimentModel: { bias: sentiment.bias, weights: sentiment.weights },
      typeModel: {
        types: types.types,
        rows: types.rows,
        weights: types.weights,
        dense: types.dense,
        bias: types.bias,
        thresholds: types.thresholds,
        windowThresholds: types.windowThresholds,
        window: types.window,
      },
    });
    const texts = loadDevSet().map((item) => item.text);
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) {
      expect(plain.classifySync({ text })).toEqual(classifier.classifySync({ text }));
      expect(plain.typeProbabilities(text)).toEqual(classifier.typeProbabilities(text));
    }
  });
});
