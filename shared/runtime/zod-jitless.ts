import * as z from 'zod/mini';

/**
 * zod compiles a parser (`new Function`) for each object schema the first time it parses one:
 * worth it for a schema parsed many thousands of times, a cost in Lambda at every cold start and
 * first invocation (the configuration, the event, each route's schemas: 2–7 ms for the
 * configuration alone) that a container's warm parses rarely repay (about 5 µs a parse without
 * it). A schema takes the setting when it is built, so every handler imports this module first.
 */
z.config({ jitless: true });
