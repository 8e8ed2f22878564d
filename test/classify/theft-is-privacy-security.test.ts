import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

// The guide lists theft and unsafe premises under privacy_security; urgency found the theft but no type named it.
it.each(['行李里的钱不见了', '房卡能打开别人的房间'])('%s: urgent for a theft or an intrusion, and privacy_security', (text) => {
  const result = classifier.classifySync({ text });
  expect(result.urgent).toBe(true);
  expect(result.complaintTypes.map((t) => t.type)).toContain('privacy_security');
});

it.each([
  'Chocolate avocado mousse, excellent. My non-vegan husband stole half my tacos.',
  'The vegan burger stole the show.',
  '服务员一直敲门问要不要打扫，挂了请勿打扰的牌子也敲',
])('%s: a companion stealing a bite, a dish stealing the show, staff knocking to clean — no theft, no intruder', (text) => {
  const result = classifier.classifySync({ text });
  expect(result.urgent).toBe(false);
  expect(result.complaintTypes.map((t) => t.type)).not.toContain('privacy_security');
});
