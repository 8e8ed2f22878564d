import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFacilitySaidPoor } from '../../shared/classify/facility-said-poor.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: room condition and old facilities are environment.
describe('a room or facility said small, or the premises two faults over', () => {
  it('is environment', () => {
    expect(types('酒店的泳池小的可怜 跟图片上完全两回事')).toContain('environment');
    expect(types('泳池太小了')).toContain('environment');
    expect(types('房間真的小到不行 床還是1米2的')).toContain('environment');
    expect(types('房间又旧又破')).toContain('environment');
    expect(types('踩雷了 照片拍的跟宫殿似的 实物又旧又破')).toContain('environment');
  });

  it('is environment when the premises are said aged, beside a lukewarm word too', () => {
    expect(types('设施比较陈旧，服务一般')).toContain('environment');
    expect(types('服务还凑合 设施老化得厉害')).toContain('environment');
    expect(types('卫生间有点旧，别的都还好')).toContain('environment');
  });

  it('is none by this rule for aged goods or premises said not aged', () => {
    expect(typesForFacilitySaidPoor([], '买的这台电脑设备老化了', ['environment'])).toEqual([]);
    expect(typesForFacilitySaidPoor([], '酒店设施不陈旧，挺新的', ['environment'])).toEqual([]);
  });

  it('is none by this rule for a facility praised, or small said of something else', () => {
    expect(typesForFacilitySaidPoor([], '泳池不大但是很干净，阳台很大', ['environment'])).toEqual([]);
    expect(typesForFacilitySaidPoor([], '房间里的电视很小', ['environment'])).toEqual([]);
  });

  it('is environment when the room is said worse than another hotel or its pictures, or conceded a little small', () => {
    expect(types('跟之前住的全季比差太多，价钱高了不少，房间反而更小更旧')).toContain('environment');
    expect(types('到了一看房间比网上的图小了一大圈，窗户也小')).toContain('environment');
    expect(types('同样的价钱，这里的设施远不如隔壁那家')).toContain('environment');
    expect(types('景色一流，服务周到，客房略小，不过住两个人够了')).toContain('environment');
    expect(types('衛生間比我家的還小，轉個身都難')).toContain('environment');
  });

  it('is none by this rule for a room said no worse, bigger or cleaner than elsewhere', () => {
    expect(typesForFacilitySaidPoor([], '房间不比五星级的小，很宽敞', ['environment'])).toEqual([]);
    expect(typesForFacilitySaidPoor([], '房间比想象中的不小，还挺干净', ['environment'])).toEqual([]);
    expect(typesForFacilitySaidPoor([], '房间比上次住的那家大多了，也更干净', ['environment'])).toEqual([]);
    expect(typesForFacilitySaidPoor([], '房间比照片上还要漂亮', ['environment'])).toEqual([]);
  });

  it('is environment when a room is a little too small or the facilities somewhat old, in a satisfied review too', () => {
    expect(types('价格公道，服务热情，就是卫生间小了点，洗澡转不开身')).toContain('environment');
    expect(types('虽然设施有些老了，但是打扫得很干净，下次还会住')).toContain('environment');
    expect(types('酒店有點老，不過位置沒得挑')).toContain('environment');
  });

  it('is none by this rule for 老 that is no age (老牌, 老字号)', () => {
    expect(typesForFacilitySaidPoor([], '这家酒店很老牌了，服务很规范', ['environment'])).toEqual([]);
    expect(typesForFacilitySaidPoor([], '酒店挺老字号的，口碑一直不错', ['environment'])).toEqual([]);
  });
});


describe('the room called old, bare, as a clause of its own in a list of faults (不怎么样，房间旧，早餐难吃)', () => {
  it('is environment', () => {
    expect(typesForFacilitySaidPoor([], '不怎么样，房间旧，早餐难吃，唯一的优点是便宜', ['environment']).map((t) => t.type)).toEqual(['environment']);
    expect(types('不怎么样，房间旧，早餐难吃，唯一的优点是便宜')).toContain('environment');
  });

  it('is none by this rule inside a longer phrase (房间旧物改造)', () => {
    expect(typesForFacilitySaidPoor([], '房间旧物改造的装饰很有心思', ['environment'])).toEqual([]);
  });
});
