/** Starts the HTTP gateway (webhooks, web chat, REST API) and the outbox relay. */
import { createServer, type Server } from 'node:http';
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

export async function startGateway(c: Container, opts: { port?: number; host?: string } = {}): Promise<RunningGateway> {
  const gatewayApp = createApp(c);
  c.relay.start();
  const whatsappWeb = c.config.whatsappWeb.sessionsEnabled ? WhatsAppWebSessionManager.fromContainer(c) : undefined;
  await whatsappWeb?.start();
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(gatewayApp.handler);
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
