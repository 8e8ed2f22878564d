import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

// The guide: a foreign object found in the food is urgent; an idiom names none.
describe('the idiom of one bad apple (一颗老鼠屎坏了一锅粥)', () => {
  it('is not urgent', () => {
    expect(classifier.classifySync({ text: '真的是一颗老鼠屎坏了一锅粥，前台那个服务员把整个酒店的印象都毁了' }).urgent).toBe(false);
  });

  it('leaves a dropping found in the food urgent', () => {
    expect(classifier.classifySync({ text: '粥里吃出一颗老鼠屎，恶心死了' }).urgent).toBe(true);
  });
});
