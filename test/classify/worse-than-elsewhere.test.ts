import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWorseThanElsewhere, worseThanElsewhere } from '../../shared/classify/worse-than-elsewhere.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

describe('a humbler place said to beat this one (路边摊都比这好吃)', () => {
  it('is negative, with the type of what is compared', () => {
    for (const [text, type] of [
      ['楼下沙县的早饭都比这自助餐可口', 'product_quality'],
      ['青旅都比这干净 真的', 'environment'],
      ['隔壁奶茶店的小妹都比你们前台客气', 'service_attitude'],
      ['同一条街的民宿都比這裡實惠', 'price_billing'],
    ] as const) {
      expect(classify(text).sentiment.label, text).toBe('negative');
      expect(types(text), text).toContain(type);
    }
  });

  it('is negative with no type when only a general virtue is compared', () => {
    for (const text of ['我家的床都比这舒服', '七天都比这强']) {
      expect(classify(text).sentiment.label, text).toBe('negative');
      expect(worseThanElsewhere(text)?.type, text).toBeUndefined();
    }
  });

  it('is none when this place is the better one, the comparison denied, supposed or asked', () => {
    for (const text of [
      '别家都比这贵 这里很划算',
      '别的店比这差远了',
      '再也找不到比这更好吃的了',
      '比这便宜的酒店都没这么干净',
      '如果别家比这便宜我就换',
      '附近哪家比这安静？',
      '这家比那家好吃',
    ]) expect(worseThanElsewhere(text), text).toBeUndefined();
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForWorseThanElsewhere([], '青旅都比这干净', ['product_quality'])).toEqual([]);
  });
});
