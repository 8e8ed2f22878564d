import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // DynamoDB Local, SQS and SES emulators, started once per run; see test/support/global-setup.ts.
    globalSetup: ['test/support/global-setup.ts'],
    // Timeouts only catch hangs; the shared machines that run CI are slower than ours.
    // test/support/timeout-margins.ts names any test that comes within three times of its timeout;
    // hooks (emulator tables seeded, bundles built) get the hook timeout, never a tighter one of their own.
    testTimeout: 120_000,
    reporters: ['default', './test/support/timeout-margins.ts'],
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
