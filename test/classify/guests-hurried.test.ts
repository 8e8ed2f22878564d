import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForGuestsHurried } from '../../shared/classify/guests-hurried.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForGuestsHurried([], text, ['service_attitude', 'product_quality']).map((t) => t.type);

describe('the staff hurrying the guests off their table (感觉在赶人, 催我们快点吃)', () => {
  it('is service_attitude when buried in a long review praising the dishes', () => {
    expect(types('午饭时间来的，拼桌坐下。炸酱面酱香浓，黄瓜丝脆，卤蛋入味，十八块一碗很实惠。就是吃到一半阿姨就过来问吃完没有，盘子里还剩几口也要收，感觉在赶人。理解中午人多，面还是好吃的，还会来。')).toContain('service_attitude');
    expect(types('和闺蜜来吃下午茶，三层点心架很精致，司康松软，伯爵茶香气足，窗边的光线也好。坐了一个小时左右，服务生过来催我们快点吃，说后面还有客人在等，有点扫兴。东西是真的好吃，下次挑人少的时候来。')).toContain('service_attitude');
    expect(types('週五晚上來吃烤肉，和牛入口即化，五花肉烤得焦香，泡菜也爽口。才坐了四十分鐘，店員就說要翻台了，讓我們快點結帳。肉的品質沒話說，人均三百，值得再來，只是別選週末。')).toContain('service_attitude');
  });

  it('is none by this rule when denied, only feared, the place’s turnover, or someone else hurrying', () => {
    expect(ruleTypes('老板从来不催我们，坐一下午都可以')).toEqual([]);
    expect(ruleTypes('一点都不赶人，可以慢慢聊天')).toEqual([]);
    expect(ruleTypes('本来怕被催着走，结果服务员很客气')).toEqual([]);
    expect(ruleTypes('店面很小，但翻台快，等一会儿就有位')).toEqual([]);
    expect(ruleTypes('吃到一半朋友催我们快点，说电影要开场了')).toEqual([]);
    expect(ruleTypes('菜上得慢，我们催了好几次才来')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForGuestsHurried([], '感觉在赶人', ['environment'])).toEqual([]);
  });
});
