import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCallUnanswered } from '../../shared/classify/call-unanswered.ts';
import { typesForDeskSlow } from '../../shared/classify/desk-slow.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForCallUnanswered([], text, ['responsiveness', 'service_attitude']).map((t) => t.type);

describe('a call for the staff no one answers (举手叫了好几次都没人过来)', () => {
  it('is responsiveness beside a queue not complained of, in a long review of the dishes', () => {
    expect(types('周末早上来喝早茶，排队等了四十分钟，人多可以理解。虾饺皮薄，凤爪软糯，肠粉也滑，价格不贵。就是进去以后想点单，举手叫了好几次都没人过来，服务员实在忙不过来。总体还是推荐，下次早点来。')).toContain('responsiveness');
    expect(types('朋友推荐的湘菜馆，取号排了二十分钟。剁椒鱼头很鲜，小炒肉香辣下饭，米饭管够。中间想加壶茶，招手半天也没人过来。人均六十，味道是真的可以，会带家里人再来。')).toContain('responsiveness');
    expect(types('這家火鍋要排隊，等了半小時。湯底很香，毛肚脆、蝦滑彈，醬料台也豐富。只是想加湯，按了好幾次呼叫鈴都沒人理。人均一百五，味道值得，下次還來。')).toContain('responsiveness');
  });

  it('is none by this rule for a call answered, one only supposed, or a courier not coming', () => {
    expect(ruleTypes('服务员很勤快，叫一声马上就过来')).toEqual([]);
    expect(ruleTypes('如果叫了半天没人来，那就自己去拿吧')).toEqual([]);
    expect(ruleTypes('外卖骑手打了好几次电话也没人来取')).toEqual([]);
    expect(ruleTypes('店里没人，我们直接就坐下了')).toEqual([]);
  });

  it('is responsiveness when the call is answered only after several (叫了几次才过来)', () => {
    expect(types('服务员态度很冷淡，叫了几次才过来，菜倒是还行')).toContain('responsiveness');
    expect(ruleTypes('想加点水，按了三次铃才有人过来')).toEqual(['responsiveness']);
    expect(ruleTypes('店员一直玩手机，喊了两声才抬头')).toEqual([]);
    expect(ruleTypes('叫一次就来了，很及时')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForCallUnanswered([], '叫了好几次都没人过来', ['service_attitude'])).toEqual([]);
  });
});

describe('the staff finding the guest slow at the bill (结账的时候还嫌我们扫码慢)', () => {
  it('is no slow table service', () => {
    expect(typesForDeskSlow([], '说话阴阳怪气的，结账的时候还嫌我们扫码慢', ['responsiveness'])).toEqual([]);
    expect(typesForDeskSlow([], '收银员嫌客人付钱太慢，一直在叹气', ['responsiveness'])).toEqual([]);
    expect(typesForDeskSlow([], '结账的时候等了二十分钟才有人来', ['responsiveness']).map((t) => t.type)).toEqual(['responsiveness']);
  });
});
