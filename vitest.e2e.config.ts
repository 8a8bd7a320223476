import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension loaded. One browser at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
    // Polls wait for state a user would see; fixes wait out the editor's undo-merge window (1.1 s), and
    // CI has 2 cores, so a poll gets 5 s before it fails.
    expect: { poll: { timeout: 5_000 } },
    // Site fixtures bundle the real editor libraries (tests/fixtures/build.mjs) before any page loads.
    globalSetup: ['tests/fixtures/build.mjs'],
  },
});
