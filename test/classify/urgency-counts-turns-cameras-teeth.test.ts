import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

const expectHarm = (text: string, reason: RegExp) => {
  const result = classify(text);
  expect(result.urgent).toBe(true);
  expect(result.urgentReason).toMatch(reason);
};

/** Probe round 27: harm counted in digits, told after praise and a turn, by a second look, by a broken tooth; and the hearsay beside it. */
describe('urgency: counted, after a turn, a camera by its look, a broken tooth', () => {
  it.each([
    '晚上点的烤串，半夜拉了6次，早上起来浑身没劲',
    '吃完他家的冒菜，吐了3回，胃都空了',
    '昨天那份麻辣烫吃完，跑了4趟厕所',
    '拉了8次，就吃了这家的凉皮',
  ])('vomiting or diarrhoea counted in digits after a meal is harm: %s', (text) => {
    expectHarm(text, /harm to health/);
  });

  it.each([
    '门把手太紧，拉了3次才打开，差评',
    '晚上上了2次厕所，马桶冲水声音太大了',
    '一晚上跑了5趟前台，房卡一直失灵',
  ])('a count with nothing eaten is no illness: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    '服务很好环境也干净，就是吃完回来吐了两回',
    '菜很香，老板人也好，但是晚上拉了七八次',
    '前台小姐姐很热情，位置方便，可惜床单上有跳蚤，腿上全是包',
    '装修很新服务周到，只是卫生间插座冒火花，吓一跳',
  ])('harm after praise and a turn to the fault still counts: %s', (text) => {
    expect(classify(text).urgent).toBe(true);
  });

  it.each([
    '环境好服务好，不过冬天太干了，嗓子干得冒烟',
    '味道不错，就是我吃太多撑着了，哈哈',
  ])('a figure of speech after a turn does not: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    '电视机下面有个亮着的小灯，凑近一照是个镜头，吓得赶紧退房',
    '床头那个插座怪怪的，拆下来一看是个摄像头',
    '浴室排气扇里有个小镜头，正对着淋浴',
    '烟感上面装着个摄像头，对着床拍',
  ])('a camera found by a closer look or in a fixture is a personal-safety incident: %s', (text) => {
    expectHarm(text, /personal-safety/);
  });

  it.each([
    '进房第一件事检查了一遍，没发现摄像头，放心了',
    '走廊里摄像头很多，感觉挺安全',
    '手机摄像头拍出来的照片和实物差不多',
  ])('no camera found, or the hotel\'s own, is none: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    '吃排骨咬到一块碎骨，牙齿当场裂了，疼得睡不着',
    '一口咬下去咯到硬东西，牙就崩了一小块',
    '饭里夹着一粒沙子，门牙磕掉了一个角',
  ])('a tooth broken on something in the food is harm: %s', (text) => {
    expectHarm(text, /harm to health/);
  });

  it.each([
    '排骨炖得太硬，啃了半天，幸好牙没崩',
    '咬到一块骨头，差点把牙齿崩了',
    '酒店的牙刷一刷就断了，质量太差',
  ])('a tooth nearly broken, unbroken, or a toothbrush is not: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    '老爸吃了他家的肉粥，晚上又拉又吐',
    '食完佢哋嘅烧鹅，成晚屙咗好多次',
    '食完个肚唔舒服，痛咗成晚',
  ])('diarrhoea and vomiting in either order, Hong Kong wording: %s', (text) => {
    expectHarm(text, /harm to health/);
  });

  it.each([
    '洗澡时毛巾架掉下来砸到脚，疼了一晚上',
    '晾衣杆没装牢，一碰就砸到头了',
  ])('a blow on a named body is an injury wherever it happened: %s', (text) => {
    expectHarm(text, /harm to health/);
  });

  it.each([
    '同事说她上次在这家吃完肚子疼，我这次点了没事',
    '邻居说他家猫吃了这家的鱼就吐了，不知道真的假的',
    '觉得这种颜色的肉吃了会拉肚子，直接扔了',
    '看着不新鲜，感觉吃完会肚子疼，没敢动筷子',
  ])('another\'s illness heard of, or one expected, is not: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it('a Chinese word in an English sentence is placed the English way', () => {
    expectHarm('The rice had a 蟑螂 in it，太恶心', /foreign object/);
  });
});
