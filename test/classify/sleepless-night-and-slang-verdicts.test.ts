import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a night without sleep after 就是 is the verdict on the stay, not a minor flaw', () => {
  it('reads praise, then a fault that cost the night, as negative', () => {
    for (const text of [
      '房间很宽敞，床也软，就是隔壁装修，早上六点就开始电钻，根本没法睡。',
      '装修挺新的，就是窗户对着夜市，吵到半夜两点，整晚没睡',
      '服務員很客氣，就是樓上一直有人走來走去，根本沒法睡',
    ]) expect(sentiment(text), text).toBe('negative');
  });

  it('keeps a satisfied stay positive where the sleep was fine or the noise minor', () => {
    for (const text of [
      '房间干净，位置好，就是窗户对着马路有点吵，不过带了耳塞，睡得挺好，总体满意',
      '床很舒服，一晚上睡得特别香，下次还住',
      '位置很好，服务热情，就是早餐品种少了点',
    ]) expect(sentiment(text), text).toBe('positive');
  });
});

describe('takeaway slang read the way it is meant', () => {
  it('reads 无限回购 as ordering again and again, not as 无 denying it', () => {
    for (const text of ['无限回购！', '这家酸辣粉无限回购', '無限回購的一家', '炸鸡yyds 无限回购']) expect(sentiment(text), text).toBe('positive');
  });

  it('reads "我真的会谢" as exasperation', () => {
    for (const text of ['一份饭就三片肉，我真的会谢', '又送错了 真的会谢', '等了一个半小时，我真的会谢']) expect(sentiment(text), text).toBe('negative');
  });

  it('keeps plain thanks positive', () => {
    for (const text of ['谢谢老板 下次还点', '我会谢谢骑手的，下雨天还准时送到']) expect(sentiment(text), text).toBe('positive');
  });

  it('reads a fault said with 根本没法 or 完全没法 as one', () => {
    for (const text of ['米饭硬得根本没法下嘴', '房间一股烟味，完全没法住']) expect(sentiment(text), text).toBe('negative');
  });
});

describe('an emoji-only review by its eye-roll, sweat-smile or clown', () => {
  it('reads them as negative', () => {
    for (const text of ['🙄🙄', '😅😅😅', '🤡', '🙄']) expect(sentiment(text), text).toBe('negative');
  });

  it('keeps praise with a sweat-smile positive', () => {
    for (const text of ['送得挺快，味道也好😅', 'ordered way too much 😅 but it was delicious']) expect(sentiment(text), text).toBe('positive');
  });
});

describe('下次还是一样 is the same fault again, not coming back', () => {
  it('reads a promise to improve that came to nothing as a complaint', () => {
    for (const text of ['呵呵，每次都说下次改进，下次还是一样', '投诉过一次，说会改，下次还是一样，漏餐', '上次说了米饭太硬，下次还是老样子'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps 下次还是 with a return as praise', () => {
    for (const text of ['下次还是会来的，味道稳定', '下次还是点这家']) expect(sentiment(text), text).toBe('positive');
  });
});
