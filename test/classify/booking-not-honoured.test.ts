import { describe, expect, it } from 'vitest';
import { typesForBookingNotHonoured } from '../../shared/classify/booking-not-honoured.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['order_accuracy', 'misleading_promise', 'digital_experience'];
const named = (text: string) => typesForBookingNotHonoured([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: order_accuracy covers what was booked vs what was given (订的大床房给了标间), and a
// booking platform's booking not honoured; digital_experience is the platform's system failing.
describe('a booked breakfast or room denied at the hotel', () => {
  it('is order_accuracy', () => {
    expect(types('携程显示含早，到店前台说不含早')).toContain('order_accuracy');
    expect(types('在携程上订的含早房型，到了前台说不含早餐，要另外付钱')).toContain('order_accuracy');
    expect(named('订的时候写的含早餐，结果退房时说早餐要另外收费')).toEqual(['order_accuracy']);
    expect(types('网上订的是含双早，入住时说没有早餐')).toContain('order_accuracy');
    expect(types('订的大床房到了说只有双床')).toContain('order_accuracy');
    expect(named('携程显示大床房，到店说大床房满了')).toEqual(['order_accuracy']);
    expect(named('预订了两间海景房，前台给了个看不到海的房间')).toEqual(['order_accuracy']);
  });

  it('is order_accuracy in traditional characters', () => {
    expect(types('攜程顯示含早，到店前台說不含早')).toContain('order_accuracy');
  });

  it('is none by this rule for a booking kept, a booking without breakfast, a question or an advert', () => {
    expect(named('携程上订的含早，早餐很丰富')).toEqual([]);
    expect(named('订的双早，两个人吃得很开心')).toEqual([]);
    expect(named('订的是不含早的，早餐要另外付钱，可以理解')).toEqual([]);
    expect(named('订的含早，会不会到店说不含早？')).toEqual([]);
    expect(named('宣传写着含早餐，结果早餐要另外付钱')).toEqual([]);
    expect(named('订的双床房，房间只有双床没有沙发，有点挤')).toEqual([]);
    expect(named('订的含早，前台说早餐在二楼')).toEqual([]);
  });

  it('leaves the mismatch to misleading_promise or digital_experience when the model read it so', () => {
    const claim = [{ type: 'misleading_promise', confidence: 0.66, phrases: ['写着'], problem: true }];
    expect(typesForBookingNotHonoured(claim, '美团上写着含双早，入住的时候前台说只含单早', DEFAULT_TYPES)).toEqual(claim);
  });
});

describe('the booked room itself gone, or the hotel overbooked (订的房间没了, 超售)', () => {
  it('is order_accuracy', () => {
    for (const text of [
      '订好的房被卖给别人了，只能去隔壁酒店',
      '酒店超售了，让我们去合作的另一家住',
      '真的是非常糟糕的一次入住体验，晚上十点到的酒店，前台说我们订的房间没了，要换到另一栋楼，走廊里一股霉味，经理只说了一句不好意思',
    ]) {
      expect(types(text), text).toContain('order_accuracy');
    }
  });

  it('is none by this rule for a booked room described, or an overbooking only feared', () => {
    for (const text of ['订的房间没有窗户，很闷', '订的房间很干净，满意', '担心会超售，结果还好', '如果超售了怎么办？']) {
      expect(named(text), text).toEqual([]);
    }
  });
});

describe('the booked room said gone on arrival, a clause later (订好的房，到了前台说没房了)', () => {
  it('is order_accuracy', () => {
    expect(types('网上订好的房，到了前台说没有房间了，太坑了')).toContain('order_accuracy');
    expect(named('提前一周预订的，到店说满房了，让我们去别家')).toEqual(['order_accuracy']);
  });

  it('is none by this rule for a room change refused as the hotel was full, or no arrival told', () => {
    expect(named('订的房间有烟味，到了晚上想换房说满房了')).toEqual([]);
    expect(named('订的时候就说只剩最后一间了，幸好订到了')).toEqual([]);
  });
});

describe('the room given as another (大床房给成了双床, 房号给错了)', () => {
  it('is order_accuracy, with or without the booking told', () => {
    for (const text of ['大床房给成了双床，换房的时候前台还嫌我事多。', '房号给错了，拿房卡上去一开门里面有人', '订的大床给成了双床，其他都挺好，早餐也不错，总体满意'])
      expect(classifier.classifySync({ text }).complaintTypes.map((t) => t.type), text).toContain('order_accuracy');
  });
});
