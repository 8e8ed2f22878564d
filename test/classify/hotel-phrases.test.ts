import { describe, expect, it } from 'vitest';
import { typesForBookingNotHonoured } from '../../shared/classify/booking-not-honoured.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: a smell in the room is environment; harassment calls in hotels are privacy_security.
describe('a hotel room as guests complain of it', () => {
  it.each(['房间有异味，开了一晚上窗', '卫生间有异味 应该是下水道的问题', '一般般吧，屋里有异味'])('%s → environment', (text) => {
    expect(types(text)).toContain('environment');
  });

  it('keeps a smell in the food product_quality', () => {
    expect(types('红烧肉有异味，像是坏了')).toContain('product_quality');
  });

  it.each(['刚躺下房间电话就响了，问我要不要按摩', '半夜接到电话问需不需要特殊服务，吓得不敢睡', '房间还算干净，就是隔音差，半夜还有人敲门问要不要服务', '床太软了，晚上十一点多电话打进来问需不需要服务'])('%s → privacy_security', (text) => {
    expect(types(text)).toContain('privacy_security');
  });

  it('is no complaint to praise the massage', () => {
    expect(types('酒店的按摩服务很专业，推荐')).not.toContain('privacy_security');
    expect(types('需要按摩的话可以找前台预约，师傅手法很好')).not.toContain('privacy_security');
    expect(types('行李员敲门问要不要服务员帮忙拿行李，很贴心')).not.toContain('privacy_security');
  });
});

// The guide: photos that oversell are misleading_promise; a booking's breakfast denied at the desk is order_accuracy.
describe('a hotel booking and its pictures', () => {
  it('is misleading_promise when the photos are said retouched, in a satisfied review too', () => {
    expect(types('位置挺好的，就是网上的照片美化过，房间没那么大')).toContain('misleading_promise');
    expect(types('图片过度美化，到了一看完全不是那回事')).toContain('misleading_promise');
  });

  it('is order_accuracy when the desk denies the breakfast booked, object left unsaid', () => {
    expect(types('订的时候明明含早，前台却说不含')).toContain('order_accuracy');
  });

  it('is none of them when the photos are praised or the price is said to exclude tax', () => {
    expect(types('图片美化的很好看，实物也不差')).not.toContain('misleading_promise');
    expect(typesForBookingNotHonoured([], '订的是含早的房，前台说不含税，要另外开票', ['order_accuracy'])).toEqual([]);
  });

  it('names room faults said in passing in a satisfied review (车位紧张, 窗子关不上, 隔壁在装修, 热水来得慢): environment', () => {
    for (const fault of ['就是窗子关不上', '热水来得慢', '热水要等好几分钟', '车位紧张', '隔壁在装修', '白天有装修的声音']) {
      const result = classifier.classifySync({ text: `房间干净，服务热情，${fault}，总体满意。` });
      expect(result.complaintTypes.map((t) => t.type), fault).toContain('environment');
      expect(result.sentiment.label, fault).toBe('positive');
    }
    expect(classifier.classifySync({ text: '房间是新装修的，干净整洁，热水很足，总体满意。' }).complaintTypes.map((t) => t.type)).not.toContain('environment');
  });
});
