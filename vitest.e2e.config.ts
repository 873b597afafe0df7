import { defineConfig } from 'vitest/config';

// Browser tests against the built site (dist/ and the sub-path build dist-sub/), one file at a time:
// each file drives its own headless Chromium, and two cores are all this machine has.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
