import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRequestIgnored, typesForRequestKept } from '../../shared/classify/request-ignored-en.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['order_accuracy', 'product_quality'];
const orderFault = [{ type: 'order_accuracy', confidence: 0.7, phrases: ['asked for no'], problem: true }];

describe('a request made with the order and ignored ("I asked for no onions and it came covered in onions")', () => {
  it('is order_accuracy', () => {
    for (const text of [
      'I asked for no onions and it came covered in onions.',
      'I requested no cheese on my burger but it was loaded with cheese.',
      'Ordered it without pickles and it came with pickles. Again.',
      'asked for no tomatoes, found tomato slices in every wrap',
      'I asked for mild and it was insanely spicy, my kid could not eat it.',
      'Specified no spice for my mum. It was way too hot for her.',
    ]) expect(types(text), text).toContain('order_accuracy');
  });

  it('is none by this rule for the request kept, a refusal, a claim of the menu, or words that name no item', () => {
    for (const text of [
      'Asked for no ice and there was no ice, great.',
      'I asked for no onions and there was not a single onion in it.',
      'I asked for mild and it was not too spicy, lovely.',
      'The driver offered to fetch medicine, I said no but wow, what a guy. But the soup was cold.',
      'Menu said no peanuts. There were peanuts everywhere.',
      'They said no one would call back and no one did.',
    ]) expect(typesForRequestIgnored([], text, TAXONOMY_TYPES), text).toEqual([]);
  });
});

describe('a request made with the order and said kept ("asked for no ice and there was no ice, perfect")', () => {
  it('is no order_accuracy', () => {
    for (const text of [
      'I asked for no onions and they got it right, thanks!',
      'Asked for no ice and there was no ice, perfect.',
      'Requested no coriander and it came exactly as asked.',
    ]) expect(typesForRequestKept(orderFault, text), text).toEqual([]);
  });

  it('keeps order_accuracy when the item came anyway or another fault of the order is named', () => {
    for (const text of [
      'I asked for no onions, perfect burger otherwise, but there were onions.',
      'Asked for no ice and there was no ice, perfect, but the wrong drink came.',
      'Asked for no sauce, got it right, but the fries were missing.',
    ]) expect(typesForRequestKept(orderFault, text), text).toEqual(orderFault);
  });
});
