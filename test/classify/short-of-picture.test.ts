import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForShortOfPicture } from '../../shared/classify/short-of-picture.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'misleading_promise'];

describe('the thing falling short of its picture or description', () => {
  it('is a misleading promise', () => {
    expect(types('一般般吧，没有图片上看起来那么多肉')).toContain('misleading_promise');
    expect(types('衣服没有宣传的那么好看，有点失望')).toContain('misleading_promise');
  });

  it('is none by this rule when the comparison names no virtue or compares nothing', () => {
    expect(typesForShortOfPicture([], '故事没有介绍的那么悲伤，孩子很喜欢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForShortOfPicture([], '退房后扣了两百，也没有照片证据', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForShortOfPicture([], '没有图片上那么好看', ['product_quality'])).toEqual([]);
  });

  it('is a misleading promise when the place is said worse than its picture (比照片上旧很多)', () => {
    expect(types('房间比照片上旧很多，沙发上都有破洞')).toContain('misleading_promise');
    expect(typesForShortOfPicture([], '实物比图片小了一圈', DEFAULT_TYPES).map((t) => t.type)).toEqual(['misleading_promise']);
    expect(typesForShortOfPicture([], '房间比图片上看着还大', DEFAULT_TYPES)).toEqual([]);
    expect(typesForShortOfPicture([], '房间不比照片上差，挺好', DEFAULT_TYPES)).toEqual([]);
  });

  it('is a misleading promise when the hope the picture raised is let down (看照片以为挺好的，结果…一般般)', () => {
    expect(types('看照片以为挺好的，结果到了发现一般般，房间小，卫生间更小，转个身都费劲。就这样吧，不会再来第二次。')).toContain('misleading_promise');
    expect(typesForShortOfPicture([], '看照片以为房间很小，结果到了挺宽敞的', DEFAULT_TYPES)).toEqual([]);
  });
});
