import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: responsiveness is slow response by the business; the business fast is praise.
describe('English speed praised', () => {
  it('is no responsiveness', () => {
    for (const text of [
      'Perfect stay. Check-in took 2 minutes and they upgraded us for our anniversary.',
      'No issues at all. Check-in took 2 min, AC worked great, zero noise from the motorway.',
      "Dear team, I was so impressed with the service last week. My flight was cancelled due to weather, which of course is nobody's fault, and I expected chaos. Instead your agent Tom rebooked me on the next morning's flight within ten minutes and even got me a meal voucher. This is why I keep coming back. Kind regards, Ellen",
    ]) expect(types(text), text).not.toContain('responsiveness');
  });

  it('keeps a wait told beside it', () => {
    expect(types('got my new sim done in the store in like 10 mins, staff were friendly. only thing was the queue was long, maybe 30 mins wait to be seen')).toContain('responsiveness');
  });
});
