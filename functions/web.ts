import { fileURLToPath } from 'node:url';
import { webRoutes } from '../shared/api/web.ts';
import { lambdaHttpHandler } from '../shared/runtime/lambda-http.ts';

// Static files only, copied beside the bundle at synth (infra/bundle.ts): kept out of the API's
// package so the API ships and starts as code alone.
/** API Gateway HTTP API → the web console and the API reference. */
export const handler = lambdaHttpHandler(webRoutes(fileURLToPath(new URL('./web', import.meta.url))));
