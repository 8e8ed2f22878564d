import { fileURLToPath } from 'node:url';
import { webRoutes } from '../shared/api/web.ts';
import { notFoundOrNotAllowed } from '../shared/http/not-found.ts';
import { lambdaHttpHandler } from '../shared/runtime/lambda-http.ts';

// Static files only, copied beside the bundle at synth (infra/bundle.ts): kept out of the API's
// package so the API ships and starts as code alone.
const app = webRoutes(fileURLToPath(new URL('./web', import.meta.url)));
// It is also the HTTP API's catch-all route: a path nothing serves gets the local server's JSON 404, a method its 405 with Allow.
app.notFound(notFoundOrNotAllowed(app));

/** API Gateway HTTP API → the web console and the API reference, and every request no other route takes. */
export const handler = lambdaHttpHandler(app);
