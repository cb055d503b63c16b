/** The Express application: routes, auth, error mapping. No listening here (see ./server.ts). */
import type { RequestListener } from 'node:http';
import express, { type Express } from 'express';
import type { Container } from '../app/container.js';
import { requireApiKey, requireRole } from './auth.js';
import { authThrottle } from './auth-throttle.js';
import { jsonBody, queryGuard } from './input.js';
import { isUuid } from '../domain/input.js';
import { errorBody, errorHandler } from './errors.js';
import { PubSubHub } from './pubsub-hub.js';
import { channelRoutes } from './routes/channels.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { teamRoutes } from './routes/teams.js';
import { ticketRoutes } from './routes/tickets.js';
import { escalationRuleRoutes } from './routes/escalation-rules.js';
import { agentRoutes } from './routes/agents.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { StreamGuard } from './stream-guard.js';
import { analyticsRoutes } from './routes/analytics.js';
import { conversationRoutes } from './routes/conversations.js';
import { ticketCategoryRoutes } from './routes/ticket-categories.js';
import { customFieldRoutes } from './routes/custom-fields.js';
import { aiLogRoutes } from './routes/ai-logs.js';
import { opsRoutes, queueRoutes } from './routes/ops.js';
import { adminRoutes } from './routes/admin.js';
import { customerRoutes } from './routes/customers.js';
import { auditRoutes } from './routes/audit.js';
import { webchatRoutes } from './routes/webchat.js';
import { authPublicRoutes, authRoutes } from './routes/auth.js';
import { cannedResponseRoutes } from './routes/canned-responses.js';
import { webhookFastPath, webhookRoutes } from './routes/webhooks.js';
import { notificationRoutes } from './routes/notifications.js';
import { whatsappWebRoutes } from './routes/whatsapp-web.js';
import { openApiDocument } from './openapi/document.js';
import { attachmentRoutes, fileLinkRoutes } from './routes/attachments.js';
import { webPages } from './web-pages.js';
import { widgetScript } from './widget-script.js';
import type { WebchatCredentials } from '../../channels/webchat/webchat.adapter.js';
import { requireOperator } from './operator-auth.js';
import { queueBoardRouter } from './queue-board.js';
import { adminBuiltPageHeaders, builtPageHeaders, cspNonce, queueBoardHeaders, webchatBuiltPageHeaders, webchatFrameAncestors } from './security-headers.js';

export interface GatewayApp {
  app: Express;
  /** What the HTTP server listens with: platform webhook POSTs on their fast path (./routes/webhooks.ts), the rest through `app`. */
  handler: RequestListener;
  hub: PubSubHub;
}

export function createApp(c: Container): GatewayApp {
  const app = express();
  const hub = new PubSubHub(c.config.redis, c.logger);
  const guard = new StreamGuard(hub, c.config.redis.prefix, c.apiKeys, c.staffSessions, c.logger.child({ component: 'stream-guard' }));
  // Connections changed by any process (credentials rotated, disabled, deleted) leave this process's cache at once.
  c.connections.followChanges(hub).catch((err: unknown) => c.logger.warn({ err }, 'not following connection changes: cached connections expire after a few seconds instead'));
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

  // Platform webhooks first: the hot path walks no other router.
  app.use(webhookRoutes(c));
  // The process serving HTTP reports queue depths and the outbox backlog (workers would repeat them).
  c.metrics.trackQueues(c.queues, c.relay);
  app.use(opsRoutes(c));
  const web = webPages();
  // Built on first request, when every route is registered (the document is read from the router).
  let apiDocument: ReturnType<typeof openApiDocument> | undefined;
  app.get('/openapi.json', (_req, res) => void res.json((apiDocument ??= openApiDocument(app, c.config.http.publicBaseUrl))));
  app.get('/docs', builtPageHeaders, web.page('docs'));
  // The web chat page (web/chat/), standalone or in the widget's iframe: framed only by the connection's allowed origins.
  app.get(
    '/chat/:connectionId',
    async (req, res, next) => {
      const id = String(req.params.connectionId);
      const resolved = isUuid(id) ? await c.connections.resolve(id, 'webchat') : null;
      if (!resolved) return void res.status(404).json(errorBody('not_found', 'no such chat'));
      res.locals.frameAncestors = webchatFrameAncestors((resolved.ctx.credentials as WebchatCredentials).allowedOrigins ?? []);
      next();
    },
    webchatBuiltPageHeaders,
    web.page('chat'),
  );
  app.get('/widget.js', widgetScript());
  app.use('/static/assets', web.assets);
  app.get('/admin', adminBuiltPageHeaders, web.page('admin'));
  app.get('/inbox', builtPageHeaders, web.page('inbox'));
  app.get('/login', builtPageHeaders, web.page('login'));
  // Platform operators only (every tenant's jobs): Bull Board behind an operator key or session.
  app.use(adminRoutes(c));
  app.use('/admin/queues', queueBoardHeaders, requireOperator(c.operators), queueBoardRouter(c.queues.values(), '/admin/queues'));
  // Signed, short-lived file links: the token is the authorisation.
  app.use(fileLinkRoutes(c));
  // Query strings of the whole API: no invalid text in any parameter (400 naming it).
  app.use('/api/v1', queryGuard);
  // Web chat is authenticated by visitor tokens, not API keys.
  app.use('/api/v1', webchatRoutes(c, hub));

  const api = express.Router();
  api.use(authThrottle(c.limits));
  api.use(...jsonBody({ limit: c.config.http.bodyLimitBytes, bounds: c.config.limits.json }));
  api.use(authPublicRoutes(c));
  api.use(requireApiKey({ apiKeys: c.apiKeys, sessions: c.staffSessions, tickets: c.streamTickets, publicBaseUrl: c.config.http.publicBaseUrl }));
  api.use(authRoutes(c));
  api.use(channelRoutes(c));
  api.use(whatsappWebRoutes(c));
  api.use(conversationRoutes(c));
  api.use(ticketRoutes(c, hub, guard));
  api.use(ticketCategoryRoutes(c));
  api.use(customFieldRoutes(c));
  api.use(aiLogRoutes(c));
  api.use(escalationRuleRoutes(c));
  api.use(agentRoutes(c));
  api.use(apiKeyRoutes(c));
  api.use(analyticsRoutes(c));
  api.use(knowledgeRoutes(c));
  api.use(teamRoutes(c));
  api.use(queueRoutes(c));
  api.use(customerRoutes(c));
  api.use(auditRoutes(c));
  api.use(notificationRoutes(c));
  api.use(attachmentRoutes(c));
  api.use(cannedResponseRoutes(c));
  api.get('/me', requireRole('agent', 'analyst'), (req, res) => void res.json(req.auth));
  app.use('/api/v1', api);

  app.use((_req, res) => void res.status(404).json(errorBody('not_found', 'no such route')));
  app.use(errorHandler(c.logger));
  const fast = webhookFastPath(c);
  const handler: RequestListener = (req, res) => {
    if (!fast(req, res)) void app(req, res);
  };
  return { app, handler, hub };
}
