import { describe, expect, it } from 'vitest';
import { gatewayHeapGrowingPercent, loadConfig } from '../../src/config/index.js';
import { heapGrowingFlag } from '../../src/app/heap.js';

describe('heap growth of the worker and the gateway', () => {
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

  it('defaults to 100 for the gateway too and reads GATEWAY_HEAP_GROWING_PERCENT on its own', () => {
    const env = { DATABASE_URL: 'postgres://x@127.0.0.1/test', ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') };
    expect(loadConfig(env).http.heapGrowingPercent).toBe(100);
    const c = loadConfig({ ...env, GATEWAY_HEAP_GROWING_PERCENT: '0', WORKER_HEAP_GROWING_PERCENT: '50' });
    expect(c.http.heapGrowingPercent).toBe(0);
    expect(c.worker.heapGrowingPercent).toBe(50);
    expect(() => loadConfig({ ...env, GATEWAY_HEAP_GROWING_PERCENT: '301' })).toThrow();
  });

  it('reads the gateway percent from the environment before the boot, by the config rules', () => {
    expect(gatewayHeapGrowingPercent({})).toBe(100);
    expect(gatewayHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '' })).toBe(100);
    expect(gatewayHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '0' })).toBe(0);
    expect(gatewayHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '150' })).toBe(150);
    expect(() => gatewayHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '2.5' })).toThrow(/GATEWAY_HEAP_GROWING_PERCENT/);
    expect(() => gatewayHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '301' })).toThrow(/GATEWAY_HEAP_GROWING_PERCENT/);
  });
});
