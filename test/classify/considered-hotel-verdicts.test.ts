import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

// Found on a new writer's considered hotel reviews (measure-s31-zh-hotel-b, read for its sentiment errors).
it.each([
  // What could be better, listed, then the score out of ten and the stay considered again.
  '作为一个每年出差一百多天的人，住过的酒店没有三百也有两百家了，这家算是中上水平。说几个细节：床头有USB和Type-C充电口，这个很实用；桌子够大，可以摊开图纸干活；灯光可以调色温，晚上看资料不累眼。需要改进的：1.浴室通风不好，洗完澡镜子雾半天 2.窗户打不开，只能靠新风，房间有点闷 3.送餐服务慢，打电话点了碗面，四十分钟才送到，面都坨了。总分8分吧，下次来还会考虑',
  // A small room, then the stay chosen again (再 typed 在, as customers do).
  '房间太太太小了 不过干净 位置好 在来的话可能还是会选这家吧',
  // A bad review of last year turned good.
  '去年第一次住这家，体验很差，我还写了个差评。今年酒店换了管理公司，房间全部翻新了，早餐也好吃太多。唯一的问题是还有一点点装修的味道。把去年的差评改成好评，推荐',
  // The platform's fault, the hotel given full marks and chosen again.
  '平台发给我的地址写错了，多花了四十多块车费。前台小哥马上帮我核对了订单，还送了一份夜宵。平台的锅酒店背不着，酒店本身我给满分，下次出差还住这',
  '这家店的管家服务太绝了，从接机到送机全程安排，有什么需求微信说一声就搞定',
])('%s: positive', (text) => {
  expect(sentiment(text)).toBe('positive');
});

it.each([
  '前台小哥帮我叫的出租车，说是正规出租，结果是个黑车，到机场要了我150，正常打车也就60。问酒店，说跟他们没关系',
  '总分3分，不会再来',
])('%s: negative', (text) => {
  expect(sentiment(text)).toBe('negative');
});

it('takes no call of ten minutes for a score', () => {
  expect(sentiment('打10分钟电话没人接')).toBe('negative');
});
