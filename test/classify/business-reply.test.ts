import { describe, expect, it } from 'vitest';
import { withoutBusinessReply } from '../../shared/classify/business-reply.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe("a business's reply exported in the platforms' other forms", () => {
  it('leaves out a reply in brackets, with a bracketed date or after a space, and one in traditional characters', () => {
    const review = '酸菜鱼太咸了，齁得慌';
    for (const reply of [
      '【商家回复】亲，非常抱歉，我们会让厨师注意咸淡',
      '[商家回复]亲亲，抱歉让您失望了，可以联系我们补偿',
      ' 商家回复(2024-03-08)：亲，很抱歉给您带来不好的体验，已为您申请退款',
      ' 商家回复 亲 抱歉给您添麻烦了 退款已经处理',
      '（店家回复）感谢您的反馈，我们会改进',
    ]) {
      expect(withoutBusinessReply(`${review}${reply}`), reply).toBe(review);
    }
    expect(withoutBusinessReply('魚太鹹了。商家回覆：親，很抱歉給您帶來不好的體驗，我們會反饋給廚師')).toBe('魚太鹹了。');
  });

  it("does not read the reply's refund or compensation as the customer's after-sales complaint", () => {
    for (const text of [
      '面太咸了。[商家回复]亲亲，抱歉让您失望了，您的问题我们已记录，可以联系我们补偿',
      '米线太咸了。商家回复 亲 抱歉给您添麻烦了 后续会注意 退款已处理',
      '菜太咸了。商家回覆：親，很抱歉給您帶來不好的體驗，我們會反饋給廚師',
    ]) {
      expect(types(text), text).toEqual(['product_quality']);
    }
  });

  it("keeps the customer's own report of what the business said", () => {
    for (const text of ['商家回复说退款已经处理了，到现在也没到账', '找商家退款，商家回复 不退，爱吃不吃', '商家回复很及时，马上帮我备注了']) {
      expect(withoutBusinessReply(text), text).toBe(text);
    }
  });

  it("recognises every replier's verb, simplified and traditional, and leaves a message naming none as it is", () => {
    const review = '酸菜鱼太咸了';
    for (const verb of ['反馈', '反饋', '回复', '回覆', '回應', '回应', '答复', '答覆']) {
      expect(withoutBusinessReply(`${review} 商家${verb}：亲，非常抱歉`), verb).toBe(review);
    }
    expect(withoutBusinessReply('商家回来说亲，抱歉')).toBe('商家回来说亲，抱歉');
  });
});
