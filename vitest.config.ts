import { defineConfig } from 'vitest/config';

// Three projects: `unit` is pure (no services); `integration` (incl. e2e and the
// channel contract suite) runs against the real Postgres + Redis of the machine;
// `faults` crashes dedicated Postgres/Redis servers and worker processes.
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
          // Some unit tests are CPU-bound (whole evaluation sets, 10k embeddings); a busy
          // machine must not turn them into timeouts. Tests never assert timings.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          // The send and media sides talk to fake platform servers and a real Redis: integration.
          exclude: ['tests/contract/send.contract.test.ts', 'tests/contract/media.contract.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/contract/send.contract.test.ts', 'tests/contract/media.contract.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        // Real faults against the real entry points (child processes): a dedicated
        // redis-server and a throwaway Postgres cluster killed under traffic, workers
        // SIGKILLed in each window of the reply path, 3 gateways + 3 workers. Runs
        // after the other projects so its crashes never share the CPU with them.
        test: {
          name: 'faults',
          sequence: { groupOrder: 2 },
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
