import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { complaintTypeModel } from '../../shared/classify/type-model-loader.ts';
import type { Classification } from '../../shared/classify/types.ts';
import { zhSentimentModel } from '../../shared/classify/zh-model.ts';
import { maskLongRuns } from '../../shared/classify/zh-clauses.ts';
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

describe('English, read by its own model', () => {
  it('reads praise and complaints that name no lexicon word, which the lexicons alone called neutral', () => {
    // AFINN and the taxonomy's English phrases alone: sentiment 81 % and complaint micro-F1 0.52 on
    // the corpus's held-aside English items; all five of these came out neutral with no type. ("on point", once the first
    // example's, is now an idiom the lexicon reads: en-idioms.ts.)
    const lexiconsOnly = createLocalClassifier({ englishModel: null });
    for (const text of ['Chicken rice was fragrant, chili sauce just right. 10/10.', 'Everything arrived hot and sealed. Will order again.']) {
      expect(lexiconsOnly.classifySync({ text }).sentiment.label, text).toBe('neutral');
      expect(classify(text).sentiment.label, text).toBe('positive');
      expect(types(classify(text)), text).toEqual([]);
    }
    for (const [text, type] of [
      ['Asked for extra cheese, got none.', 'order_accuracy'],
      ['The room next door partied till 4am.', 'environment'],
      ['Fried rice had zero egg and way too much soy sauce.', 'product_quality'],
    ] as const) {
      expect(lexiconsOnly.classifySync({ text }).sentiment.label, text).toBe('neutral');
      const result = classify(text);
      expect(result.sentiment.label, text).toBe('negative');
      expect(types(result), text).toContain(type);
      expect(result.explanations.some((line) => line.startsWith('en model logit')), text).toBe(true);
    }
    expect(types(classify('They charged my card twice and nobody answers the phone.'))).toEqual(expect.arrayContaining(['price_billing', 'responsiveness']));
  });
});

describe("a business's reply exported with the review", () => {
  it('classifies the customer\'s words only, not the polite reply after them', () => {
    const review = '房间很小，隔音差，早餐也一般，不会再住了。';
    const reply = '宾馆反馈 2008年6月3日 : 尊敬的客人您好，感谢您选择入住我们酒店，对于您提到的问题我们非常重视，我们会加强改进，期待您的再次光临！';
    const alone = classify(review);
    const withReply = classify(`${review}${reply}`);
    expect(withReply.sentiment).toEqual(alone.sentiment);
    expect(types(withReply)).toEqual(types(alone));
    expect(withReply.explanations[0]).toMatch(/reply/);
    const delivery = classify('味道不好，送得也慢 商家回复：亲，非常抱歉给您带来不好的体验，我们会改进的，欢迎再次光临哦');
    expect(delivery.sentiment).toEqual(classify('味道不好，送得也慢').sentiment);
  });

  it('keeps a customer quoting the business, which is part of their account', () => {
    for (const text of ['催了三次，商家回复：马上到。结果又等了一小时', '商家回复说已经出餐了，结果一个小时后才到']) {
      expect(classify(text).explanations.some((line) => line.includes('reply'))).toBe(false);
      expect(classify(text).sentiment.label).toBe('negative');
    }
  });
});

describe('sentiment over time', () => {
  it('takes the verdict on this time when a review turns from how it used to be (以前…这次/现在)', () => {
    for (const text of ['以前很好吃，这次不知道怎么了，肉很柴，米饭也硬', '以前挺好吃的，现在越来越难吃', '之前都是五星好评，这次送得太慢了，菜都凉了']) {
      expect(classify(text).sentiment.label, text).toBe('negative');
    }
    for (const text of ['之前住过一次，这次还是很满意', '一直在这家点，味道很稳定，这次也一样好吃']) expect(classify(text).sentiment.label, text).toBe('positive');
  });

  it('takes whether the customer will come back as the verdict, whatever contrast came before it', () => {
    expect(classify('房间设施陈旧，卫生间有异味，早餐品种少，不过位置很好，离火车站近。不会再住了').sentiment.label).toBe('negative');
    expect(classify('环境一般，但是菜很好吃，下次还会再来').sentiment.label).toBe('positive');
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
  });

  it('does not let a run of one character outvote the words (the models count each n-gram, so sixty A\'s were sixty votes)', () => {
    for (const filler of ['A', '啊', '6', '哈']) {
      for (const [text, label] of [['差评 ', 'negative'], ['太难吃了，再也不点了', 'negative'], ['很好吃，下次还来', 'positive']] as const) {
        expect(classify(text + filler.repeat(80)).sentiment.label, `${text} + ${filler}×80`).toBe(label);
      }
    }
    expect(types(classify(`房间很脏，床单有污渍${'A'.repeat(80)}`))).toContain('environment');
    expect(maskLongRuns('好好好好吃AAAAA')).toBe('好好好\uffff吃AAA\uffff\uffff');
    expect(maskLongRuns('好好吃')).toBe('好好吃');
  });

  it('leans a lukewarm remark the way customers who write only that rate, with no type and no complaint intent', () => {
    // The shared shopping reviews: 7 of 8 saying only 还行/还可以 are positive, 7 of 7 saying only 一般 negative.
    for (const text of ['还ok吧', '还可以。。。', '还行吧', 'it was ok']) {
      expect(classify(text), text).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [], intent: 'other' });
    }
    // Said of one thing (早餐一般, "Breakfast was average"): still no complaint by the guide; the type model read one.
    for (const text of ['一般', '一般般吧！', '马马虎虎', 'meh', '早餐一般', '服务态度一般', 'Breakfast was average', 'The food was mediocre']) {
      expect(classify(text), text).toMatchObject({ sentiment: { label: 'negative' }, complaintTypes: [], intent: 'other' });
    }
    expect(Math.abs(classify('一般').sentiment.score)).toBeLessThan(0.2);
  });

  it('reads a few lukewarm remarks in a row, each of one thing, as one lukewarm remark', () => {
    // The type model read environment into 位置 and 房间 said 还行 or 一般.
    for (const text of ['地段还行 房间一般 早饭一般', '位置还可以，房間一般', '交通还行 设施一般']) {
      expect(classify(text), text).toMatchObject({ sentiment: { label: 'negative' }, complaintTypes: [], intent: 'other' });
    }
    expect(classify('房间还行，位置还可以，价格一般')).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [] });
    // A remark that is more than lukewarm keeps the message a complaint.
    expect(types(classify('位置还行 房间一般 隔音太差'))).toContain('environment');
  });
});

describe('urgency', () => {
  it.each([
    ['再不处理我就打12315投诉你们', 'regulator'],
    ['我要把这件事发到微博上曝光', 'media'],
    ['我已经联系律师，准备起诉', 'legal'],
    ['吃完以后全家拉肚子，怀疑食物中毒', 'health'],
    ['孩子吃了过敏进了医院', 'health'],
    // Counted vomiting, an intruder at the door, bare live wires, a foreign body picked up with the food.
    ['吃完烤鱼孩子开始吐，吐了三回，你们厨房怎么搞的', 'health'],
    ['入住当晚发现陌生人拿房卡开我们的门，吓死了', 'personal-safety'],
    ['插座线皮都破了，铜丝露在外面，孩子差点伸手去摸', 'safety'],
    ['麻辣烫里夹了一根钢丝球的丝，差点划破嗓子', 'foreign object'],
    ['已经把情况发给了投诉邮箱，同时报警备案了', 'police'],
    ['吃完嘴巴到现在还是麻的，舌头肿起来了', 'health'],
    ['卫生间的瓷砖裂了，脚踩上去被划了个口子，流了好多血', 'health'],
    ['保险箱里有上一位客人的钱包，第二天我的充电宝就不见了', 'theft'],
    ['I got food poisoning from your chicken', 'health'],
    ['太恶心了，必须赔偿我的损失！垃圾商家', 'compensation'],
    ['麻辣烫里有一只蟑螂', 'foreign object'],
    // Dishes a food word list missed: a boxed lunch, toast, a snack (the pest read as the premises' before).
    ['便当里面有蟑螂', 'foreign object'],
    ['吐司里面有小虫', 'foreign object'],
    ['买的零食里有虫子', 'foreign object'],
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
    // How food-delivery customers report it: how long it lasted, what came with it, the door of the room.
    ['吃了以后拉了一天肚子', 'health'],
    ['吃完以后一直拉，拉了一整夜', 'health'],
    ['肉是臭的，吃完就吐了', 'health'],
    ['吃出来一根头发和一个小虫，太恶心了', 'foreign object'],
    ['鸡腿里面有一根很长的毛，还有个黑色的虫', 'foreign object'],
    ['半夜有人敲门推销，吓死了，门还锁不上', 'safety'],
    // Real Dianping reviews (ASAP), cut: harm inside a long, happy review still counts; so does pointing at the authorities.
    ['我是比较喜欢这家的，因为材料新鲜，服务又好，价格适中，里面服务员一直很热情，海鲜食材一直新鲜，但是老公每次吃都会拉肚子，上次我弟弟也拉肚子，给予四星', 'health'],
    ['点了很多小点心，上菜速度很快！服务态度也很好！在吃的过程当中饺子里吃出一根编织袋子的丝儿，跟领班沟通后又送了一个菜，全程还是很关照到位的，环境很有韵味', 'foreign object'],
    ['吃着吃着我就看见这道菜里有个很长的东西，一看是一条大虫子，太缺德', 'foreign object'],
    ['等了两个半小时才上齐菜，态度极差，厨房重地的卫生情况也堪忧，相关部门也可以看看', 'regulator'],
    // Harm from the goods themselves, insects that grew in the food, a demand to be paid back.
    ['用了之后头上起疙瘩，头皮奇痒', 'health'],
    ['小孩第一次看就被书弄破了手', 'health'],
    ['变质牛奶生蛆还敢卖', 'foreign object'],
    ['所有客户号码都清零了，导致我损失惨重，赔我！', 'compensation'],
    ['全是假货！！建议工商打假！！', 'regulator'],
    // Dangerous premises, as the guide counts them even before anyone is hurt; wire wool is metal, not a hair.
    ['阳台栏杆松动，孩子差点掉下去', 'safety'],
    ['电梯突然停了，被困了二十分钟', 'safety'],
    ['房卡能打开别人的房间', 'personal-safety'],
    ['面里有个钢丝球的丝', 'foreign object'],
    // Slang for diarrhoea, and creatures beyond insects.
    ['肉是臭的，吃了窜稀', 'health'],
    ['吃完跑了一晚上厕所', 'health'],
    ['沙拉里有半只蜗牛', 'foreign object'],
    // English says where the object was after it, or from farther off before it.
    ['There was a cockroach in my fried rice. Disgusting.', 'foreign object'],
    ['I ordered beef noodles and found a small piece of metal, like a wire from a scrubber, in the broth.', 'foreign object'],
    ['Ate the salmon at 9, woke up at 3am throwing up.', 'health'],
    ['The lock on my locker was broken and someone went through my bag, 200 euro gone.', 'theft'],
    ['Smelled gas in the corridor on the 5th floor and reception said it was normal.', 'safety'],
    ["Bed bugs. I want a full refund and you will pay my clinic bill.", 'compensation'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });

  it('reads a fault said mildly, or a virtue denied, as a complaint point, as real reviews say them', () => {
    expect(types(classify('就是鱼烧的不是很入味'))).toContain('product_quality');
    expect(types(classify('环境很好，味道也不错，就是鸡肉有点柴'))).toContain('product_quality');
    expect(types(classify('位置好找，服务员都不太热情'))).toContain('service_attitude');
    expect(types(classify('菜品不错，就是价格有点贵'))).toContain('price_billing');
    expect(types(classify('不如以前好吃了'))).toContain('product_quality');
    const shortOfExpectations = classify('牛肉没有想象中的好吃');
    expect(types(shortOfExpectations)).toContain('product_quality');
    expect(shortOfExpectations.sentiment.label).not.toBe('positive');
    expect(types(classify('一点都不咸，很入味，下次还来'))).toEqual([]);
    expect(types(classify('性价比还行，房间有点小'))).toContain('environment');
    expect(types(classify('房间不错，wifi不太稳定，经常断'))).toContain('environment');
    expect(types(classify('Great location and friendly staff, but the room was a bit small and the walls were paper thin.'))).toContain('environment');
    expect(types(classify('Called reception three times about the broken AC and nobody came.'))).toContain('responsiveness');
  });

  it('reads a short complaint said plainly with 很 as negative, with its type', () => {
    // The sentiment model once learnt 很 and "房间很" as praise (reviews mostly go on to praise):
    // "房间很脏" scored +2.7 and "菜很咸" came out positive with no type.
    for (const [text, type] of [
      ['房间很脏', 'environment'],
      ['房间很吵', 'environment'],
      ['菜很咸', 'product_quality'],
      ['价格很贵', 'price_billing'],
      ['送得很慢', 'delivery'],
    ] as const) {
      const result = classify(text);
      expect(result.sentiment.label, text).toBe('negative');
      expect(types(result), text).toContain(type);
    }
    expect(types(classify('房间很旧'))).toContain('environment');
    expect(types(classify('牛肉面的汤很淡'))).toContain('product_quality');
    expect(types(classify('房间很干净，也很凉快'))).toEqual([]);
  });

  it('reads what is judged (房间, 早餐, 位置) as neither praise nor complaint', () => {
    // Satisfied hotel reviews name the room twice as often as unhappy ones, so the sentiment model
    // had learnt 房间 (with 房 and 间) as +4.8 and 早餐 as +5.2: "早餐不好吃" came out positive.
    for (const text of ['房间很旧', '房间很暗', '房间有异味', '早餐种类很少', '早餐不好吃', '房间不干净', '房间设施老化', '房间不大，有点挤', '早餐没什么可吃的', '位置不好']) {
      expect(classify(text).sentiment.label, text).toBe('negative');
    }
    for (const text of ['房间很大', '早餐丰富', '位置很好', '房间干净']) {
      expect(classify(text).sentiment.label, text).toBe('positive');
    }
  });

  it('reads 特别, 非常 and 挺 as 很: the degree says how much, not what', () => {
    // The models had learnt 特别/非常 as praise and had no bigram for the fault after them:
    // "送餐特别慢" scored delivery 0.12 where "送餐很慢" scored 0.56, "外卖非常慢" had no type.
    for (const [text, type] of [
      ['送餐特别慢', 'delivery'],
      ['外卖非常慢', 'delivery'],
      ['房间特别小', 'environment'],
      ['房间挺小的', 'environment'],
      ['这家的汤特别淡', 'product_quality'],
    ] as const) {
      expect(types(classify(text)), text).toContain(type);
    }
    expect(classify('送餐特别慢').sentiment.label).toBe('negative');
    expect(types(classify('送餐特别快，味道非常好'))).toEqual([]);
    expect(classify('服务特别周到，房间非常干净').sentiment.label).toBe('positive');
  });

  it('finds a premises fault named by its topic and a fault word in one clause, inside praise', () => {
    // Before topics in fault-finding clauses counted as problems, 5 of these 6 had no environment
    // evidence. Every one must hold it; the learned model then decides, and since the models
    // learnt from the 2026-12-01 fresh written sets it leaves out the 2G one (environment 0.23
    // against its threshold 0.35: a satisfied review's praise outweighs one phrase).
    const premisesFaultsInPraise = [
      '房间干净前台热情，可惜空调制热不行，开到30度也只有一点温吞风',
      '风景、服务、餐饮都在线，唯独网速慢得像回到了2G时代，刷个朋友圈图片要转半天',
      '位置方便，早餐不错，就是电梯太慢了，等了好久',
      '服务很好，可惜停车场太小了，停不下',
      '房间不错，热水很慢，要放五分钟',
      '菜很好吃，就是厕所太脏了',
    ];
    const environment = DEFAULT_TAXONOMY.types.findIndex((type) => type.id === 'environment');
    for (const text of premisesFaultsInPraise) expect(classifier.analyse(text).evidence.problems[environment], text).toBe(1);
    const found = premisesFaultsInPraise.filter((text) => types(classify(text)).includes('environment'));
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(types(classify('空调很给力，停车场也大，网速很快'))).toEqual([]);
  });

  it('reads a weak fault word after a degree word as a fault, and alone as nothing', () => {
    // 小, 淡, 少 say nothing alone (小哥, 淡季, 少量); after 很 or 太 they complain.
    for (const text of ['房间很小', '味道很淡', '汤太淡了', '分量太少了']) expect(classify(text).sentiment.label, text).toBe('negative');
    expect(classify('外卖小哥很准时，少量多餐刚好').sentiment.label).toBe('positive');
    expect(classify('做事很小心，服务很好').sentiment.label).toBe('positive');
  });

  it('files phrases under the type the guide gives them, not the one a word suggests', () => {
    // A broken door lock is a broken facility (environment), as the labelled corpus has it 6 times in 6.
    expect(types(classify('门锁坏了，报修两次都没人来'))).toContain('environment');
    expect(types(classify('门锁坏了，报修两次都没人来'))).not.toContain('privacy_security');
    // Premises faults real hotel and restaurant reviews name without a fault word: the smoke extraction, no lift, fleas.
    expect(types(classify('牛舌也新鲜。就是排烟不太行，出来一身味儿'))).toContain('environment');
    expect(types(classify('没有电梯！！四楼拖个28寸箱子'))).toContain('environment');
    expect(types(classify('在床单上抓到了跳蚤'))).toContain('environment');
    // In-room internet and the location, by the guide: environment (real hotel reviews name them often).
    expect(types(classify('房间上网很慢'))).toContain('environment');
    expect(types(classify('手机在房间里没信号'))).toContain('environment');
    expect(types(classify('离机场太远了，打车一百多'))).toContain('environment');
  });

  it('files what was found in the food under the food, not the premises, unless the message names them', () => {
    expect(types(classify('麻辣烫里有一只蟑螂'))).toEqual(['product_quality']);
    expect(types(classify('牛肉面里有虫'))).toEqual(['product_quality']);
    expect(types(classify('店里很脏，菜里还有虫子'))).toEqual(expect.arrayContaining(['product_quality', 'environment']));
    expect(classify('店里很脏，菜里还有虫子').urgent).toBe(true);
    // A pest in the room is not found in food: environment, and no food finding (the learned
    // model's own product_quality for 很脏 sits at its threshold, 0.42 against 0.40, since 2026-12-01).
    const roomPest = classify('房间里有蟑螂，很脏');
    expect(types(roomPest)).toContain('environment');
    expect(roomPest.urgent).toBe(false);
    expect(roomPest.explanations.some((line) => line.includes('蟑螂') && line.startsWith('complaint type product_quality'))).toBe(false);
    // A hair in the food is a hygiene fault of the food, not of the premises, and not an escalation.
    expect(types(classify('菜里有头发，太恶心了'))).toEqual(['product_quality']);
    expect(classify('菜里有头发，太恶心了').urgent).toBe(false);
    // Hair in the bed is the room's cleanliness (environment); the guide files linen under product_quality, so that may come too.
    expect(types(classify('房间床上有头发，很脏'))).toContain('environment');
  });

  it('reads English praise that negates a complaint word as praise', () => {
    expect(classify('Third time staying here and it never disappoints.').sentiment.label).toBe('positive');
    expect(classify('no good at all').sentiment.label).toBe('negative');
  });

  it('says which way a contrast turns the weights', () => {
    expect(classify('位置好，服务热情，就是早餐一般').explanations).toContain('contrast "就是": the clause after it weighs less (a minor flaw)');
    expect(classify('送得很快，但是饭全凉了').explanations).toContain('contrast "但是": the clause after it weighs more');
  });

  it('files waiting on the rider under delivery, not the business being slow to respond', () => {
    const rider = types(classify('等了快两个小时，给骑手打了三次电话，每次都说马上到，饭全凉了'));
    expect(rider).toContain('delivery');
    expect(rider).not.toContain('responsiveness');
    // The merchant named as slow keeps responsiveness.
    expect(types(classify('商家接单太慢了，半小时才接单'))).toContain('responsiveness');
  });

  it('gives a price granted and judged worth it no price type, and keeps a price that is not worth it or a billing fault', () => {
    for (const text of [
      '周年庆订的法式小馆，菜和服务都好，人均六百，贵是贵，但每一分都花得值。',
      '房间推窗就是洱海，早餐用心。价格不便宜，但这个体验是完全值得的',
      '海鲜自助三百八一位，价格不便宜但是物有所值，补货很及时',
    ]) {
      const result = classify(text);
      expect(types(result), text).not.toContain('price_billing');
      expect(result.explanations, text).toContain('price conceded as worth it (贵但值得): no price_billing');
    }
    expect(types(classify('人均三百，贵，而且不值这个价，菜也一般'))).toContain('price_billing');
    expect(types(classify('价格偏高，但还算值得，就是停车另外收费五十'))).toContain('price_billing');
  });

  it('files illness after eating under the food, and reads harm in a short message as a complaint', () => {
    expect(types(classify('吃了以后胃疼了一晚上'))).toContain('product_quality');
    // A scald from a spilled soup is not the food's fault.
    expect(types(classify('骑手把热汤洒我手上，烫起了水泡'))).not.toContain('product_quality');
    const fall = classify('浴室地滑，摔了一跤');
    expect(fall.urgent).toBe(true);
    expect(fall.sentiment.label).toBe('negative');
    expect(fall.intent).toBe('complaint');
  });

  it('reads curly apostrophes (as phones type them) and apostrophe-less negators as the straight ones', () => {
    const straight = classify("The staff don't care and the room wasn't clean");
    for (const text of ['The staff don’t care and the room wasn’t clean', 'The staff dont care and the room wasnt clean']) {
      const result = classify(text);
      expect(result.sentiment.label, text).toBe('negative');
      expect(types(result), text).toEqual(types(straight));
    }
  });

  it('escalates the harm and incidents customers name, in their own words', () => {
    for (const text of [
      '盒饭里吃出一根订书钉，还好没咽下去，这个必须赔',
      '退款申请被驳回 饭里一只苍蝇 你瞎吗',
      '吃完半小时浑身起风团，痒得睡不着，菜单上一个字没写有花生酱',
      '骑手送餐跟我吵起来，临走说「我知道你住哪」，吓得我晚上不敢开门',
      '半夜两点有人刷卡开我房门，幸好挂了门链才没进来，吓死了！',
      '早餐的炒面里吃出半只小强，我已经吃了好几口了',
      '晚上十一点多，有人用房卡刷开了我的房门，我当时正在换衣服，门口站着一个男的',
      // Theft, or an allergic reaction, inside a longer, otherwise calm or happy message is still harm ("nuts" is food here).
      'The hostel is fun, great vibe, met loads of people. Lockers are a joke tho, someone went through my bag. Lost about 200 euro cash.',
      "I'm allergic to shellfish and told the waiter twice. Shrimp in the fried rice. Lips swelling and hives, had to use my EpiPen.",
      "My son had an allergic reaction to the dessert even though we said he can't have nuts.",
      // A relative's illness counts when something was eaten first.
      '给孩子点的，孩子吃完晚上发烧呕吐，医生说是吃坏了东西，商家必须负责',
      // Tongue numbness that 头发 (hair) would swallow, the common typo 啦肚子, discomfort with a word between,
      // a call to the 315 hotline, a moth poured out of the milk, maggots in a fruit cut open, diarrhoea that did happen.
      '为什么我感觉吃了之后嘴和舌头发麻?', '连喝两天我就啦肚子了', '吃了肚子还不舒服,很失败的一次购物', '假货,已经拨打了315,等待调查',
      '牛奶里面倒出来有小飞蛾真恶心', '第二天切开里面全是白色的蛆,恶心的我赶紧扔了', '喝没过期的酸奶竟然也能拉肚子......',
      // Falls and cuts as guests tell them in English.
      'My husband tripped on a loose carpet edge in the corridor and twisted his ankle badly.',
      'Found a piece of glass in my risotto. Cut my gum.',
    ]) {
      expect(classify(text).urgent, text).toBe(true);
    }
    expect(classify('骑手送完餐之后加我微信，还发消息问我是不是一个人住，太吓人了').urgentReason).toMatch(/personal-safety/);
    expect(classify('I have reported him to the police.').urgentReason).toMatch(/police/);
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
    // The police station as a landmark is not going to the police.
    expect(classify('酒店附近有派出所，很安全').urgent).toBe(false);
    expect(classify('旁边就是派出所，晚上出门放心').urgent).toBe(false);
    // Wanting to tell everyone is not wanting to sue; asking for an explanation is not demanding
    // compensation (the shopping labellers: 12 of 14 such reviews not urgent); tracking is logistics.
    expect(classify('我想告诉大家，这家店的菜量越来越少了').urgent).toBe(false);
    expect(classify('为什么汤洒了一半，商家也不给个说法呢').urgent).toBe(false);
    expect(classify('换货太慢，物流跟踪不全面').urgent).toBe(false);
    expect(classify('Asked for no onions (allergy noted in the order). Full of onions.').urgent).toBe(false);
    for (const text of [
      // A team reaching the final is not a break-in; 挨着火车站 holds no fire.
      '今天参加了篮球赛，大家配合得很好，经过一天的比赛终于闯进了六强，明天继续加油，太开心了',
      '本来以为挨着火车站会很吵，结果窗户是三层玻璃，睡得特别香',
      // "楼上有人" is not where the mosquito was found, and 包 here is a bite, not a bun.
      '房间是木结构的，隔音稍差，楼上有人走动听得很清楚，蚊子也有点多，被咬了几个包',
      // Naming an allergy is not a reaction; a relative's illness is why the customer writes, not harm done.
      '我点的是香辣鸡腿堡，送来的是鳕鱼堡，我对鱼过敏好在吃之前看了一眼。薯条也是凉的',
      '带孩子住的，半夜孩子发烧，打前台电话问附近有没有药店，前台直接说不知道',
    ]) {
      expect(classify(text).urgent, text).toBe(false);
    }
  });

  it('follows the labelling guide: topic words, near misses and repetition alone are not escalations', () => {
    for (const text of ['房间里有蟑螂，很脏', '抖音上看到推荐来的，味道不错', '虫草花汤很鲜', '烟雾报警器半夜一直响', '超市地上全是水，差点滑倒',
      '这是我第三次投诉了，还是没解决', '第三次来了，还是那么好吃', '包装费收了六块，就是一个塑料袋两个盒子', '骑手一直显示在取餐，饿得胃疼',
      // Feeling cheated by a product is a complaint, not theft; a repost or someone else's scandal is not this customer's exposure.
      '裤子太修身了，根本穿不上，上当受骗了', '被书评骗了，不值一看', '抵制蒙牛，再也不买了 转发微博', '质量问题频繁被曝光，品牌形象不是这么树立的',
      '译者水平不行，看得头晕',
      // A scratch on the goods and hurt feelings are not injuries.
      '苹果不是有碰伤和划伤就是有缺陷', '手机有点划伤还不给退', '豆花是甜的！！我要的咸的！！北方人表示很受伤',
      // The company passing a case on inside itself, wanting to complain (想吐槽), insects about the room rather than in the dish.
      '打车多扣了钱，客服回复全是模板话，什么已为您反馈至相关部门，然后就没有然后了', '押金退了十天还没到账，本来只是想吐槽一下房间', '菜不错，但吃着吃着看见一只蟑螂从桌子底下跑过去，吓死了',
      '主餐很棒，服务员态度特别好，有点小不满的就是座位旁边都有一只小虫在飞，希望店家改善一下环境，总体来说非常好的一次用餐体验',
      '早餐有菠萝饭和烧烤，很特别。唯一的不足是房间里有蚊子，第一晚被咬了好几个包', '露天烧烤摊，晚上有风很舒服，就是蚊子太多了，腿上被叮了七八个包',
      // A fire one sits by, a figure of speech, a foggy head after a noisy night, a bathroom door that will not lock, rice hard enough to crunch.
      '房间有壁炉，晚上烤着火喝热红酒，太有氛围了', '听见蒙牛就想吐', '隔壁吵到两点，第二天开会头昏脑涨', '房间小但五脏俱全，就是浴室的门锁不上，有点尴尬',
      '米饭夹生，咬着咯牙', '然后我俩开始吐槽到天亮',
      // A device's alarm, a certificate from the police station, harm feared, danger said of a brand, a lawsuit not brought.
      '电量不足时报警太吵', '前台把身份证弄丢了，我还得跑派出所开临时证明', '被套还有烟头烫的洞', '菜太辣了，备注微辣还是辣到胃疼',
      '不知道是不是正品，万一过敏了怎么办', '总觉得喝蒙牛很危险', '看得我头皮发麻', '黑心企业，不告他们就算了还有人买',
      // Harm supposed, possible or said of the goods: a tablet's virus, a screen's scratch, a touchpad that could burn,
      // an itch if one does not wash, a near miss further back in the clause, loose threads in trousers, a leaking air bag,
      // a relative in hospital or ill, hurt feelings, risking one's life as a figure of speech.
      '这台平板,预装软件太多,还无法刷机,容易中毒', '小伙伴们以为我中毒了,也是醉了', '屏幕一般吧,但是外屏的面板很容易被划伤', '发现机身划伤,且实际内存才8g',
      '开机20分钟触摸板能烫伤手指', '可以促使你一天一洗的!否则奇痒', '后盖太难打开,上次我的手差点被弄出血', '做工有一些零碎小线头没剪干净,翻开一看,里面有一大堆线头',
      '里面只有三个空气袋,其中两个已漏气', '父亲住院,有人送了两箱牛奶', '遇到娃娃生病放了几天,全坏了', '这个行业怎样安慰我们受伤的心?', '冒着生命危险用这个手机,充电发烫']) {
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
