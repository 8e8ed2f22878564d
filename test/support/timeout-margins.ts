/**
 * A test's timeout only catches a hang: the suite runs on shared machines up to about 1.5 times
 * slower than ours, so a test that needs more than a third of its timeout here fails there
 * (session 51's differential test took 84–111 s of its 120 s and failed on the landing machine).
 * This reporter names every such test at the end of each run, before it becomes a failure.
 */
import type { Reporter, TestModule } from 'vitest/node';

export const TIGHT_SHARE = 1 / 3;

export interface TimedTest {
  name: string;
  durationMs: number;
  timeoutMs: number;
}

export function tightTimeouts(tests: Iterable<TimedTest>, share = TIGHT_SHARE): TimedTest[] {
  return [...tests].filter((test) => test.timeoutMs > 0 && test.durationMs > test.timeoutMs * share).sort((a, b) => b.durationMs / b.timeoutMs - a.durationMs / a.timeoutMs);
}

export default class TimeoutMarginReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const timed: TimedTest[] = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const duration = test.diagnostic()?.duration;
        if (duration !== undefined && test.options.timeout !== undefined) timed.push({ name: `${module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`, durationMs: duration, timeoutMs: test.options.timeout });
      }
    }
    const tight = tightTimeouts(timed);
    if (tight.length === 0) return;
    console.log(`\nTimeout margins: these tests used more than a third of their timeout (raise it, or make the test cheaper):`);
    for (const test of tight) console.log(`  ${Math.round(test.durationMs / 1000)} s of ${Math.round(test.timeoutMs / 1000)} s: ${test.name}`);
  }
}
