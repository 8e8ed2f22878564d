/**
 * `npm run bench`: every benchmark, printing its figures. Targets are checked here, by reading
 * the numbers, never by timed assertions in tests. Pass names to run a subset: ingest email long-lines answers export classify digest queue cost coldstart aws.
 */
import { isolateTemporaryFiles } from '../scripts/run-temporary-directory.ts';

const suites: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  ingest: () => import('./ingest.ts'),
  email: () => import('./email.ts'),
  'long-lines': () => import('./long-lines.ts'),
  answers: () => import('./answers.ts'),
  export: () => import('./export.ts'),
  classify: () => import('./classify.ts'),
  digest: () => import('./digest.ts'),
  queue: () => import('./queue.ts'),
  cost: () => import('./cost.ts'),
  coldstart: () => import('./coldstart.ts'),
  aws: () => import('./aws.ts'),
};

// The benches drive the AWS SDK on this machine's Node.js 20 (Lambda runs 22); its end-of-support warning says nothing about a figure.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const chosen = process.argv.slice(2).filter((name) => name in suites);
const removeTemporaryFiles = isolateTemporaryFiles('feedback-bench-');
try {
  for (const name of chosen.length ? chosen : Object.keys(suites)) {
    console.log(`\n=== ${name} ===`);
    await (await suites[name]!()).run();
  }
} finally {
  removeTemporaryFiles();
}
