import type { GetConnInfo } from 'hono/conninfo';

/** Tests calling `app.request()` have no socket or API Gateway event: every request comes from one address. */
export const oneClient: GetConnInfo = () => ({ remote: { address: '192.0.2.1' } });
