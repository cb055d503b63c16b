/**
 * Builds the shared services once per process (gateway, worker, CLI, tests):
 * config → logger → Postgres → Redis → queues → outbox relay → services.
 */
import type { Logger } from 'pino';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import { createLogger } from '../logging/logger.js';
import { connectDatabase, type Database } from '../db/client.js';
import { CONVERSATION_QUEUE, INGESTION_QUEUE, createQueue, producerConnection } from '../queue/queues.js';
import { OutboxRelay } from '../queue/outbox.js';
import { ConnectionService } from '../channels/connection.service.js';
import { IngestService } from '../conversation/ingest.service.js';
import { KnowledgeService } from '../rag/knowledge.service.js';
import { InboxPublisher } from '../tickets/inbox-events.js';
import { TicketService } from '../tickets/ticket.service.js';
import { ChatSummarizer } from '../tickets/chat-summarizer.js';
import { createChatModel } from '../rag/models.js';

export interface Container {
  config: Config;
  logger: Logger;
  database: Database;
  /** General-purpose Redis (publish, limiters). Fails fast when Redis is down. */
  redis: Redis;
  queues: Map<string, Queue>;
  relay: OutboxRelay;
  connections: ConnectionService;
  ingest: IngestService;
  knowledge: KnowledgeService;
  tickets: TicketService;
  close(): Promise<void>;
}

export function createContainer(config: Config, opts: { logger?: Logger } = {}): Container {
  const logger = opts.logger ?? createLogger({ level: config.log.level, pretty: config.log.pretty });
  const database = connectDatabase(config.db.url, { max: config.db.poolMax });
  const redis = producerConnection(config.redis.url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  redis.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis connection error'));
  const queueConnection = producerConnection(config.redis.url);
  queueConnection.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis (queue) connection error'));
  const conversationQueue = createQueue(CONVERSATION_QUEUE, queueConnection, config.redis.prefix);
  conversationQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const ingestionQueue = createQueue(INGESTION_QUEUE, queueConnection, config.redis.prefix);
  ingestionQueue.on('error', (err: Error) => logger.debug({ err: err.message }, 'queue error'));
  const queues = new Map<string, Queue>([
    [CONVERSATION_QUEUE, conversationQueue],
    [INGESTION_QUEUE, ingestionQueue],
  ]);
  const relay = new OutboxRelay(database.db, queues, logger.child({ component: 'outbox' }), {
    pollMs: config.worker.outboxPollMs,
    attempts: config.worker.attempts,
  });
  const connections = new ConnectionService({
    db: database.db,
    redis,
    logger,
    encryptionKey: config.security.encryptionKey,
    endpoints: config.platforms,
    publicBaseUrl: config.http.publicBaseUrl,
    keyPrefix: config.redis.prefix,
  });
  const ingest = new IngestService(database.db, logger.child({ component: 'ingest' }), () => relay.kick());
  const knowledge = new KnowledgeService(database.db, () => relay.kick());
  const tickets = new TicketService(database.db, new InboxPublisher(redis, config.redis.prefix), logger.child({ component: 'tickets' }), () => relay.kick());
  const chat = createChatModel(config);
  if (chat) tickets.setSummarizer(new ChatSummarizer(chat));

  return {
    config,
    logger,
    database,
    redis,
    queues,
    relay,
    connections,
    ingest,
    knowledge,
    tickets,
    async close() {
      await relay.stop();
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      queueConnection.disconnect();
      redis.disconnect();
      await database.close();
    },
  };
}
