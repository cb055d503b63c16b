import { defineConfig } from 'vitest/config';

// Two projects: `unit` is pure (no services); `integration` (incl. e2e and the
// channel contract suite) runs against the real Postgres + Redis of the machine.
// Each integration test file gets its own database (cloned from a migrated
// template in global setup) and its own BullMQ/Redis key prefix, so files can
// run in parallel.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          // The send side talks to fake platform servers and a real Redis: integration.
          exclude: ['tests/contract/send.contract.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/contract/send.contract.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
