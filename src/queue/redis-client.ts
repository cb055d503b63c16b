/**
 * Every Redis client of the app is made here, so one setting (REDIS_CLUSTER_NODES)
 * turns them all into ioredis `Cluster` clients. The options are those of a
 * single-server client; for a cluster they are split into what the cluster
 * handles itself (offline queue, reconnects) and what each node connection gets.
 */
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { RedisConfig } from '../config/index.js';
import type { RedisClient } from '../../channels/types.js';

export type { RedisClient };

export function createRedisClient(cfg: RedisConfig, options: RedisOptions = {}): RedisClient {
  if (!cfg.cluster) return new Redis(cfg.url, options);
  const { enableOfflineQueue, enableReadyCheck, lazyConnect, retryStrategy, host: _host, port: _port, path: _path, sentinels: _sentinels, readOnly: _readOnly, ...perNode } = options;
  const { nodes, username, password, tls } = cfg.cluster;
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...perNode, ...(username ? { username } : {}), ...(password ? { password } : {}), ...(tls ? { tls: {} } : {}) },
    ...(enableOfflineQueue !== undefined ? { enableOfflineQueue } : {}),
    ...(enableReadyCheck !== undefined ? { enableReadyCheck } : {}),
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    ...(retryStrategy ? { clusterRetryStrategy: (times: number) => retryStrategy(times) } : {}),
  };
  return new Cluster(nodes, clusterOptions);
}

