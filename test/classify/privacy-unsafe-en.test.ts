import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const run = (text: string) => classifier.classifySync({ text });
const types = (text: string) => run(text).complaintTypes.map((t) => t.type);

describe('English privacy_security: a car broken into, an unsafe ride, other customers\' data shown', () => {
  it('is privacy_security', () => {
    expect(types('Hotel car park has no lights and my car got broken into the first night.')).toContain('privacy_security');
    expect(types('The driver was on his phone the whole ride and ran a red light. I felt really unsafe.')).toContain('privacy_security');
    expect(types("The app shows other customers' names and addresses in my order history, huge privacy issue.")).toContain('privacy_security');
  });

  it('a break-in is urgent (theft)', () => {
    expect(run('Our car was broken into in the hotel garage overnight.').urgent).toBe(true);
  });

  it('not safety denied or a broken-in pair of shoes', () => {
    expect(types('Never once felt unsafe here, the area is lovely and quiet.')).not.toContain('privacy_security');
    expect(types('Rooms were fine and I never felt unsafe walking back late.')).not.toContain('privacy_security');
    expect(run('The boots are finally broken in and so comfy.').urgent).toBe(false);
  });
});

describe('said outright in a probe-like shape', () => {
  it('is privacy_security beside a car park fault or a ride', () => {
    expect(types('Parking garage has no lights and the gate is broken. My car got broken into the first night.')).toContain('privacy_security');
    expect(types('The uber driver was texting the whole ride and ran a red light. I felt really unsafe.')).toContain('privacy_security');
  });
});
