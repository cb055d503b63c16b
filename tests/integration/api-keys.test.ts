/**
 * Keys follow the people (issue 10, issue 13 "Keys"): a key's rights are its
 * user's current role and status; keys can be listed, created (shown once,
 * stored as a hash), expire, and be revoked at once in every process; streams
 * open with a single-use ticket instead of a key in the URL and close when
 * their key or user loses access — including streams served by another
 * gateway process (a real second `src/cli/gateway.ts` on the same Postgres
 * and Redis).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../../drizzle/schema.js';
import { freePort, ROOT, startHarness, waitForOutput, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

let h: Harness;
let other: ChildProcess;
let otherUrl: string;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  const port = await freePort();
  other = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/gateway.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...h.env, PORT: String(port), GATEWAY_PROCESSES: '1', LOG_LEVEL: 'info', LOG_PRETTY: 'false', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  h.children.push(other);
  // A second tsx process takes long to start on a loaded machine.
  await waitForOutput(other, /gateway listening/, 280_000);
  otherUrl = `http://127.0.0.1:${port}`;
}, 300_000);

afterAll(async () => {
  await h?.close();
});

/** A request against either process. */
async function call(base: string, key: string, method: string, p: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function newAgent(adminKey: string, email: string, role: 'agent' | 'admin' | 'analyst' = 'agent'): Promise<{ id: string; apiKey: string }> {
  const r = await h.api(adminKey, 'POST', '/api/v1/agents', { email, name: email.split('@')[0], role });
  expect(r.status).toBe(201);
  return r.body;
}

async function streamTicket(base: string, key: string): Promise<string> {
  const r = await call(base, key, 'POST', '/api/v1/inbox/stream-tickets');
  expect(r.status).toBe(201);
  return r.body.ticket as string;
}

describe('a key has its user’s current role and status', () => {
  it('a demoted admin loses admin rights on the next request, a promoted agent gains them', async () => {
    const t = await h.createTenant('Roles');
    const ann = await newAgent(t.apiKey, 'ann@roles.test', 'admin');
    expect((await h.api(ann.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'KB 1' })).status).toBe(201);

    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${ann.id}`, { role: 'agent' })).status).toBe(200);
    expect((await h.api(ann.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'KB 2' })).status).toBe(403);
    expect((await h.api(ann.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);
    expect((await h.api(ann.apiKey, 'GET', '/api/v1/me')).body.role).toBe('agent');

    const bob = await newAgent(t.apiKey, 'bob@roles.test');
    expect((await h.api(bob.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'KB 3' })).status).toBe(403);
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${bob.id}`, { role: 'admin' })).status).toBe(200);
    expect((await h.api(bob.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'KB 3' })).status).toBe(201);
    // The role lives on the user only: the user's key row carries none to trust.
    const [row] = await h.c.database.db.select().from(apiKeys).where(eq(apiKeys.userId, bob.id));
    expect(row?.role).toBeNull();
  });

  it('deactivating an agent ends their access (presence offline does not); reactivating restores it', async () => {
    const t = await h.createTenant('Status');
    const cid = await newAgent(t.apiKey, 'cid@status.test');
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${cid.id}`, { status: 'offline' })).status).toBe(200);
    expect((await h.api(cid.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);

    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${cid.id}`, { status: 'deactivated' })).status).toBe(200);
    expect((await h.api(cid.apiKey, 'GET', '/api/v1/tickets')).status).toBe(401);
    expect((await call(otherUrl, cid.apiKey, 'GET', '/api/v1/tickets')).status).toBe(401);
    // No new key for a deactivated user either.
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { userId: cid.id })).status).toBe(400);
    const listed = (await h.api(t.apiKey, 'GET', '/api/v1/api-keys')).body.items.find((k: any) => k.userId === cid.id);
    expect(listed.state).toBe('user-deactivated');

    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${cid.id}`, { status: 'active' })).status).toBe(200);
    expect((await h.api(cid.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);
  });

  it('the last active admin cannot be demoted or deactivated (409)', async () => {
    const t = await h.createTenant('Last admin');
    const me = (await h.api(t.apiKey, 'GET', '/api/v1/me')).body;
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${me.userId}`, { role: 'agent' })).status).toBe(409);
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${me.userId}`, { status: 'deactivated' })).status).toBe(409);
    const dee = await newAgent(t.apiKey, 'dee@last.test', 'admin');
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${me.userId}`, { role: 'agent' })).status).toBe(200);
    expect((await h.api(dee.apiKey, 'GET', '/api/v1/api-keys')).status).toBe(200);
  });
});

describe('/api/v1/api-keys', () => {
  it('creates a key shown once and stored as its SHA-256, lists keys without secrets, revokes', async () => {
    const t = await h.createTenant('Keys');
    const created = await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'analyst', name: 'BI export' });
    expect(created.status).toBe(201);
    const key = created.body.apiKey as string;
    expect(key).toMatch(/^gwk_[0-9a-f]{8}_/);
    expect(created.body).toMatchObject({ name: 'BI export', role: 'analyst', kind: 'service', state: 'active', userId: null, expiresAt: null });
    const [row] = await h.c.database.db.select().from(apiKeys).where(eq(apiKeys.id, created.body.id));
    expect(row?.keyHash).toBe(createHash('sha256').update(key).digest('hex'));

    expect((await h.api(key, 'GET', '/api/v1/analytics/overview')).status).not.toBe(401);
    const list = await h.api(t.apiKey, 'GET', '/api/v1/api-keys');
    expect(list.status).toBe(200);
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(key);
    expect(text).not.toContain(row!.keyHash);
    expect(text).not.toMatch(/hash/i);
    expect(list.body.items.map((k: any) => k.id)).toContain(created.body.id);

    expect((await h.api(t.apiKey, 'DELETE', `/api/v1/api-keys/${created.body.id}`)).status).toBe(204);
    expect((await h.api(key, 'GET', '/api/v1/analytics/overview')).status).toBe(401);
    const after = (await h.api(t.apiKey, 'GET', '/api/v1/api-keys')).body.items.find((k: any) => k.id === created.body.id);
    expect(after.state).toBe('revoked');
    expect(after.revokedAt).toEqual(expect.any(String));
    // Revoking again is harmless.
    expect((await h.api(t.apiKey, 'DELETE', `/api/v1/api-keys/${created.body.id}`)).status).toBe(204);
  });

  it('a key for a user has the user’s role; role and userId together, or neither, is a 400', async () => {
    const t = await h.createTenant('User keys');
    const eve = await newAgent(t.apiKey, 'eve@keys.test');
    const k = await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { userId: eve.id });
    expect(k.status).toBe(201);
    expect(k.body).toMatchObject({ kind: 'user', role: 'agent', userId: eve.id });
    expect((await h.api(k.body.apiKey, 'GET', '/api/v1/me')).body).toMatchObject({ role: 'agent', userId: eve.id });
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { userId: eve.id, role: 'admin' })).status).toBe(400);
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', {})).status).toBe(400);
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'owner' })).status).toBe(400);
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent', keyHash: 'x' })).status).toBe(400);
  });

  it('keys expire: an expiry in the past is refused, and a key past its expiry no longer authenticates', async () => {
    const t = await h.createTenant('Expiry');
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent', expiresAt: '2001-01-01T00:00:00Z' })).status).toBe(400);
    expect((await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent', expiresAt: 'tomorrow' })).status).toBe(400);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const k = await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent', expiresAt });
    expect(k.status).toBe(201);
    expect(k.body.expiresAt).toBe(expiresAt);
    expect((await h.api(k.body.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);
    // Time passes (moved in the database rather than waited for).
    await h.c.database.db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, k.body.id));
    expect((await h.api(k.body.apiKey, 'GET', '/api/v1/tickets')).status).toBe(401);
    const listed = (await h.api(t.apiKey, 'GET', '/api/v1/api-keys')).body.items.find((x: any) => x.id === k.body.id);
    expect(listed.state).toBe('expired');
  });

  it('admins only; another tenant’s key ids are 404; bad ids are 400', async () => {
    const a = await h.createTenant('Tenant A');
    const b = await h.createTenant('Tenant B');
    const agent = await newAgent(a.apiKey, 'fay@a.test');
    for (const [m, p, body] of [
      ['GET', '/api/v1/api-keys', undefined],
      ['POST', '/api/v1/api-keys', { role: 'admin' }],
    ] as const) {
      expect((await h.api(agent.apiKey, m, p, body)).status).toBe(403);
    }
    const aKey = (await h.api(a.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent' })).body;
    expect((await h.api(agent.apiKey, 'DELETE', `/api/v1/api-keys/${aKey.id}`)).status).toBe(403);
    expect((await h.api(b.apiKey, 'DELETE', `/api/v1/api-keys/${aKey.id}`)).status).toBe(404);
    expect((await h.api(b.apiKey, 'POST', '/api/v1/api-keys', { userId: agent.id })).status).toBe(404);
    expect((await h.api(b.apiKey, 'GET', '/api/v1/api-keys')).body.items.map((k: any) => k.id)).not.toContain(aKey.id);
    expect((await h.api(aKey.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);
    expect((await h.api(a.apiKey, 'DELETE', '/api/v1/api-keys/abc')).status).toBe(400);
  });
});

describe('across gateway processes', () => {
  it('a key revoked through one process fails on the next request in the other', async () => {
    const t = await h.createTenant('Two processes');
    const k = (await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent' })).body;
    expect((await call(otherUrl, k.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);
    expect((await h.api(t.apiKey, 'DELETE', `/api/v1/api-keys/${k.id}`)).status).toBe(204);
    expect((await call(otherUrl, k.apiKey, 'GET', '/api/v1/tickets')).status).toBe(401);
    // And the other way round.
    const k2 = (await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent' })).body;
    expect((await h.api(k2.apiKey, 'GET', '/api/v1/tickets')).status).toBe(200);
    expect((await call(otherUrl, t.apiKey, 'DELETE', `/api/v1/api-keys/${k2.id}`)).status).toBe(204);
    expect((await h.api(k2.apiKey, 'GET', '/api/v1/tickets')).status).toBe(401);
  });

  it('revoking a key closes its open stream in another process; deactivating a user closes theirs', async () => {
    const t = await h.createTenant('Streams');
    const k = (await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent' })).body;
    const s1 = await openSse(`${otherUrl}/api/v1/inbox/stream?ticket=${await streamTicket(otherUrl, k.apiKey)}`);
    await s1.waitFor((e) => e.event === 'ready');
    expect((await h.api(t.apiKey, 'DELETE', `/api/v1/api-keys/${k.id}`)).status).toBe(204);
    const closed1 = await s1.waitFor((e) => e.event === 'error');
    expect(closed1.data.code).toBe('unauthorized');
    s1.close();

    const gus = await newAgent(t.apiKey, 'gus@streams.test');
    const s2 = await openSse(`${otherUrl}/api/v1/inbox/stream?ticket=${await streamTicket(h.url, gus.apiKey)}`);
    await s2.waitFor((e) => e.event === 'ready');
    // Presence does not end a stream; the stream of another user is not touched by this one's deactivation.
    const hal = await newAgent(t.apiKey, 'hal@streams.test');
    const s3 = await openSse(`${otherUrl}/api/v1/inbox/stream`, { authorization: `Bearer ${hal.apiKey}` });
    await s3.waitFor((e) => e.event === 'ready');
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${gus.id}`, { status: 'deactivated' })).status).toBe(200);
    expect((await s2.waitFor((e) => e.event === 'error')).data.code).toBe('unauthorized');
    s2.close();

    // Demoted to analyst: no inbox any more.
    expect((await h.api(t.apiKey, 'PATCH', `/api/v1/agents/${hal.id}`, { role: 'analyst' })).status).toBe(200);
    expect((await s3.waitFor((e) => e.event === 'error')).data.code).toBe('unauthorized');
    s3.close();
  });
});

describe('stream tickets', () => {
  it('are single use, need a valid key, and replace ?access_token=', async () => {
    const t = await h.createTenant('Tickets');
    const ticket = await streamTicket(h.url, t.apiKey);
    expect(ticket).toMatch(/^gst_/);
    const s = await openSse(`${h.url}/api/v1/inbox/stream?ticket=${ticket}`);
    await s.waitFor((e) => e.event === 'ready');
    s.close();
    // Used once: the same ticket (in either process) is refused.
    expect((await fetch(`${h.url}/api/v1/inbox/stream?ticket=${ticket}`)).status).toBe(401);
    expect((await fetch(`${otherUrl}/api/v1/inbox/stream?ticket=${ticket}`)).status).toBe(401);
    // It lives STREAM_TICKET_TTL_SECONDS (60) in Redis, stored under its hash only.
    const t2 = await streamTicket(h.url, t.apiKey);
    const keys = await h.c.redis.keys(`${h.config.redis.prefix}:stream-ticket:*`);
    expect(keys.length).toBe(1);
    expect(keys[0]).not.toContain(t2);
    const ttl = await h.c.redis.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);

    // A ticket whose key was revoked before it was used opens nothing.
    const k = (await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent' })).body;
    const t3 = await streamTicket(h.url, k.apiKey);
    await h.api(t.apiKey, 'DELETE', `/api/v1/api-keys/${k.id}`);
    expect((await fetch(`${h.url}/api/v1/inbox/stream?ticket=${t3}`)).status).toBe(401);

    // Keys in the URL are not accepted any more.
    const url = await fetch(`${h.url}/api/v1/inbox/stream?access_token=${t.apiKey}`);
    expect(url.status).toBe(401);
    // Tickets open streams only, not other routes; analysts get none.
    expect((await fetch(`${h.url}/api/v1/tickets?ticket=${await streamTicket(h.url, t.apiKey)}`)).status).toBe(401);
    const analyst = (await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'analyst' })).body;
    expect((await h.api(analyst.apiKey, 'POST', '/api/v1/inbox/stream-tickets')).status).toBe(403);
    expect((await fetch(`${h.url}/api/v1/inbox/stream?ticket=gst_forged`)).status).toBe(401);
  });

  it('a stream closes when its key expires', async () => {
    const t = await h.createTenant('Expiring stream');
    const k = (await h.api(t.apiKey, 'POST', '/api/v1/api-keys', { role: 'agent', expiresAt: new Date(Date.now() + 8_000).toISOString() })).body;
    const s = await openSse(`${h.url}/api/v1/inbox/stream?ticket=${await streamTicket(h.url, k.apiKey)}`);
    await s.waitFor((e) => e.event === 'ready');
    expect((await s.waitFor((e) => e.event === 'error', 30_000)).data.code).toBe('unauthorized');
    s.close();
    expect((await h.api(k.apiKey, 'GET', '/api/v1/tickets')).status).toBe(401);
  }, 40_000);
});
