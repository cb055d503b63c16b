import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { heapGrowingFlag } from '../../src/worker/heap.js';

describe('worker heap growth', () => {
  it('maps a percent to the V8 flag, 0 to none', () => {
    expect(heapGrowingFlag(100)).toBe('--heap-growing-percent=100');
    expect(heapGrowingFlag(0)).toBeUndefined();
    expect(() => heapGrowingFlag(-1)).toThrow(/non-negative/);
  });

  it('defaults to 100 and reads WORKER_HEAP_GROWING_PERCENT', () => {
    const env = { DATABASE_URL: 'postgres://x@127.0.0.1/test', ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') };
    expect(loadConfig(env).worker.heapGrowingPercent).toBe(100);
    expect(loadConfig({ ...env, WORKER_HEAP_GROWING_PERCENT: '0' }).worker.heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ ...env, WORKER_HEAP_GROWING_PERCENT: '-5' })).toThrow();
  });
});
