/**
 * The gateway's HTTP server (src/http/server.ts `createGatewayServer`) must
 * answer a request that a client sent on an idle keep-alive connection within
 * the advertised `Keep-Alive: timeout`, even when the server's event loop
 * stalls past that timeout before reading it (CPU-bound work in `npm start`,
 * a busy machine). Node's default server closes the connection from its
 * keep-alive timer first and the client gets a reset instead of an answer
 * (seen as ECONNRESET on web chat posts and LINE webhooks in
 * tests/faults/postgres-crash.test.ts).
 */
import { connect, type Socket } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import { createGatewayServer } from '../../src/http/server.js';

const HINT_SECONDS = 1;
let server: Server | undefined;
let socket: Socket | undefined;

afterEach(async () => {
  socket?.destroy();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** Collects what the socket receives; `next()` resolves with the next complete response (head + Content-Length body), or with how the socket ended. */
function responses(s: Socket) {
  let buf = '';
  let ended: string | null = null;
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  s.setEncoding('utf8');
  s.on('data', (d: string) => ((buf += d), wake()));
  s.on('error', (err: NodeJS.ErrnoException) => ((ended = `error ${err.code ?? err.message}`), wake()));
  s.on('close', () => ((ended ??= 'closed'), wake()));
  const take = (): string | null => {
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return null;
    const head = buf.slice(0, end);
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
    if (buf.length < end + 4 + length) return null;
    buf = buf.slice(end + 4 + length);
    return head;
  };
  return {
    async next(): Promise<{ head: string } | { ended: string }> {
      for (;;) {
        const head = take();
        if (head !== null) return { head };
        if (ended !== null) return { ended };
        await new Promise<void>((r) => waiters.push(r));
      }
    },
  };
}

const request = (n: number) => `POST /post-${n} HTTP/1.1\r\nHost: gateway.test\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`;

it('answers a request sent on an idle keep-alive connection within the advertised timeout, even after an event-loop stall longer than it', async () => {
  server = createGatewayServer(
    (req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(202, { 'content-type': 'text/plain', 'content-length': 2 }).end('ok'));
    },
    { hintSeconds: HINT_SECONDS },
  );
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  socket = connect(port, '127.0.0.1');
  const got = responses(socket);

  socket.write(request(1));
  const first = await got.next();
  expect('head' in first && first.head).toMatch(/^HTTP\/1\.1 202/);
  // The hint a client plans its reuse by, once, and no longer than the server really waits.
  expect('head' in first && first.head.match(/^keep-alive: .*$/gim)).toEqual([`Keep-Alive: timeout=${HINT_SECONDS}`]);

  // The client reuses the idle connection within the hint; then, before the server
  // reads the request, its event loop is blocked past the end of the hint.
  await new Promise((r) => setTimeout(r, HINT_SECONDS * 600));
  await new Promise((r) => setImmediate(r));
  socket.write(request(2));
  const stallUntil = Date.now() + HINT_SECONDS * 1500;
  while (Date.now() < stallUntil) {
    /* a CPU-bound stall of this process, server included */
  }

  const second = await got.next();
  expect(second).toEqual({ head: expect.stringMatching(/^HTTP\/1\.1 202/) });
});
