/**
 * The connection cache across processes: a second container (another gateway
 * process: its own cache, its own Redis subscriber) follows connection changes.
 * A PATCH, a secret rotation or a disable made through the first process drops
 * the second one's cached copy through Redis pub/sub, well before the cache
 * lifetime it uses while following (60 s) would.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../src/app/container.js';
import { ConnectionService } from '../../src/connections/connection.service.js';
import { PubSubHub } from '../../src/http/pubsub-hub.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenant: { tenantId: string; apiKey: string };
let other: Container;
let hub: PubSubHub;
let stopFollowing: () => Promise<void>;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenant = await h.createTenant('cache');
  other = createContainer(h.config, { logger: pino({ level: 'silent' }) });
  hub = new PubSubHub(h.config.redis, pino({ level: 'silent' }));
  stopFollowing = await other.connections.followChanges(hub);
}, 60_000);

afterAll(async () => {
  await stopFollowing?.();
  hub?.close();
  await other?.close();
  await h?.close();
});

describe('a change made in one process', () => {
  it('follows with the longer cache lifetime only once subscribed', () => {
    expect(ConnectionService.FOLLOWED_CACHE_MS).toBeGreaterThan(ConnectionService.CACHE_MS);
  });

  it('reaches the cached copy of another process: rotation, rename, disable', async () => {
    const id = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'before' })).body.id as string;
    const first = await other.connections.resolve(id, 'webchat');
    expect(first?.row.name).toBe('before');
    // Served from the cache: the very same object.
    expect(await other.connections.resolve(id, 'webchat')).toBe(first);

    expect((await h.api(tenant.apiKey, 'POST', `/api/v1/channels/${id}/rotate-secret`)).status).toBe(200);
    const rotated = await waitFor(async () => {
      const r = await other.connections.resolve(id, 'webchat');
      return r && r.ctx.connection.webhookSecret !== first!.ctx.connection.webhookSecret ? r : null;
    }, { timeoutMs: 20_000, what: 'the rotated secret in the other process' });
    expect(rotated.row.name).toBe('before');

    expect((await h.api(tenant.apiKey, 'PATCH', `/api/v1/channels/${id}`, { name: 'after' })).status).toBe(200);
    await waitFor(async () => (await other.connections.resolve(id, 'webchat'))?.row.name === 'after', { timeoutMs: 20_000, what: 'the new name in the other process' });

    expect((await h.api(tenant.apiKey, 'PATCH', `/api/v1/channels/${id}`, { status: 'disabled' })).status).toBe(200);
    await waitFor(async () => (await other.connections.resolve(id, 'webchat')) === null, { timeoutMs: 20_000, what: 'the disabled connection gone from the other process' });
  });

  it('shares one load between concurrent requests for a connection', async () => {
    const id = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
    const all = await Promise.all(Array.from({ length: 20 }, () => other.connections.resolve(id)));
    expect(new Set(all).size).toBe(1);
    expect(all[0]?.row.id).toBe(id);
  });
});
