import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the app or system misbehaving as diners and guests word it', () => {
  it.each([
    // The app's map pin, not the courier's driving.
    '美团的定位老是错的，每次都要打电话告诉骑手在哪',
    // A QR code for ordering that will not scan.
    '桌上的点餐码扫不出来，试了好几次',
    // A booking stuck in the platform's confirmation.
    '订单在平台上一直显示确认中，到了酒店还没确认',
    // Paid, but the order says unpaid.
    '明明付过钱了，订单却显示未支付',
  ])('%s → digital_experience', (text) => {
    expect(types(text)).toContain('digital_experience');
  });

  it.each(['扫码点餐很方便，上菜也快', '定位很准，骑手直接送到门口'])('%s → no digital_experience', (text) => {
    expect(types(text)).not.toContain('digital_experience');
  });
});
