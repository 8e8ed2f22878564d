import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { renderDigestHtml, renderDigestText } from '../../shared/digest/index.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { clock, LAST_DAY, TIME_ZONE } from './seeded-store.ts';

describe('customers at risk who never gave a name', () => {
  it('are shown by a masked contact in the headline and the list, whatever the characters of their address (found by audit)', async () => {
    const store = new LocalStore();
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: TIME_ZONE });
    for (const [index, hour] of ['09', '12', '18'].entries()) {
      await processEvent({
        schemaVersion: 1,
        feedbackId: deriveFeedbackId('test', `unnamed-${index}`),
        channel: 'email',
        source: 'test',
        kind: 'message',
        receivedAt: `${LAST_DAY}T${hour}:00:00+08:00`,
        identities: ['email:张伟@example.com'],
        text: '快递太慢了，等了一个星期还没到，太气人了。',
        metadata: {},
      });
    }
    const digest = await buildDigest(store, 'daily', { timeZone: TIME_ZONE, now: clock.now() });
    expect(digest.customersAtRisk.map((customer) => customer.contact)).toEqual(['张***@example.com']);
    expect(digest.headline.call?.contact).toBe('张***@example.com');
    for (const rendered of [renderDigestText(digest, 'en'), renderDigestHtml(digest, 'zh')]) {
      expect(rendered).toContain('张***@example.com');
      expect(rendered).not.toContain('张伟');
    }
  });
});
