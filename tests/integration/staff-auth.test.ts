/**
 * Staff sign-in (issue 15): email + password → the `gw_session` cookie, which the
 * API accepts like a key (current role and status on every request, CSRF rules
 * on writes), logout, the failed-auth throttle, and passwords that never appear
 * in an answer or a log line.
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { staffSessions, users } from '../../drizzle/schema.js';
import { ROOT, startHarness, type Harness } from '../helpers/harness.js';

const AUTH_FAILURES_PER_IP = 8;
let h: Harness;
let admin: { tenantId: string; apiKey: string };
const lines: string[] = [];
let ipCounter = 1;
const nextIp = () => `10.77.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

const PASSWORD = `Pw-${randomBytes(9).toString('base64url')}`;

beforeAll(async () => {
  h = await startHarness({
    workers: 0,
    env: { AUTH_FAILURES_PER_IP: String(AUTH_FAILURES_PER_IP) },
    logDestination: new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        cb();
      },
    }),
  });
  admin = await h.createTenant('Staff Co');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

async function call(method: string, p: string, opts: { body?: unknown; cookie?: string; headers?: Record<string, string>; ip?: string } = {}): Promise<Answer> {
  const res = await fetch(`${h.url}${p}`, {
    method,
    headers: {
      'x-forwarded-for': opts.ip ?? nextIp(),
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, text, headers: res.headers };
}

/** A browser's same-origin write: the header web/shared/api.ts sends, and our Origin. */
const browser = (cookie: string) => ({ cookie, headers: { 'x-requested-with': 'fetch', origin: h.url } });

async function login(email: string, password: string, extra: Record<string, unknown> = {}) {
  const r = await call('POST', '/api/v1/auth/login', { body: { email, password, ...extra } });
  const setCookie = r.headers.get('set-cookie') ?? '';
  const cookie = /^(gw_session=[^;]+)/.exec(setCookie)?.[1] ?? '';
  return { ...r, setCookie, cookie };
}

async function newAgent(email: string, role = 'agent', password = PASSWORD) {
  const r = await h.api(admin.apiKey, 'POST', '/api/v1/agents', { email, name: email.split('@')[0], role, password });
  expect(r.status).toBe(201);
  return r.body as { id: string; email: string };
}

describe('sign-in', () => {
  it('signs in with the right password and sets a safe cookie', async () => {
    const a = await newAgent('ana@staff.test');
    const r = await login('ana@staff.test', PASSWORD);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ user: { id: a.id, email: 'ana@staff.test', name: 'ana', role: 'agent' }, tenant: { id: admin.tenantId, name: 'Staff Co' } });
    expect(r.setCookie).toMatch(/^gw_session=gws_/);
    expect(r.setCookie).toMatch(/HttpOnly/i);
    expect(r.setCookie).toMatch(/SameSite=(Lax|Strict)/i);
    expect(r.setCookie).toMatch(/Path=\//);
    // The harness gateway is plain http: no Secure flag (it would never be sent back).
    expect(r.setCookie).not.toMatch(/Secure/i);
    // Stored hashed only.
    const [row] = await h.c.database.db.select().from(staffSessions).where(eq(staffSessions.userId, a.id));
    expect(row!.tokenHash).not.toContain(r.cookie.slice('gw_session='.length));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const me = await call('GET', '/api/v1/auth/me', { cookie: r.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: { id: a.id, email: 'ana@staff.test', name: 'ana', role: 'agent' }, tenant: { id: admin.tenantId, name: 'Staff Co' }, role: 'agent' });
    // The session works on the rest of the API.
    const tickets = await call('GET', '/api/v1/tickets', { cookie: r.cookie });
    expect(tickets.status).toBe(200);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await newAgent('bo@staff.test');
    const wrong = await login('bo@staff.test', 'not-the-password');
    const unknown = await login('nobody@staff.test', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.setCookie).toBe('');
    expect(unknown.setCookie).toBe('');
  });

  it('is case-insensitive on the email and refuses a user without a password', async () => {
    await newAgent('Cy@Staff.test');
    expect((await login('cy@staff.TEST', PASSWORD)).status).toBe(200);
    const keysOnly = await h.api(admin.apiKey, 'POST', '/api/v1/agents', { email: 'keys@staff.test', name: 'Keys only' });
    expect(keysOnly.status).toBe(201);
    expect((await login('keys@staff.test', '')).status).toBe(400);
    expect((await login('keys@staff.test', 'anything-at-all')).status).toBe(401);
  });

  it('asks for the tenant when the email signs in to several, and takes tenantId', async () => {
    const other = await h.createTenant('Other Co');
    await newAgent('dual@staff.test');
    const r2 = await h.api(other.apiKey, 'POST', '/api/v1/agents', { email: 'dual@staff.test', name: 'Dual', password: PASSWORD });
    expect(r2.status).toBe(201);
    const ambiguous = await login('dual@staff.test', PASSWORD);
    expect(ambiguous.status).toBe(409);
    expect(ambiguous.body.error.code).toBe('tenant_required');
    expect(ambiguous.setCookie).toBe('');
    // Without the password nothing tells that the email is in two tenants.
    expect((await login('dual@staff.test', 'wrong-password')).status).toBe(401);
    const chosen = await login('dual@staff.test', PASSWORD, { tenantId: other.tenantId });
    expect(chosen.status).toBe(200);
    expect(chosen.body.tenant.id).toBe(other.tenantId);
  });

  it('rejects malformed bodies with 400', async () => {
    for (const body of [{}, { email: 'x@y.z' }, { email: 3, password: 'x' }, { email: 'x@y.z', password: 'x'.repeat(1000) }, { email: 'x@y.z', password: 'p', tenantId: 'nope' }]) {
      expect((await call('POST', '/api/v1/auth/login', { body })).status).toBe(400);
    }
  });
});

describe('the session on the API', () => {
  it('follows the user: a demoted admin loses admin at once, a deactivated user is out at once', async () => {
    const u = await newAgent('eve@staff.test', 'admin');
    const s = await login('eve@staff.test', PASSWORD);
    expect((await call('GET', '/api/v1/api-keys', { cookie: s.cookie })).status).toBe(200);
    expect((await h.api(admin.apiKey, 'PATCH', `/api/v1/agents/${u.id}`, { role: 'agent' })).status).toBe(200);
    expect((await call('GET', '/api/v1/api-keys', { cookie: s.cookie })).status).toBe(403);
    expect((await call('GET', '/api/v1/auth/me', { cookie: s.cookie })).body.role).toBe('agent');

    expect((await h.api(admin.apiKey, 'PATCH', `/api/v1/agents/${u.id}`, { status: 'deactivated' })).status).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { cookie: s.cookie })).status).toBe(401);
    // Deactivation revoked the sessions: reactivating does not bring this one back.
    const rows = await h.c.database.db.select().from(staffSessions).where(eq(staffSessions.userId, u.id));
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
    expect((await h.api(admin.apiKey, 'PATCH', `/api/v1/agents/${u.id}`, { status: 'active' })).status).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { cookie: s.cookie })).status).toBe(401);
    expect((await login('eve@staff.test', PASSWORD)).status).toBe(200);
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    await newAgent('fay@staff.test');
    const s = await login('fay@staff.test', PASSWORD);
    const out = await call('POST', '/api/v1/auth/logout', browser(s.cookie));
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/gw_session=;/);
    expect((await call('GET', '/api/v1/auth/me', { cookie: s.cookie })).status).toBe(401);
  });

  it('refuses cookie writes without X-Requested-With or from another origin (CSRF), and accepts same-origin ones', async () => {
    const u = await newAgent('gus@staff.test');
    const s = await login('gus@staff.test', PASSWORD);
    const body = { shortcut: 'hi', text: 'Hello!' };
    const noHeader = await call('PUT', '/api/v1/me/password', { cookie: s.cookie, body: { currentPassword: PASSWORD, newPassword: 'x'.repeat(12) } });
    expect(noHeader.status).toBe(403);
    const foreign = await call('PUT', '/api/v1/me/password', { cookie: s.cookie, headers: { 'x-requested-with': 'fetch', origin: 'https://evil.example' }, body: { currentPassword: PASSWORD, newPassword: 'x'.repeat(12) } });
    expect(foreign.status).toBe(403);
    const foreignReferer = await call('PUT', '/api/v1/me/password', { cookie: s.cookie, headers: { 'x-requested-with': 'fetch', referer: 'https://evil.example/page' }, body: { currentPassword: PASSWORD, newPassword: 'x'.repeat(12) } });
    expect(foreignReferer.status).toBe(403);
    // Reads need neither; a bearer key needs neither (no ambient credential).
    expect((await call('GET', '/api/v1/auth/me', { cookie: s.cookie })).status).toBe(200);
    expect((await h.api(admin.apiKey, 'GET', `/api/v1/agents`)).status).toBe(200);
    // Nothing changed: the old password still works.
    expect((await login('gus@staff.test', PASSWORD)).status).toBe(200);
    const ok = await call('POST', `/api/v1/tickets/${u.id}/notes`, { ...browser(s.cookie), body });
    expect(ok.status).toBe(404);
  });

  it('changes the own password: the current one is required, other sessions end, this one stays', async () => {
    await newAgent('hal@staff.test');
    const s1 = await login('hal@staff.test', PASSWORD);
    const s2 = await login('hal@staff.test', PASSWORD);
    const wrong = await call('PUT', '/api/v1/me/password', { ...browser(s1.cookie), body: { currentPassword: 'nope-nope', newPassword: 'a-new-password-1' } });
    expect(wrong.status).toBe(400);
    const short = await call('PUT', '/api/v1/me/password', { ...browser(s1.cookie), body: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(short.status).toBe(400);
    const ok = await call('PUT', '/api/v1/me/password', { ...browser(s1.cookie), body: { currentPassword: PASSWORD, newPassword: 'a-new-password-1' } });
    expect(ok.status).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', { cookie: s1.cookie })).status).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { cookie: s2.cookie })).status).toBe(401);
    expect((await login('hal@staff.test', PASSWORD)).status).toBe(401);
    expect((await login('hal@staff.test', 'a-new-password-1')).status).toBe(200);
  });

  it('GET /auth/me works with an API key too (a service key has no user)', async () => {
    const me = await h.api(admin.apiKey, 'GET', '/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.tenant).toEqual({ id: admin.tenantId, name: 'Staff Co' });
    expect(me.body.role).toBe('admin');
    expect(me.body.user.role).toBe('admin');
    const service = await h.api(admin.apiKey, 'POST', '/api/v1/api-keys', { role: 'analyst', name: 'bi' });
    expect(service.status).toBe(201);
    const sme = await h.api(service.body.apiKey, 'GET', '/api/v1/auth/me');
    expect(sme.body).toMatchObject({ user: null, role: 'analyst' });
    expect((await call('GET', '/api/v1/auth/me')).status).toBe(401);
  });
});

describe('abuse and secrets', () => {
  it('throttles failed sign-ins from one address: 429 with Retry-After, even for the right password', async () => {
    await newAgent('ida@staff.test');
    const ip = nextIp();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < AUTH_FAILURES_PER_IP + 4; i++) {
      const r = await call('POST', '/api/v1/auth/login', { ip, body: { email: 'ida@staff.test', password: `guess-${i}` } });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses.slice(0, AUTH_FAILURES_PER_IP)).toEqual(Array(AUTH_FAILURES_PER_IP).fill(401));
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await call('POST', '/api/v1/auth/login', { ip, body: { email: 'ida@staff.test', password: PASSWORD } })).status).toBe(429);
    // Another address is not affected.
    expect((await login('ida@staff.test', PASSWORD)).status).toBe(200);
  });

  it('never shows a password or its hash in an answer or a log line', async () => {
    const secret = `Sekr3t-${randomBytes(8).toString('hex')}`;
    const created = await h.api(admin.apiKey, 'POST', '/api/v1/agents', { email: 'jo@staff.test', name: 'Jo', password: secret });
    const patched = await h.api(admin.apiKey, 'PATCH', `/api/v1/agents/${created.body.id}`, { password: `${secret}-2` });
    const listed = await h.api(admin.apiKey, 'GET', '/api/v1/agents');
    const s = await login('jo@staff.test', `${secret}-2`);
    const bad = await login('jo@staff.test', `${secret}-wrong`);
    const changed = await call('PUT', '/api/v1/me/password', { ...browser(s.cookie), body: { currentPassword: `${secret}-2`, newPassword: `${secret}-3` } });
    const tooShort = await h.api(admin.apiKey, 'PATCH', `/api/v1/agents/${created.body.id}`, { password: 'short' });
    expect(tooShort.status).toBe(400);
    const [row] = await h.c.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, created.body.id));
    expect(row!.hash).toMatch(/^scrypt\$/);
    const answers = [created, patched, listed, s, bad, changed, tooShort].map((r) => JSON.stringify(r.body)).join('\n');
    for (const r of [created.body, ...listed.body.items]) expect(Object.keys(r)).not.toContain('password');
    expect(answers).not.toContain(secret);
    expect(answers).not.toContain(row!.hash!);
    expect(answers).not.toContain('scrypt$');
    const logs = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain('scrypt$');
    expect(logs).not.toContain(s.cookie.slice('gw_session='.length));
  });
});

describe('retention', () => {
  it('deletes sessions 30 days after they expired or were revoked, and keeps the rest', async () => {
    const u = await newAgent('old@staff.test');
    const day = 86_400_000;
    const ago = (d: number) => new Date(Date.now() - d * day);
    const rows = await h.c.database.db
      .insert(staffSessions)
      .values([
        { tenantId: admin.tenantId, userId: u.id, tokenHash: randomBytes(32).toString('hex'), expiresAt: ago(31) },
        { tenantId: admin.tenantId, userId: u.id, tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + day), revokedAt: ago(40) },
        { tenantId: admin.tenantId, userId: u.id, tokenHash: randomBytes(32).toString('hex'), expiresAt: ago(29) },
        { tenantId: admin.tenantId, userId: u.id, tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + day) },
      ])
      .returning({ id: staffSessions.id });
    const report = await h.c.retention.run();
    expect(report.staffSessions).toBeGreaterThanOrEqual(2);
    const left = (await h.c.database.db.select({ id: staffSessions.id }).from(staffSessions).where(eq(staffSessions.userId, u.id))).map((r) => r.id).sort();
    expect(left).toEqual([rows[2]!.id, rows[3]!.id].sort());
  });
});

describe('npm run admin -- set-password', () => {
  it('sets a piped password, or generates and prints one', async () => {
    await newAgent('kim@staff.test');
    // Asynchronously: a blocked event loop would stall the in-process gateway.
    const run = (args: string[], input = '') =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/admin.ts'), 'set-password', ...args], {
          cwd: ROOT,
          env: { ...process.env, ...h.env, LOG_LEVEL: 'silent' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        child.on('close', (status) => resolve({ status, stdout }));
        child.stdin.end(input);
      });
    const piped = await run(['kim@staff.test', '--tenant', admin.tenantId], 'piped-password-1\n');
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toContain('piped-password-1');
    expect((await login('kim@staff.test', 'piped-password-1')).status).toBe(200);
    const generated = await run(['kim@staff.test', '--generate']);
    expect(generated.status).toBe(0);
    const out = JSON.parse(generated.stdout.trim()) as { password: string };
    expect(out.password.length).toBeGreaterThanOrEqual(12);
    expect((await login('kim@staff.test', out.password)).status).toBe(200);
    expect((await run(['nobody@staff.test'])).status).not.toBe(0);
  }, 240_000);
});
