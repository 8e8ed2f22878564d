import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { errorResponse } from '../http/errors.ts';
import type { EventProcessor } from '../timeline/process-event.ts';

const MAX_EVENTS = 500;

/**
 * Routes for the other local commands while `feedback serve` owns DATA_DIR (same pipeline, one
 * writer): `POST /_local/process` runs events through its processor (`feedback import`),
 * `POST /_local/redrive` moves its dead letters back onto its queue (`feedback redrive`).
 */
export function localControlRoutes(token: string, processEvent: EventProcessor, queue: { redrive(): Promise<number> }) {
  const app = new Hono();
  const expected = Buffer.from(`Bearer ${token}`);
  app.use('/_local/*', async (c, next) => {
    const presented = Buffer.from(c.req.header('authorization') ?? '');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      return errorResponse(c, 401, 'unauthorized', 'local control routes need the token in DATA_DIR/owner.json');
    }
    await next();
  });
  app.post('/_local/redrive', async (c) => c.json({ redriven: await queue.redrive() }));
  app.post('/_local/process', async (c) => {
    let events: unknown;
    try {
      events = ((await c.req.json()) as { events?: unknown }).events;
    } catch {
      return errorResponse(c, 400, 'invalid_json', 'send {"events": [...]}');
    }
    if (!Array.isArray(events) || events.length > MAX_EVENTS) {
      return errorResponse(c, 400, 'invalid_request', `events must be an array of at most ${MAX_EVENTS} FeedbackEvents`);
    }
    const outcomes = [];
    for (const event of events) {
      try {
        outcomes.push(await processEvent(event));
      } catch (error) {
        outcomes.push({ error: { code: 'not_processed', message: (error as Error).message } });
      }
    }
    return c.json({ outcomes });
  });
  return app;
}
