import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

describe('feeling unsafe', () => {
  it('is no danger by itself: a massage call at night is privacy_security, not urgent', () => {
    expect(urgent('Got a call to the room at 1am from someone offering a "massage". Felt really unsafe as a woman on my own.')).toBe(false);
    expect(urgent('Cards for escorts pushed under our door every night. Felt unsafe with my kids there.')).toBe(false);
  });

  it('is no danger by itself in Chinese either: cards and calls at the room are privacy_security, not urgent', () => {
    expect(urgent('晚上一直有小卡片塞门缝，还有骚扰电话打到房间，感觉很不安全')).toBe(false);
    expect(urgent('房间门锁坏了锁不上，感觉很不安全')).toBe(true);
  });

  it('leaves the incident that made the guest feel so urgent', () => {
    expect(urgent('At 2am a man knocked, said he was from maintenance and tried the handle. Reception had sent nobody. Felt very unsafe.')).toBe(true);
    expect(urgent('The courier texted me later saying he knows where I live. I feel unsafe in my own flat now.')).toBe(true);
  });

  it('keeps premises that are called unsafe', () => {
    expect(urgent('The balcony railing is loose and unsafe, a child could fall through.')).toBe(true);
  });
});

describe('a courier asking whether she is single', () => {
  it('is harassment, privacy_security, not by itself urgent', () => {
    expect(urgent('The rider kept messaging me after the delivery asking if I was single. Creepy.')).toBe(false);
  });
});
