/** REDIS_CLUSTER_NODES: parsing, the hash-tagged prefix, and the clients made from it (never connected here). */
import { randomBytes } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { ConfigError, hashTagged, loadConfig, parseClusterNodes } from '../../src/config/index.js';
import { createRedisClient } from '../../src/queue/redis-client.js';

const key = randomBytes(32).toString('base64');

describe('Redis configuration', () => {
  it('keeps one server and the plain prefix by default, so existing queues keep their key names', () => {
    const c = loadConfig({ ENCRYPTION_KEY: key, QUEUE_PREFIX: 'acme', REDIS_URL: 'redis://cache:6380' });
    expect(c.redis).toEqual({ url: 'redis://cache:6380', prefix: 'acme', cluster: null });
    expect(loadConfig({ ENCRYPTION_KEY: key, REDIS_CLUSTER_NODES: '  ' }).redis.cluster).toBeNull();
  });

  it('reads cluster seed nodes and hash-tags the prefix', () => {
    const c = loadConfig({ ENCRYPTION_KEY: key, REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7001,redis-3.internal:7002' });
    expect(c.redis.cluster).toEqual({
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: 'redis-3.internal', port: 7002 },
      ],
      tls: false,
    });
    expect(c.redis.prefix).toBe('{gw}');
    expect(loadConfig({ ENCRYPTION_KEY: key, QUEUE_PREFIX: 'acme', REDIS_CLUSTER_NODES: 'a:1' }).redis.prefix).toBe('{acme}');
  });

  it('keeps a prefix that already carries a hash tag', () => {
    expect(hashTagged('gw')).toBe('{gw}');
    expect(hashTagged('{gw}')).toBe('{gw}');
    expect(hashTagged('eu-{gw}')).toBe('eu-{gw}');
    // `{}` is no hash tag for Redis: the whole key would be hashed.
    expect(hashTagged('gw{}')).toBe('{gw{}}');
  });

  it('takes credentials and TLS from a redis:// or rediss:// entry for every node', () => {
    expect(parseClusterNodes('rediss://app:s%40cret@node-1:6380,node-2:6380')).toEqual({
      nodes: [
        { host: 'node-1', port: 6380 },
        { host: 'node-2', port: 6380 },
      ],
      username: 'app',
      password: 's@cret',
      tls: true,
    });
    expect(parseClusterNodes('redis://:pw@[::1]:7000')).toEqual({ nodes: [{ host: '::1', port: 7000 }], password: 'pw', tls: false });
  });

  it('refuses entries that are not host:port, with the entry in the message', () => {
    for (const bad of ['node-1', 'node-1:0', 'node-1:70000', 'http://node-1:7000', ':7000', ',']) {
      expect(() => loadConfig({ ENCRYPTION_KEY: key, REDIS_CLUSTER_NODES: bad }), bad).toThrow(ConfigError);
    }
    expect(() => parseClusterNodes('a:1,node-1')).toThrow(/"node-1" is not host:port/);
  });
});

describe('createRedisClient', () => {
  it('makes a single-server client without REDIS_CLUSTER_NODES', () => {
    const r = createRedisClient({ url: 'redis://127.0.0.1:6399', prefix: 'gw', cluster: null }, { lazyConnect: true });
    try {
      expect(r).toBeInstanceOf(Redis);
    } finally {
      r.disconnect();
    }
  });

  it('makes a Cluster: per-node options to every node, offline queue and reconnects to the cluster', () => {
    const cfg = { url: 'redis://unused', prefix: '{gw}', cluster: { nodes: [{ host: '127.0.0.1', port: 7000 }], password: 'pw', tls: false } };
    const retry = () => null;
    const r = createRedisClient(cfg, { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: 2000, enableOfflineQueue: false, retryStrategy: retry });
    try {
      expect(r).toBeInstanceOf(Cluster);
      const o = (r as Cluster).options;
      expect(o.redisOptions).toMatchObject({ maxRetriesPerRequest: null, connectTimeout: 2000, password: 'pw' });
      expect(o.redisOptions).not.toHaveProperty('enableOfflineQueue');
      expect(o.enableOfflineQueue).toBe(false);
      expect(o.lazyConnect).toBe(true);
      expect(o.clusterRetryStrategy?.(1)).toBeNull();
    } finally {
      r.disconnect();
    }
  });
});
