/**
 * The webhook fast path (src/http/routes/webhooks.ts) answers platform POSTs
 * before Express: it must take exactly the plain `POST /webhooks/<channel>/<uuid>`
 * requests, answer them as the Express route would (status, JSON error body,
 * Connection: close after an oversized body), count them in the metrics, and
 * leave everything else untouched for Express.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Container } from '../../src/app/container.js';
import { webhookFastPath } from '../../src/http/routes/webhooks.js';

const CONNECTION = '0b6a6f55-2a55-4f0e-9d0c-7c1f8d1d2e11';
const counted: Array<[string, number]> = [];
const resolved: string[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const c = {
    config: { http: { bodyLimitBytes: 64 } },
    logger: pino({ level: 'silent' }),
    metrics: { webhookRequest: (channel: string, status: number) => void counted.push([channel, status]) },
    // No such connection: the fast path answers 404 itself.
    connections: {
      resolve: async (id: string) => {
        resolved.push(id);
        return null;
      },
    },
  } as unknown as Container;
  const fast = webhookFastPath(c);
  server = createServer((req, res) => {
    if (fast(req, res)) return;
    // Stands in for Express: whatever reaches it says so.
    req.resume();
    res.writeHead(299, { 'content-type': 'text/plain' }).end('express');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

describe('webhook fast path', () => {
  it('answers a platform POST itself, with the error body and metric the Express route gives', async () => {
    const res = await fetch(`${url}/webhooks/line/${CONNECTION}?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'channel connection not found' } });
    expect(resolved).toContain(CONNECTION);
    expect(counted).toContainEqual(['line', 404]);
  });

  it('refuses a body over the limit with 413 and closes the connection', async () => {
    const res = await fetch(`${url}/webhooks/line/${CONNECTION}`, { method: 'POST', body: 'x'.repeat(200) });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('leaves other methods, paths and compressed bodies to Express', async () => {
    const other = [
      fetch(`${url}/webhooks/line/${CONNECTION}`),
      fetch(`${url}/webhooks/line/not-a-uuid`, { method: 'POST', body: '{}' }),
      fetch(`${url}/webhooks/line/${CONNECTION}/`, { method: 'POST', body: '{}' }),
      fetch(`${url}/api/v1/me`, { method: 'POST', body: '{}' }),
      fetch(`${url}/webhooks/line/${CONNECTION}`, { method: 'POST', headers: { 'content-encoding': 'gzip' }, body: '{}' }),
    ];
    for (const res of await Promise.all(other)) {
      expect(res.status).toBe(299);
      expect(await res.text()).toBe('express');
    }
  });
});
