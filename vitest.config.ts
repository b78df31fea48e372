import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
  test: {
    // On PostgreSQL the database works in its own process, so two test files at once keep both cores of a small
    // machine busy (CI's PostgreSQL step: 409 s with one worker, 245 s with two). PGlite runs inside the test's own
    // process, where vitest's default (one fewer than the cores) suits better.
    ...(process.env.DATABASE_URL ? { maxWorkers: Math.max(2, availableParallelism() - 1) } : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          // Each file opens its own database (PGlite in memory, or a fresh PostgreSQL database).
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
