/** Starts the HTTP gateway (webhooks, web chat, REST API) and the outbox relay. */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Container } from '../app/container.js';
import { createApp, type GatewayApp } from './app.js';
import { WhatsAppWebSessionManager } from '../whatsapp-web/session-manager.js';

export interface RunningGateway {
  server: Server;
  app: GatewayApp;
  url: string;
  /** Runs this process's WhatsApp Web sessions (WHATSAPP_WEB_SESSIONS=true). */
  whatsappWeb?: WhatsAppWebSessionManager;
  close(): Promise<void>;
}

/** Seconds a client is told (`Keep-Alive: timeout=…`) it may reuse an idle connection. */
export const KEEP_ALIVE_HINT_SECONDS = 5;
/** How much longer than the hint the server really keeps an idle connection open. */
export const KEEP_ALIVE_GRACE_MS = 60_000;

/**
 * The gateway's HTTP server: it keeps an idle keep-alive connection open well
 * past the time it tells clients they may reuse it.
 *
 * Node closes an idle connection from a timer, and after a stall of the event
 * loop (CPU-bound work, e.g. `npm start`'s worker evaluating escalation rules
 * on a busy machine) the timers run before the socket is read: a request the
 * client sent on that connection in time is discarded and the client gets a
 * reset (ECONNRESET) instead of an answer — a webhook or web chat post that
 * failed without a word. Clients that follow the hint (undici, browsers'
 * fetch) stop reusing the connection long before the server closes it, so
 * only a stall longer than the grace can lose a request.
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Keep-Alive
 */
export function createGatewayServer(handler: RequestListener, opts: { hintSeconds?: number; graceMs?: number } = {}): Server {
  const hintSeconds = opts.hintSeconds ?? KEEP_ALIVE_HINT_SECONDS;
  // A Keep-Alive header of our own replaces Node's, which would advertise the real (longer) timeout.
  const hint = `timeout=${hintSeconds}`;
  const server = createServer((req, res) => {
    res.setHeader('Keep-Alive', hint);
    handler(req, res);
  });
  server.keepAliveTimeout = hintSeconds * 1000 + (opts.graceMs ?? KEEP_ALIVE_GRACE_MS);
  return server;
}

export async function startGateway(c: Container, opts: { port?: number; host?: string } = {}): Promise<RunningGateway> {
  const gatewayApp = createApp(c);
  c.relay.start();
  const whatsappWeb = c.config.whatsappWeb.sessionsEnabled ? WhatsAppWebSessionManager.fromContainer(c) : undefined;
  await whatsappWeb?.start();
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createGatewayServer(gatewayApp.handler);
    s.once('error', reject);
    s.listen(opts.port ?? c.config.http.port, opts.host ?? c.config.http.host, () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const url = `http://127.0.0.1:${port}`;
  c.logger.info({ url, publicBaseUrl: c.config.http.publicBaseUrl }, 'gateway listening');
  return {
    server,
    app: gatewayApp,
    url,
    whatsappWeb,
    async close() {
      await whatsappWeb?.stop();
      gatewayApp.hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await c.relay.stop();
    },
  };
}
