import { expect, it } from 'vitest';
import { EXPECTED, FEAR, FEAR_HEARSAY_OR_EXPECTED, HEARSAY } from '../../shared/classify/hearsay.ts';

it.each(['还担心照片是修过的', '不怕', '恐怕要等', '哪怕贵一点', '听说隔音差', '网友都说好', '本以为很安静', '房间很干净', '没想到', '生怕送错'])(
  'one test of %s answers as the three patterns do',
  (clause) => {
    expect(FEAR_HEARSAY_OR_EXPECTED.test(clause)).toBe(FEAR.test(clause) || HEARSAY.test(clause) || EXPECTED.test(clause));
  },
);
