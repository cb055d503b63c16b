/** The Express application: routes, auth, error mapping. No listening here (see ./server.ts). */
import express, { type Express } from 'express';
import type { Container } from '../app/container.js';
import { Metrics } from '../observability/metrics.js';
import { requireApiKey, requireRole } from './auth.js';
import { authThrottle } from './auth-throttle.js';
import { jsonBody, queryGuard } from './input.js';
import { isUuid } from '../domain/input.js';
import { errorBody, errorHandler } from './errors.js';
import { PubSubHub } from './pubsub-hub.js';
import { channelRoutes } from './routes/channels.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { ticketRoutes } from './routes/tickets.js';
import { escalationRuleRoutes } from './routes/escalation-rules.js';
import { agentRoutes } from './routes/agents.js';
import { analyticsRoutes } from './routes/analytics.js';
import { conversationRoutes } from './routes/conversations.js';
import { opsRoutes, queueRoutes } from './routes/ops.js';
import { webchatRoutes } from './routes/webchat.js';
import { webhookRoutes } from './routes/webhooks.js';
import { whatsappWebRoutes } from './routes/whatsapp-web.js';
import { openApiDocument } from './openapi.js';
import { queueDashboardHtml } from './pages/queue-dashboard.js';
import { webchatPageHtml } from './pages/webchat-page.js';
import { inboxPageHtml } from './pages/inbox-page.js';

export interface GatewayApp {
  app: Express;
  hub: PubSubHub;
  metrics: Metrics;
}

export function createApp(c: Container): GatewayApp {
  const app = express();
  const metrics = new Metrics();
  const hub = new PubSubHub(c.config.redis.url, c.logger);
  app.disable('x-powered-by');
  // Whose X-Forwarded-For is believed decides the client IP that per-IP limits count (TRUST_PROXY).
  app.set('trust proxy', c.config.limits.trustProxy);

  app.use((req, res, next) => {
    const started = Date.now();
    res.on('finish', () => {
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug';
      c.logger[level]({ method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - started }, 'http');
    });
    next();
  });

  app.use(opsRoutes(c, metrics));
  app.get('/openapi.json', (_req, res) => void res.json(openApiDocument(c.config.http.publicBaseUrl)));
  app.get('/chat/:connectionId', (req, res) => {
    const id = String(req.params.connectionId);
    if (!isUuid(id)) return void res.status(404).json(errorBody('not_found', 'no such chat'));
    res.type('html').send(webchatPageHtml(id));
  });
  app.get('/inbox', (_req, res) => void res.type('html').send(inboxPageHtml()));
  app.get('/admin/queues', (_req, res) => void res.type('html').send(queueDashboardHtml()));
  app.use(webhookRoutes(c, metrics));
  // Query strings of the whole API: no invalid text in any parameter (400 naming it).
  app.use('/api/v1', queryGuard);
  // Web chat is authenticated by visitor tokens, not API keys.
  app.use('/api/v1', webchatRoutes(c, hub));

  const api = express.Router();
  api.use(authThrottle(c.limits));
  api.use(...jsonBody({ limit: c.config.http.bodyLimitBytes, bounds: c.config.limits.json }));
  api.use(requireApiKey(c.database.db));
  api.use(channelRoutes(c));
  api.use(whatsappWebRoutes(c));
  api.use(conversationRoutes(c));
  api.use(ticketRoutes(c, hub));
  api.use(escalationRuleRoutes(c));
  api.use(agentRoutes(c));
  api.use(analyticsRoutes(c));
  api.use(knowledgeRoutes(c));
  api.use(queueRoutes(c));
  api.get('/me', requireRole('agent', 'analyst'), (req, res) => void res.json(req.auth));
  app.use('/api/v1', api);

  app.use((_req, res) => void res.status(404).json(errorBody('not_found', 'no such route')));
  app.use(errorHandler(c.logger));
  return { app, hub, metrics };
}
