import { expect } from 'vitest';
import { ChannelError, type ChannelOutcome } from '../../shared/channels/types.ts';
import { FeedbackEvent } from '../../shared/event.ts';

/**
 * The property every parser must hold on hostile input: it either produces schema-valid events
 * or refuses with a 4xx ChannelError, never any other exception.
 */
export async function expectAcceptedOrRefused(call: Promise<ChannelOutcome>): Promise<void> {
  try {
    const outcome = await call;
    for (const event of outcome.events) FeedbackEvent.parse(event);
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
  }
}
