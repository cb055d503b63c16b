/**
 * Builds every shared service once per process (gateway, worker, tests):
 * config → logger → Postgres → Redis → queues → outbox relay → services.
 * Routes, workers and hooks receive what they need from here and never
 * construct services themselves.
 */
import type { Logger } from 'pino';
import type { Queue } from 'bullmq';
import type { RedisClient } from '../../channels/types.js';
import type { Config } from '../config/index.js';
import { createLogger } from '../logging/logger.js';
import { Metrics } from '../observability/metrics.js';
import { connectDatabase, type Database } from '../db/client.js';
import { CONVERSATION_QUEUE, INGESTION_QUEUE, MAINTENANCE_QUEUE, NOTIFICATION_QUEUE, WEBHOOK_QUEUE, createQueue, producerConnection, webhookJobOptions } from '../queue/queues.js';
import { WebhookService } from '../notifications/webhook.service.js';
import { EmailNotifier } from '../notifications/email-notifications.js';
import { EmailService } from '../notifications/email.service.js';
import { NotificationPreferencesService } from '../notifications/preferences.js';
import { OutboxRelay } from '../queue/outbox.js';
import { QueueOverview } from '../queue/queue-overview.js';
import { OperatorService } from '../operators/operator.service.js';
import { ConnectionService } from '../connections/connection.service.js';
import { BotConfigService } from '../connections/bot-config.service.js';
import { ConversationProcessor } from '../conversation/conversation.processor.js';
import { ConversationQueries } from '../conversation/conversation.queries.js';
import { EchoResponder } from '../conversation/echo.responder.js';
import type { ConversationHooks } from '../conversation/hooks.js';
import { IngestService } from '../conversation/ingest.service.js';
import type { Responder } from '../conversation/responder.js';
import { ChatSentimentScorer } from '../escalation/chat-sentiment.js';
import { ChatEscalationClassifier } from '../escalation/classifier.js';
import { EscalationHooks } from '../escalation/escalation.hooks.js';
import { productDetector } from '../escalation/learned/learned-detector.js';
import { replyPathFaultHook } from './fault-injection.js';
import { EscalationRulesRepo, ensureEscalationDefaults } from '../escalation/escalation-rules.repo.js';
import { LexiconSentimentScorer } from '../escalation/sentiment.js';
import { DocumentIndexer } from '../rag/indexer.js';
import { KnowledgeService } from '../rag/knowledge.service.js';
import { createChatModel, createEmbedder, type ChatModelHandle, type EmbedderHandle } from '../rag/models.js';
import { KbCalibrator, KbThresholds } from '../rag/kb-calibration.js';
import { KbLexemes } from '../rag/kb-lexemes.js';
import { RagResponder } from '../rag/rag.responder.js';
import type { Retriever } from '../rag/retriever.js';
import { wordVectorsInstalled } from '../rag/word-vectors.js';
import { AbuseLimits } from '../security/abuse-limits.js';
import { AuthEventPublisher } from '../security/auth-events.js';
import { StreamTickets } from '../security/stream-tickets.js';
import { ApiKeyService } from '../tenancy/api-keys.service.js';
import { TimeBoundedRetriever } from './bounded-retriever.js';
import { AnalyticsQueries } from '../analytics/analytics.queries.js';
import { AiLogQueries } from '../analytics/ai-logs.queries.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import { CategoriesRepo } from '../tickets/categories.repo.js';
import { InactivityService } from '../tickets/inactivity.service.js';
import { SlaMonitor } from '../tickets/sla.js';
import { TicketDeskService } from '../tickets/ticket-desk.service.js';
import { AgentsRepo } from '../tenancy/agents.repo.js';
import { StaffSessionService } from '../tenancy/staff-sessions.service.js';
import { CannedResponsesRepo } from '../tickets/canned-responses.repo.js';
import { PlanService } from '../tenancy/plans.js';
import { AuditQueries } from '../audit/audit.js';
import { CustomerService } from '../customers/customer.service.js';
import { RetentionService } from '../retention/retention.service.js';
import { KnowledgeQuota } from '../tenancy/knowledge-quota.js';
import { UsageQueries } from '../tenancy/usage.queries.js';
import { AgentActionsService } from '../tickets/agent-actions.service.js';
import { ChatSummarizer } from '../tickets/chat-summarizer.js';
import { CsatService } from '../tickets/csat.service.js';
import { TicketEscalationService } from '../tickets/escalation.service.js';
import { InboxPublisher } from '../tickets/inbox-events.js';
import { TicketQueries } from '../tickets/ticket.queries.js';
import { TicketRouter } from '../tickets/ticket-router.js';
import { TeamService } from '../teams/team.service.js';
import { RoutingRulesRepo } from '../routing/routing-rules.repo.js';
import path from 'node:path';
import { AttachmentService } from '../attachments/attachment.service.js';
import { FileUrlSigner } from '../attachments/signed-urls.js';
import { LocalStorage, S3Storage, type AttachmentStorage } from '../attachments/storage.js';

export interface Container {
  config: Config;
  logger: Logger;
  database: Database;
  /** The retriever's own pool: every statement on it has RETRIEVAL_STATEMENT_TIMEOUT_MS as statement_timeout. */
  retrievalDatabase: Database;
  /** Rate and concurrency limits shared by every process (Redis). */
  limits: AbuseLimits;
  /** General-purpose Redis (publish, limiters). Fails fast when Redis is down. */
  redis: RedisClient;
  queues: Map<string, Queue>;
  relay: OutboxRelay;
  /** This process's Prometheus registry (default process metrics + the gateway's own). */
  metrics: Metrics;
  /** Queue counts and failures: one tenant's (API) or every tenant's (operators, CLI). */
  queueOverview: QueueOverview;
  /** Platform operators' keys and browser sessions (/admin). */
  operators: OperatorService;
  /** Tenant API keys: authentication (the user's current role and status), list, create, revoke. */
  apiKeys: ApiKeyService;
  /** Staff browser sessions (email + password sign-in). */
  staffSessions: StaffSessionService;
  /** The agents' canned responses (`/` in the composer). */
  cannedResponses: CannedResponsesRepo;
  /** Single-use, short-lived tickets that open a stream without a key in the URL. */
  streamTickets: StreamTickets;

  connections: ConnectionService;
  /** Per-channel bot config: knowledge bases, answer threshold, greeting, name. */
  botConfigs: BotConfigService;
  ingest: IngestService;
  conversations: ConversationQueries;

  /** The configured models: OpenAI-compatible with OPENAI_API_KEY, else the local embedder and no chat model. */
  embedder: EmbedderHandle;
  chat: ChatModelHandle | null;
  knowledge: KnowledgeService;
  /** Document size and chunk limits, checked when a document arrives. */
  knowledgeQuota: KnowledgeQuota;
  retriever: Retriever;
  indexer: DocumentIndexer;
  /** Derives each knowledge base's own unsure threshold once it is (re)indexed; null when RAG_KB_CALIBRATION is off. */
  kbCalibrator: KbCalibrator | null;
  /** What the bot answers with: the knowledge base (RAG), or echo in diagnostics mode (RESPONDER=echo). */
  responder: Responder;

  tickets: TicketQueries;
  ticketEscalation: TicketEscalationService;
  agentActions: AgentActionsService;
  csat: CsatService;
  escalationRules: EscalationRulesRepo;
  /** Escalation around every bot answer: CSAT answers, silence while a human has it, the rules. */
  escalationHooks: ConversationHooks;
  agents: AgentsRepo;
  analytics: AnalyticsQueries;
  /** Plans, their monthly ticket/agent limits and the tenant's usage. */
  plans: PlanService;
  customers: CustomerService;
  /** Read side of the audit log (entries are written with `recordAudit` in each change's transaction). */
  audit: AuditQueries;
  /** Archive purge, retention purge and audit expiry (the `retention` repeatable job). */
  retention: RetentionService;
  /** Ticket triage (PATCH) and tickets opened without a chat (POST). */
  ticketDesk: TicketDeskService;
  /** Ticket categories and their SLA minutes. */
  categories: CategoriesRepo;
  /** SLA breach warnings and breaches (the `sla-scan` repeatable job). */
  sla: SlaMonitor;
  /** Completes bot-only conversations after inactivity (the `inactivity-scan` repeatable job). */
  inactivity: InactivityService;
  customFields: CustomFieldsService;
  aiLogs: AiLogQueries;
  /** Teams with members, schedules and holidays. */
  teams: TeamService;
  /** Routing rules: who gets an escalated ticket. */
  routingRules: RoutingRulesRepo;
  /** Outgoing event webhooks (subscriptions, deliveries) and the communication log. */
  webhooks: WebhookService;
  /** Decides and records e-mail notifications in the transaction of each change (agents, supervisors). */
  notifier: EmailNotifier;
  /** Sends one queued e-mail notification through SMTP (the `notifications` worker). */
  email: EmailService;
  /** Per-user e-mail notification preferences. */
  notificationPreferences: NotificationPreferencesService;

  /** Files exchanged in conversations and tickets: storage, type and size checks, signed links, the worker's download step. */
  attachments: AttachmentService;

  /** The product's conversation processor: `responder` + `escalationHooks`. */
  processor: ConversationProcessor;
  /** A processor with another responder or hooks (tests, benchmarks); without hooks the bot answers everything. */
  processorWith(opts: { responder: Responder; hooks?: ConversationHooks }): ConversationProcessor;
  close(): Promise<void>;
}

/** RESPONDER=echo → diagnostics; RESPONDER_DELAY_MS → an artificial delay before each answer (tests, benchmarks). */
function configuredResponder(config: Config, rag: Responder): Responder {
  if (config.worker.responder === 'echo') return new EchoResponder({ delayMs: config.worker.responderDelayMs });
  const delay = config.worker.responderDelayMs;
  if (delay <= 0) return rag;
  return { name: rag.name, respond: async (input) => (await new Promise((r) => setTimeout(r, delay)), rag.respond(input)), ...(rag.prefetch ? { prefetch: rag.prefetch.bind(rag) } : {}) };
}

export function createContainer(config: Config, opts: { logger?: Logger } = {}): Container {
  const logger = opts.logger ?? createLogger({ level: config.log.level, pretty: config.log.pretty });
  const database = connectDatabase(config.db.url, { max: config.db.poolMax });
  const db = database.db;
  const redis = producerConnection(config.redis, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  redis.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis connection error'));
  const queueConnection = producerConnection(config.redis);
  queueConnection.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis (queue) connection error'));
  const conversationQueue = createQueue(CONVERSATION_QUEUE, queueConnection, config.redis.prefix);
  conversationQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const ingestionQueue = createQueue(INGESTION_QUEUE, queueConnection, config.redis.prefix);
  ingestionQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const maintenanceQueue = createQueue(MAINTENANCE_QUEUE, queueConnection, config.redis.prefix);
  maintenanceQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const webhookQueue = createQueue(WEBHOOK_QUEUE, queueConnection, config.redis.prefix);
  webhookQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const notificationQueue = createQueue(NOTIFICATION_QUEUE, queueConnection, config.redis.prefix);
  notificationQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const queues = new Map<string, Queue>([
    [CONVERSATION_QUEUE, conversationQueue],
    [INGESTION_QUEUE, ingestionQueue],
    [MAINTENANCE_QUEUE, maintenanceQueue],
    [WEBHOOK_QUEUE, webhookQueue],
    [NOTIFICATION_QUEUE, notificationQueue],
  ]);
  const relay = new OutboxRelay(db, database.sql, queues, logger.child({ component: 'outbox' }), {
    pollMs: config.worker.outboxPollMs,
    attempts: config.worker.attempts,
    jobOptions: {
      [WEBHOOK_QUEUE]: webhookJobOptions(config.webhooks.maxAttempts, config.webhooks.retryBaseMs),
      [NOTIFICATION_QUEUE]: webhookJobOptions(config.notifications.maxAttempts, config.notifications.retryBaseMs),
    },
  });
  const kick = () => relay.kick();
  const metrics = new Metrics();

  const connections = new ConnectionService({
    db,
    redis,
    logger,
    encryptionKey: config.security.encryptionKey,
    endpoints: config.platforms,
    publicBaseUrl: config.http.publicBaseUrl,
    keyPrefix: config.redis.prefix,
    visitorTokenTtlSeconds: config.security.webchatTokenTtlSeconds,
  });
  const ingest = new IngestService(db, database.sql, logger.child({ component: 'ingest' }), (outboxIds) => relay.kick(outboxIds), metrics, {
    maxWaitMs: config.ingest.batchWaitMs,
    maxBatch: config.ingest.batchMax,
    concurrency: config.ingest.batchConcurrency,
  });

  const embedder = createEmbedder(config);
  const chat = createChatModel(config);
  const retrievalDatabase = connectDatabase(config.db.url, { max: config.db.poolMax, statementTimeoutMs: config.limits.retrieval.statementTimeoutMs });
  if (config.rag.wordVectorsDir && !wordVectorsInstalled(config.rag.wordVectorsDir)) {
    logger.warn({ dir: config.rag.wordVectorsDir }, 'word vectors not installed (node scripts/ensure-word-vectors.mjs): retrieval runs without the word-vector ranking');
  }
  const retriever = new TimeBoundedRetriever(retrievalDatabase.db, embedder, logger.child({ component: 'retriever' }), { dictionaryDir: config.rag.dictionaryDir, thesaurusDir: config.rag.thesaurusDir, wordVectorsDir: config.rag.wordVectorsDir, semanticAbsentMass: config.rag.semanticAbsentMass, snapshotMaxChunks: config.rag.snapshotMaxChunks, onSnapshotError: (err) => logger.warn({ err }, 'retrieval: a knowledge base could not be held in memory; its questions read Postgres') });
  const botConfigs = new BotConfigService(db, config.rag.unsureThreshold);
  const kbLexemes = new KbLexemes(retrievalDatabase.db);
  const responder = configuredResponder(
    config,
    new RagResponder({
      retriever,
      chat,
      logger: logger.child({ component: 'rag' }),
      unsureThreshold: config.rag.unsureThreshold,
      botConfigs,
      lexemes: kbLexemes,
      localEmbedder: embedder.local,
      ...(config.rag.kbCalibration ? { kbThresholds: new KbThresholds(db) } : {}),
    }),
  );
  const kbCalibrator = config.rag.kbCalibration
    ? new KbCalibrator(db, retriever, { defaultThreshold: config.rag.unsureThreshold, logger: logger.child({ component: 'kb-calibration' }), kbLexemes, localEmbedder: embedder.local })
    : null;

  const inbox = new InboxPublisher(redis, config.redis.prefix);
  const notifier = new EmailNotifier({ enabled: config.notifications.smtpUrl !== null });
  const email = new EmailService(db, { ...config.notifications, publicBaseUrl: config.http.publicBaseUrl });
  const plans = new PlanService(db);
  const tickets = new TicketQueries(db);
  const teams = new TeamService(db);
  const routingRules = new RoutingRulesRepo(db);
  const ticketEscalation = new TicketEscalationService({
    router: new TicketRouter(teams, routingRules),
    db,
    inbox,
    logger: logger.child({ component: 'tickets' }),
    onWorkRecorded: kick,
    summarizer: chat ? new ChatSummarizer(chat) : null,
    ensureTenantDefaults: ensureEscalationDefaults,
    plans,
    slaWarningMinutes: config.desk.slaWarningMinutes,
    notifier,
  });
  const csat = new CsatService(db, kick);
  const agentActions = new AgentActionsService({ db, inbox, tickets, escalation: ticketEscalation, csat, onWorkRecorded: kick, slaWarningMinutes: config.desk.slaWarningMinutes, notifier });
  const ticketDesk = new TicketDeskService({ db, inbox, agentActions, plans, ensureTenantDefaults: ensureEscalationDefaults, slaWarningMinutes: config.desk.slaWarningMinutes, onWorkRecorded: kick, notifier });
  const escalationRules = new EscalationRulesRepo(db);
  const escalationHooks = new EscalationHooks(
    db,
    escalationRules,
    ticketEscalation,
    csat,
    chat ? new ChatSentimentScorer(chat) : new LexiconSentimentScorer(),
    logger.child({ component: 'escalation' }),
    chat ? new ChatEscalationClassifier(chat) : null,
    config.escalation.learned ? productDetector : null,
  );

  const s3 = config.attachments.s3;
  const storage: AttachmentStorage = s3 ? new S3Storage(s3) : new LocalStorage(path.join(config.paths.dataDir, 'attachments'));
  const attachments = new AttachmentService({
    db,
    storage,
    signer: new FileUrlSigner(config.security.encryptionKey, config.attachments.urlTtlSeconds),
    defaultMaxBytes: config.attachments.maxBytes,
    publicBaseUrl: config.http.publicBaseUrl,
    logger: logger.child({ component: 'attachments' }),
  });

  // The conversation locks hold one connection per job in flight for the whole job: their own pool (opened on
  // first use), so the jobs' queries never wait behind them in the main pool.
  const lockDatabase = connectDatabase(config.db.url, { max: config.worker.concurrency });
  const processorWith = (p: { responder: Responder; hooks?: ConversationHooks }) =>
    new ConversationProcessor({
      db,
      sql: lockDatabase.sql,
      connections,
      responder: p.responder,
      logger,
      maxSendAttempts: config.worker.attempts,
      hooks: p.hooks,
      attachments,
      onReplyPath: replyPathFaultHook(config, logger),
    });

  return {
    config,
    logger,
    database,
    retrievalDatabase,
    limits: new AbuseLimits(redis, config.redis.prefix, config.limits, logger.child({ component: 'limits' })),
    redis,
    queues,
    relay,
    metrics,
    queueOverview: new QueueOverview(db, queues),
    operators: new OperatorService(db, config.security.encryptionKey, config.ops.operatorSessionTtlSeconds),
    staffSessions: new StaffSessionService(db, config.security.staffSessionTtlSeconds),
    cannedResponses: new CannedResponsesRepo(db),
    apiKeys: new ApiKeyService(db, new AuthEventPublisher(redis, config.redis.prefix, logger.child({ component: 'auth-events' }))),
    streamTickets: new StreamTickets(redis, config.redis.prefix, config.security.streamTicketTtlSeconds),
    connections,
    botConfigs,
    ingest,
    conversations: new ConversationQueries(db),
    embedder,
    chat,
    knowledge: new KnowledgeService(db, kick),
    knowledgeQuota: new KnowledgeQuota(new UsageQueries(db), config.limits.knowledge),
    retriever,
    kbCalibrator,
    indexer: new DocumentIndexer(db, embedder, { maxChunksPerDocument: config.limits.knowledge.maxChunksPerDocument, maxChunksPerTenant: config.limits.knowledge.maxChunksPerTenant }),
    responder,
    tickets,
    ticketEscalation,
    agentActions,
    csat,
    escalationRules,
    escalationHooks,
    agents: new AgentsRepo(db, plans),
    analytics: new AnalyticsQueries(db),
    plans,
    customers: new CustomerService(db, attachments),
    audit: new AuditQueries(db),
    retention: new RetentionService(db, logger.child({ component: 'retention' })),
    ticketDesk,
    categories: new CategoriesRepo(db, ensureEscalationDefaults),
    sla: new SlaMonitor(db, inbox, config.desk.slaWarningMinutes, { notifier, onWorkRecorded: kick }),
    inactivity: new InactivityService(db, csat, config.desk.inactivityMinutes, kick),
    customFields: new CustomFieldsService(db),
    aiLogs: new AiLogQueries(db),
    teams,
    routingRules,
    webhooks: new WebhookService(db, {
      encryptionKey: config.security.encryptionKey,
      allowPrivateTargets: config.webhooks.allowPrivateTargets,
      timeoutMs: config.webhooks.timeoutMs,
    }),
    notifier,
    email,
    notificationPreferences: new NotificationPreferencesService(db),
    attachments,
    processor: processorWith({ responder, hooks: escalationHooks }),
    processorWith,
    async close() {
      await relay.stop();
      email.close();
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      queueConnection.disconnect();
      redis.disconnect();
      if (storage instanceof S3Storage) storage.close();
      await Promise.all([database.close(), retrievalDatabase.close(), lockDatabase.close()]);
    },
  };
}
