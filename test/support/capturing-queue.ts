import type { FeedbackEvent } from '../../shared/event.ts';
import type { EventQueue } from '../../shared/ports.ts';

/** An EventQueue that keeps what it was given, for asserting what ingestion queued (or did not). */
export class CapturingQueue implements EventQueue {
  readonly events: FeedbackEvent[] = [];

  async send(events: FeedbackEvent[]): Promise<void> {
    this.events.push(...events);
  }
}
