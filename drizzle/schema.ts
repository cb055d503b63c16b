/**
 * The data model (Postgres via Drizzle). Grown from the seeds in
 * ../shared/seeds: tenants/users/api keys (000, 004), channel connections,
 * customers with one identity per channel account, conversations with the
 * seed-002 lifecycle, messages, the transactional outbox, AI processing logs.
 * Every row that belongs to a tenant carries `tenant_id` and every query in
 * src/db filters on it.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  customType,
  foreignKey,
  vector,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CHANNEL_TYPES,
  CONNECTION_STATUSES,
  CONVERSATION_STATUSES,
  DELIVERY_STATUSES,
  DIRECTIONS,
  MESSAGE_KINDS,
  PROCESSING_STATUSES,
  SENDER_TYPES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  USER_ROLES,
  type CustomFieldEntity,
  type CustomFieldType,
  type DocumentType,
  type KbCalibration,
  type TicketEventRole,
  type TicketEventType,
  type TicketEventVisibility,
} from '../src/domain/model.js';

export const channelType = pgEnum('channel_type', CHANNEL_TYPES);
export const connectionStatus = pgEnum('connection_status', CONNECTION_STATUSES);
export const conversationStatus = pgEnum('conversation_status', CONVERSATION_STATUSES);
export const messageDirection = pgEnum('message_direction', DIRECTIONS);
export const senderType = pgEnum('sender_type', SENDER_TYPES);
export const messageKind = pgEnum('message_kind', MESSAGE_KINDS);
export const deliveryStatus = pgEnum('delivery_status', DELIVERY_STATUSES);
export const processingStatus = pgEnum('processing_status', PROCESSING_STATUSES);
export const userRole = pgEnum('user_role', USER_ROLES);

/** Vector size of knowledge chunks: the local embedder and OpenAI (with `dimensions`) both produce it. */
export const EMBEDDING_DIMENSIONS = 1024;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** basic | pro | enterprise (src/tenancy/plans.ts: monthly ticket and agent limits). */
  plan: text('plan').notNull().default('basic'),
  /** Tickets and messages older than this are purged by the retention job (seed 004: 2 years). */
  retentionDays: integer('retention_days').notNull().default(730),
  /** Largest attachment this tenant accepts (bytes); null = ATTACHMENT_MAX_BYTES. */
  attachmentMaxBytes: integer('attachment_max_bytes'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull().default('agent'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    team: text('team'),
    /**
     * Presence: active | away | offline (assignment takes only `active`), or
     * `deactivated`: the person left; every key of theirs stops working.
     */
    status: text('status').notNull().default('active'),
    currentLoad: integer('current_load').notNull().default(0),
    maxLoad: integer('max_load').notNull().default(10),
    /** Round-robin assignment takes the agent assigned longest ago. */
    lastAssignedAt: timestamp('last_assigned_at', { withTimezone: true }),
    /**
     * Which e-mail notifications the user turned off or on (src/notifications/preferences.ts):
     * only the keys the user set; every other one is on.
     */
    notificationPreferences: jsonb('notification_preferences').$type<Record<string, boolean>>().notNull().default({}),
    /**
     * Staff sign-in (src/security/passwords.ts): `scrypt$N$r$p$<salt>$<hash>`
     * with a per-user random salt; null = no password (keys only). Never leaves the server.
     */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_tenant_email_uq').on(t.tenantId, t.email)],
);

/**
 * Browser sessions of staff users (cookie `gw_session`, src/tenancy/staff-sessions.service.ts).
 * Only the SHA-256 of the token is stored. A session grants the user's *current*
 * role while the user is not deactivated, until it expires or is revoked.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('staff_sessions_token_uq').on(t.tokenHash), index('staff_sessions_user_idx').on(t.tenantId, t.userId)],
);

/** Canned responses of a tenant's agents (`/` in the composer): a short name and the text it inserts. */
export const cannedResponses = pgTable(
  'canned_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    shortcut: text('shortcut').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('canned_responses_tenant_shortcut_uq').on(t.tenantId, t.shortcut)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /**
     * The person the key belongs to: the key has that user's *current* role and
     * works only while the user is not deactivated. Deleting the user deletes its keys.
     */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** First characters of the key, shown in lists so admins can tell keys apart. */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key; the key itself is shown once and never stored. */
    keyHash: text('key_hash').notNull(),
    /** Only for service keys (no user): a user's key takes its role from `users.role`, and this stays null. */
    role: userRole('role'),
    permissions: jsonb('permissions').$type<string[]>().notNull().default([]),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** After this instant the key no longer authenticates (null: no expiry). */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_keys_hash_uq').on(t.keyHash), index('api_keys_tenant_idx').on(t.tenantId)],
);

export const channelConnections = pgTable(
  'channel_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    type: channelType('type').notNull(),
    name: text('name').notNull(),
    /** AES-256-GCM ciphertext of the credentials JSON (src/security/crypto.ts), bound to the tenant. */
    credentialsEnc: text('credentials_enc').notNull(),
    /** Generated by the gateway: webhook secret token / web chat token key material. */
    webhookSecret: text('webhook_secret').notNull(),
    status: connectionStatus('status').notNull().default('active'),
    statusReason: text('status_reason'),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('channel_connections_tenant_idx').on(t.tenantId)],
);

export const customers = pgTable(
  'customers',
  {
    /** Time-ordered (UUIDv7, see src/db/uuidv7.ts): inserts at message rate stay on the index's right-most leaves. */
    id: uuid('id').primaryKey().default(sql`uuid_generate_v7()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    displayName: text('display_name'),
    email: text('email'),
    phone: text('phone'),
    language: text('language'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /** Values of the tenant's customer custom fields, by key. */
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    /** The email was entered by staff or confirmed by a channel; only verified emails suggest merges. */
    emailVerified: boolean('email_verified').notNull().default(false),
    /** Set when this customer was merged into another: everything it had moved there. */
    mergedIntoId: uuid('merged_into_id'),
    /** GDPR erasure: personal data anonymised at this time (statistics kept). */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('customers_tenant_idx').on(t.tenantId),
    index('customers_tenant_email_idx').on(t.tenantId, sql`lower(${t.email})`),
    index('customers_tenant_phone_idx').on(t.tenantId, t.phone),
  ],
);

export const channelIdentities = pgTable(
  'channel_identities',
  {
    /** Time-ordered (UUIDv7, see src/db/uuidv7.ts): inserts at message rate stay on the index's right-most leaves. */
    id: uuid('id').primaryKey().default(sql`uuid_generate_v7()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull().references(() => customers.id, { onDelete: 'cascade' }),
    connectionId: uuid('connection_id').notNull().references(() => channelConnections.id, { onDelete: 'cascade' }),
    channel: channelType('channel').notNull(),
    externalUserId: text('external_user_id').notNull(),
    displayName: text('display_name'),
    language: text('language'),
    /** active | blocked (the customer unfollowed / blocked the bot) */
    status: text('status').notNull().default('active'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('channel_identities_conn_ext_uq').on(t.connectionId, t.externalUserId),
    index('channel_identities_customer_idx').on(t.customerId),
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    /** Time-ordered (UUIDv7, see src/db/uuidv7.ts): inserts at message rate stay on the index's right-most leaves. */
    id: uuid('id').primaryKey().default(sql`uuid_generate_v7()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull().references(() => customers.id, { onDelete: 'cascade' }),
    connectionId: uuid('connection_id').notNull().references(() => channelConnections.id, { onDelete: 'cascade' }),
    identityId: uuid('identity_id').notNull().references(() => channelIdentities.id, { onDelete: 'cascade' }),
    channel: channelType('channel').notNull(),
    /** Where replies go on the platform: chat id, group id, Teams conversation id... */
    externalThreadId: text('external_thread_id').notNull(),
    status: conversationStatus('status').notNull().default('NEW'),
    botPaused: boolean('bot_paused').notNull().default(false),
    assignedAgentId: uuid('assigned_agent_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Channel context only (group info, Teams conversation reference, LINE reply token...),
     * written by the adapters through `threadMetadata` / `conversationMetadataPatch`.
     * State the app's own modules share is in the typed columns below.
     */
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /** Bot answers in a row that said it was not sure (escalation condition `consecutiveUnsure`); 0 after hand-back and close. */
    consecutiveUnsure: integer('consecutive_unsure').notNull().default(0),
    /** Values of the tenant's `conversation` custom fields (validated by src/custom-fields). */
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * Chat feedback (no ticket): `rating` — the bot-only conversation completed and asked for 1–5;
     * `comment` — rated, the next message (until `awaiting_csat_until`) is stored as the comment.
     */
    awaitingFeedback: text('awaiting_feedback').$type<'rating' | 'comment'>(),
    /** The feedback row a comment is for. */
    awaitingFeedbackId: uuid('awaiting_feedback_id'),
    /** Closed by an agent and waiting for the customer's 1–5 rating of this ticket, until `awaiting_csat_until`. */
    awaitingCsatTicketId: uuid('awaiting_csat_ticket_id'),
    /** The agent the rating is for (the ticket's assignee when it was closed). */
    awaitingCsatAgentId: uuid('awaiting_csat_agent_id'),
    /** A message after this time is a new conversation, not a rating. */
    awaitingCsatUntil: timestamp('awaiting_csat_until', { withTimezone: true }),
    /**
     * Written by every inbound message (and reply), so deliberately in no index: an update that changes no
     * indexed column can be HOT (a new row version on the same page, no index entries), and the table keeps
     * free space for them (fillfactor 80, migration 0023). The lists sort by coalesce(last_message_at, created_at), which no index served.
     */
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('conversations_thread_idx').on(t.connectionId, t.externalThreadId),
    // What messages.(conversation_id, tenant_id, connection_id) references: one foreign key check per message.
    uniqueIndex('conversations_id_tenant_connection_uq').on(t.id, t.tenantId, t.connectionId),
    // At most one open conversation per platform thread: concurrent first messages converge on it.
    uniqueIndex('conversations_open_thread_uq')
      .on(t.connectionId, t.externalThreadId)
      .where(sql`status <> 'COMPLETED'`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    /** Time-ordered (UUIDv7, see src/db/uuidv7.ts): inserts at message rate stay on the index's right-most leaves. */
    id: uuid('id').primaryKey().default(sql`uuid_generate_v7()`),
    /** Global insertion order; per-conversation order is (conversation_id, seq). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /**
     * The conversation, and its tenant and connection, as ONE foreign key (`messages_conversation_fk`): Postgres
     * checks each foreign key of each inserted row with a query of its own, planned every time
     * (plan_cache_mode, src/db/client.ts): with three keys here plus the outbox's, those checks took 28% of
     * Postgres's CPU per ingested message (perf of bench/ingest-pgstats.ts). One composite key checks the same rows exist, and also that a message's tenant and connection
     * are its conversation's; deleting a tenant or a connection deletes its conversations, and so their messages.
     */
    tenantId: uuid('tenant_id').notNull(),
    conversationId: uuid('conversation_id').notNull(),
    connectionId: uuid('connection_id').notNull(),
    direction: messageDirection('direction').notNull(),
    senderType: senderType('sender_type').notNull(),
    /** The agent who wrote it (sender_type agent). */
    senderUserId: uuid('sender_user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: messageKind('kind').notNull(),
    text: text('text').notNull().default(''),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** Inbound: the platform's id for the delivery (dedup). Outbound: the id the platform gave the sent message. */
    platformMessageId: text('platform_message_id'),
    /** Outbound: deterministic key (e.g. reply:<inbound id>:<n>) so a retried job records and sends a reply once. */
    idempotencyKey: text('idempotency_key'),
    /** Outbound: the inbound message this answers. */
    inReplyTo: uuid('in_reply_to'),
    processingStatus: processingStatus('processing_status'),
    deliveryStatus: deliveryStatus('delivery_status'),
    deliveryError: text('delivery_error'),
    attempts: integer('attempts').notNull().default(0),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    platformSentAt: timestamp('platform_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('messages_conn_platform_id_uq').on(t.connectionId, t.platformMessageId).where(sql`direction = 'in'`),
    uniqueIndex('messages_idempotency_uq').on(t.connectionId, t.idempotencyKey),
    index('messages_conversation_seq_idx').on(t.conversationId, t.seq),
    index('messages_out_platform_id_idx').on(t.connectionId, t.platformMessageId).where(sql`direction = 'out'`),
    index('messages_tenant_idx').on(t.tenantId, t.createdAt),
    // The worker's pending work of a conversation (src/conversation/conversation.processor.ts): small indexes of the
    // messages still to answer or to send, so that lookup reads the conversation's few pending rows whatever the
    // planner's statistics say (on a young table they made it scan every outbound message of the tenant).
    index('messages_pending_in_idx').on(t.conversationId, t.seq).where(sql`direction = 'in' and processing_status = 'pending'`),
    index('messages_pending_out_idx').on(t.conversationId, t.seq).where(sql`direction = 'out' and delivery_status = 'pending'`),
    foreignKey({
      name: 'messages_conversation_fk',
      columns: [t.conversationId, t.tenantId, t.connectionId],
      foreignColumns: [conversations.id, conversations.tenantId, conversations.connectionId],
    }).onDelete('cascade'),
  ],
);

/**
 * Transactional outbox: work recorded in the same transaction as the data it
 * is about, relayed to BullMQ after commit (src/queue/outbox.ts). If Redis is
 * down or the process dies after commit, the relay picks the row up later.
 * A relayed row is deleted.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    queue: text('queue').notNull(),
    jobName: text('job_name').notNull(),
    /** Deterministic BullMQ job id: relaying the same row twice adds the job once. */
    jobId: text('job_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by relays before migration 0023; relayed rows are now deleted. Due rows have it null. */
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_pending_idx').on(t.availableAt).where(sql`dispatched_at IS NULL`)],
);

/** Seed 000 ai_processing_logs: every AI decision, with input, evidence, output, model and latency. */
export const aiProcessingLogs = pgTable(
  'ai_processing_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** conversation | message | document | ticket */
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    conversationId: uuid('conversation_id'),
    /** respond | retrieve | rewrite | escalation | summarize | sentiment | embed */
    processingType: text('processing_type').notNull(),
    input: jsonb('input').$type<Record<string, unknown>>().notNull().default({}),
    retrieved: jsonb('retrieved').$type<Array<{ chunkId: string; score: number }>>().notNull().default([]),
    output: jsonb('output').$type<Record<string, unknown>>().notNull().default({}),
    model: text('model').notNull(),
    modelVersion: text('model_version'),
    confidence: text('confidence'),
    latencyMs: integer('latency_ms').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('ai_logs_tenant_entity_idx').on(t.tenantId, t.entityType, t.entityId), index('ai_logs_conv_idx').on(t.conversationId)],
);

/**
 * WhatsApp Web (whatsapp-web.js RemoteAuth) session archives, one per
 * connection, so a restarted session resumes without a new QR scan. The
 * archive is encrypted like other credentials (AES-256-GCM, tenant as AAD).
 */
export const whatsappWebSessions = pgTable('whatsapp_web_sessions', {
  connectionId: uuid('connection_id')
    .primaryKey()
    .references(() => channelConnections.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
  /** Encrypted base64 of the session zip produced by RemoteAuth. */
  archiveEnc: text('archive_enc').notNull(),
  updatedAt: updatedAt(),
});

export const KNOWLEDGE_BASE_STATUSES = ['ACTIVE', 'BUILDING', 'ARCHIVED'] as const;
export const DOCUMENT_STATUSES = ['UPLOADED', 'PROCESSING', 'CHUNKING', 'EMBEDDING', 'INDEXED', 'FAILED'] as const;
export const knowledgeBaseStatus = pgEnum('knowledge_base_status', KNOWLEDGE_BASE_STATUSES);
export const documentStatus = pgEnum('document_status', DOCUMENT_STATUSES);

/** Seed 002 KnowledgeBase. `language` is the Postgres text-search configuration of its documents. */
export const knowledgeBases = pgTable(
  'knowledge_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    status: knowledgeBaseStatus('status').notNull().default('ACTIVE'),
    language: text('language').notNull().default('english'),
    documentCount: integer('document_count').notNull().default(0),
    /** Embedder that produced its vectors; a different configured embedder triggers re-embedding. */
    embeddingModel: text('embedding_model'),
    /** Its own unsure threshold, derived when it was last (re)indexed (src/rag/kb-calibration.ts); null: never calibrated. */
    calibration: jsonb('calibration').$type<KbCalibration>(),
    lastUpdatedAt: timestamp('last_updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Bumped by triggers (migration 0028) on every change of what its searches can return: a document
     * added, removed, re-titled, published or unpublished, its status or version changed, chunks written
     * or deleted. Part of the retrieval caches' version (src/rag/retrieval.queries.ts scopeRows), so an
     * in-memory copy of its chunks (src/rag/knowledge-snapshot.ts) never outlives a change.
     */
    contentVersion: bigint('content_version', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('knowledge_bases_tenant_idx').on(t.tenantId)],
);

/** Seed 002 Document, with the seed's pipeline states and the source kept for re-indexing. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    knowledgeBaseId: uuid('knowledge_base_id').notNull().references(() => knowledgeBases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** text | markdown | html | pdf */
    format: text('format').notNull(),
    /** Uploaded text (text/markdown/html) or the text extracted from `source_data` (pdf). */
    content: text('content'),
    /** Raw upload for binary formats (PDF), so extraction can be re-run. */
    sourceData: bytea('source_data'),
    sourceUrl: text('source_url'),
    fileName: text('file_name'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    category: text('category'),
    /** Seed 000 ItemType: article | faq | document | upload. */
    type: text('type').$type<DocumentType>().notNull().default('document'),
    /**
     * Seed 000 IsPublished. Unpublished documents are found by agents' searches
     * but never used in answers to customers. (The column kept its first name.)
     */
    published: boolean('is_public').notNull().default(true),
    status: documentStatus('status').notNull().default('UPLOADED'),
    statusReason: text('status_reason'),
    /** Bumped on every content change; an index job only writes chunks of the version it read. */
    version: integer('version').notNull().default(1),
    chunkCount: integer('chunk_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    indexedAt: timestamp('indexed_at', { withTimezone: true }),
  },
  (t) => [index('documents_kb_idx').on(t.tenantId, t.knowledgeBaseId)],
);

/** Seed 002 KnowledgeChunk: ≈700 characters, a pgvector embedding (HNSW, cosine) and a tsvector (GIN). */
export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    knowledgeBaseId: uuid('knowledge_base_id').notNull().references(() => knowledgeBases.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    documentVersion: integer('document_version').notNull(),
    position: integer('position').notNull(),
    content: text('content').notNull(),
    headingPath: text('heading_path').array().notNull().default(sql`'{}'::text[]`),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMENSIONS }).notNull(),
    embeddingModel: text('embedding_model').notNull(),
    tsv: tsvector('tsv').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('knowledge_chunks_embedding_hnsw').using('hnsw', t.embedding.op('vector_cosine_ops')),
    index('knowledge_chunks_tsv_gin').using('gin', t.tsv),
    index('knowledge_chunks_scope_idx').on(t.tenantId, t.knowledgeBaseId),
    index('knowledge_chunks_document_idx').on(t.documentId),
  ],
);

/**
 * Seed 000 RAGSystem, one per channel connection: which knowledge bases its bot
 * answers from (null = every active knowledge base of the tenant; an empty list =
 * none), the answer threshold (null = RAG_UNSURE_THRESHOLD), greeting and bot name.
 */
export const channelBotConfigs = pgTable('channel_bot_configs', {
  connectionId: uuid('connection_id')
    .primaryKey()
    .references(() => channelConnections.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
  knowledgeBaseIds: uuid('knowledge_base_ids').array(),
  answerThreshold: real('answer_threshold'),
  greeting: text('greeting'),
  botName: text('bot_name'),
  /** Web chat widget look (colour, logo, welcome message, position, pre-chat form): channels/webchat/webchat.schema.ts `webchatWidgetSchema`. Public. */
  widget: jsonb('widget').$type<Record<string, unknown>>(),
  updatedAt: updatedAt(),
});

export const ticketStatus = pgEnum('ticket_status', TICKET_STATUSES);
export const ticketPriority = pgEnum('ticket_priority', TICKET_PRIORITIES);

/**
 * Seed 001 escalation_rules. The trigger/assignment JSON is validated by
 * src/escalation/rules.ts before it is stored.
 */
export const escalationRules = pgTable(
  'escalation_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    priorityLevel: integer('priority_level').notNull(),
    triggerKeywords: text('trigger_keywords').array().notNull().default(sql`'{}'::text[]`),
    triggerConditions: jsonb('trigger_conditions').$type<Record<string, unknown>>().notNull().default({}),
    match: text('match').notNull().default('any'),
    ticketPriority: ticketPriority('ticket_priority').notNull(),
    category: text('category'),
    assignment: jsonb('assignment').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('escalation_rules_tenant_idx').on(t.tenantId, t.priorityLevel)],
);

/** Seed 004 categories with response/resolution SLAs in minutes. */
export const ticketCategories = pgTable(
  'ticket_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    responseSlaMinutes: integer('response_sla_minutes').notNull(),
    resolutionSlaMinutes: integer('resolution_sla_minutes').notNull(),
    /** Inactive categories keep their tickets but are not offered for new ones. */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('ticket_categories_tenant_name_uq').on(t.tenantId, t.name)],
);

/** Seeds 003/004 tickets: one per escalated conversation, with SLA due times. */
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Null for a ticket opened without a chat (phone call, e-mail, walk-in: `POST /api/v1/tickets`). */
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull().references(() => customers.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: ticketStatus('status').notNull().default('new'),
    priority: ticketPriority('priority').notNull().default('medium'),
    categoryId: uuid('category_id').references(() => ticketCategories.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    /** The chat channel it came from; null for tickets opened without a chat (see `source`). */
    sourceChannel: channelType('source_channel'),
    /** chat | phone | email | in_person | api */
    source: text('source').notNull().default('chat'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** The team whose queue the ticket is in (routing; no FK: a deleted team leaves the ticket in no queue). */
    teamId: uuid('team_id'),
    escalationRuleId: uuid('escalation_rule_id').references(() => escalationRules.id, { onDelete: 'set null' }),
    /** Why it escalated: rule evidence (matched keywords, sentiment score...) or "manual takeover". */
    escalationEvidence: jsonb('escalation_evidence').$type<Record<string, unknown>>().notNull().default({}),
    /** The customer was told once that a person will answer. */
    acknowledged: boolean('acknowledged').notNull().default(false),
    /** Opened by escalation while the tenant was over its plan's monthly ticket limit (the customer was still handed over). */
    overLimit: boolean('over_limit').notNull().default(false),
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    /** Set while the ticket is `pending` (waiting on the customer): the SLA clock stands still. */
    slaPausedAt: timestamp('sla_paused_at', { withTimezone: true }),
    /** Time spent paused so far; due times are creation + SLA minutes + this. */
    slaPausedSeconds: integer('sla_paused_seconds').notNull().default(0),
    /** Breach warnings and breaches already announced (reset when the due time moves). */
    firstResponseWarnedAt: timestamp('first_response_warned_at', { withTimezone: true }),
    firstResponseBreachedAt: timestamp('first_response_breached_at', { withTimezone: true }),
    resolutionWarnedAt: timestamp('resolution_warned_at', { withTimezone: true }),
    resolutionBreachedAt: timestamp('resolution_breached_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('tickets_tenant_activity_idx').on(t.tenantId, t.lastActivityAt),
    index('tickets_assignee_idx').on(t.tenantId, t.assigneeId),
    index('tickets_customer_idx').on(t.tenantId, t.customerId),
    // One ticket in progress per conversation.
    uniqueIndex('tickets_open_conversation_uq').on(t.conversationId).where(sql`status <> 'closed'`),
  ],
);

/**
 * Seed 000 Team: members, a weekly schedule in an IANA time zone (per weekday
 * `HH:MM-HH:MM` shifts, possibly crossing midnight; null = always open) and
 * holidays (local dates). See src/teams/schedule.ts.
 */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    focusArea: text('focus_area'),
    timeZone: text('time_zone').notNull().default('UTC'),
    schedule: jsonb('schedule').$type<Record<string, string[]>>(),
    holidays: text('holidays').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('teams_tenant_name_uq').on(t.tenantId, t.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.tenantId, t.userId)],
);

/**
 * Seed 000 TicketRoutingRule: who gets an escalated ticket. Ordered by
 * `position`; criteria and actions are validated by src/routing/evaluate.ts.
 */
export const routingRules = pgTable(
  'routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    /** After this rule matched, keep evaluating the following ones. */
    continueEvaluation: boolean('continue_evaluation').notNull().default(false),
    criteria: jsonb('criteria').$type<Record<string, unknown>>().notNull().default({}),
    actions: jsonb('actions').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('routing_rules_tenant_idx').on(t.tenantId, t.position)],
);

/** Seed 003 ticket history, one row per event, public or private. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    type: text('type').$type<TicketEventType>().notNull(),
    content: text('content'),
    fieldName: text('field_name'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    agentId: uuid('agent_id'),
    authorId: uuid('author_id'),
    role: text('role').$type<TicketEventRole>().notNull(),
    visibility: text('visibility').$type<TicketEventVisibility>().notNull().default('public'),
    messageId: uuid('message_id'),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.createdAt)],
);

/** CSAT answers (seed 003 feedback), on the ticket and in the agent's history. */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Null for feedback on a chat the bot handled alone. */
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'set null' }),
    rating: integer('rating').notNull(),
    /** Free text the customer wrote after the rating. */
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('feedback_ticket_uq').on(t.ticketId),
    uniqueIndex('feedback_chat_uq').on(t.conversationId).where(sql`ticket_id is null`),
  ],
);

/**
 * Delivery receipts that arrived before we recorded the platform's id of the
 * sent message (a WhatsApp "sent" webhook can beat our own bookkeeping); applied
 * as soon as the id is recorded, so no receipt is lost.
 */
export const earlyReceipts = pgTable(
  'early_receipts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    connectionId: uuid('connection_id').notNull().references(() => channelConnections.id, { onDelete: 'cascade' }),
    platformMessageId: text('platform_message_id').notNull(),
    status: deliveryStatus('status').notNull(),
    error: text('error'),
    createdAt: createdAt(),
  },
  (t) => [index('early_receipts_lookup_idx').on(t.connectionId, t.platformMessageId)],
);

/**
 * Platform operators' keys (`gwo_…`): they open the cross-tenant queue board
 * (/admin/queues) and nothing else. No tenant, no role in `api_keys`, so they
 * can never authenticate on /api/v1. Created only with
 * `npm run admin -- create-operator-key`; shown once, stored as SHA-256.
 */
export const operatorKeys = pgTable(
  'operator_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('operator_keys_hash_uq').on(t.keyHash)],
);

/**
 * Who did what to which record (admin actions, merges, key changes, deletions),
 * written in the transaction of the change (src/audit/audit.ts `recordAudit`).
 * Kept 1 year (seed 004), then purged by the retention job.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** The staff user behind the key (null for system actions and keys without a user). */
    actorUserId: uuid('actor_user_id'),
    actorKeyId: uuid('actor_key_id'),
    /** user | api_key | system */
    actorType: text('actor_type').notNull(),
    /** `<entity>.<verb>`: customer.update, customer.merge, channel.create, agent.update… */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_tenant_created_idx').on(t.tenantId, t.createdAt), index('audit_log_tenant_entity_idx').on(t.tenantId, t.entityType, t.entityId)],
);

/**
 * Seed 004 "deleted records: 30 days in archive": a snapshot of every deleted
 * row, purged by the retention job 30 days after `deleted_at`.
 */
export const archivedRecords = pgTable(
  'archived_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('archived_records_deleted_idx').on(t.deletedAt), index('archived_records_tenant_entity_idx').on(t.tenantId, t.entityType, t.entityId)],
);

/**
 * Every conversation lifecycle change (NEW→ACTIVE→ESCALATED→COMPLETED and back),
 * written by a trigger on `conversations` so no code path can change a status
 * without a row here. The cause comes from the transaction setting
 * `app.status_cause` (see src/conversation/status-history.ts), else a generic one.
 */
export const conversationStatusEvents = pgTable(
  'conversation_status_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    fromStatus: conversationStatus('from_status'),
    toStatus: conversationStatus('to_status').notNull(),
    cause: text('cause').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('conversation_status_events_conv_idx').on(t.conversationId, t.id)],
);


/** Seed 000 custom fields: per tenant and entity, typed, optionally required; values live in each entity's `custom_fields`. */
export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    entity: text('entity').$type<CustomFieldEntity>().notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type').$type<CustomFieldType>().notNull(),
    options: text('options').array().notNull().default(sql`'{}'::text[]`),
    required: boolean('required').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('custom_field_definitions_key_uq').on(t.tenantId, t.entity, t.key)],
);

/**
 * Outgoing event webhooks of a tenant (issue 14): a URL, the events it wants,
 * and its signing secret (AES-256-GCM with the tenant id as AAD; shown once on create).
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    secretEncrypted: text('secret_encrypted').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_subscriptions_tenant_idx').on(t.tenantId)],
);

/**
 * Seed 000 §13 CommunicationLog: every outbound notification and outgoing
 * webhook delivery, one row per delivery with its attempts and last error.
 */
export const communicationLog = pgTable(
  'communication_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** webhook | email */
    channel: text('channel').notNull(),
    /** The URL (webhook) or e-mail address. */
    recipient: text('recipient').notNull(),
    /** The event (webhook) or template (email). */
    template: text('template').notNull(),
    /** queued | sent | failed | skipped (e-mail: SMTP not configured, or the recipient was deactivated / opted out before the send) */
    status: text('status').notNull().default('queued'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    subscriptionId: uuid('subscription_id').references(() => webhookSubscriptions.id, { onDelete: 'set null' }),
    /** The staff user an e-mail goes to (checked again at send time: deactivated users never get e-mail). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The domain event's id (X-Gateway-Event-Id), shared by every delivery of one event. */
    eventId: uuid('event_id'),
    /** The exact JSON body that is signed and sent (webhooks); the template's values (e-mail). */
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('communication_log_tenant_idx').on(t.tenantId, t.createdAt)],
);

/** What an attachment belongs to (seed 000 §8: ticket, comment, knowledge-base item, chat message). */
export const ATTACHMENT_PARENT_TYPES = ['message', 'ticket', 'note'] as const;
export type AttachmentParentType = (typeof ATTACHMENT_PARENT_TYPES)[number];
/** `pending`: an inbound download not done yet; `too_large`/`failed`: only the platform reference is kept. */
export const ATTACHMENT_STATUSES = ['stored', 'too_large', 'failed', 'pending'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/**
 * Seed 000 §8 Attachment: a file a customer, an agent or the bot sent, stored
 * behind src/attachments/storage.ts. An inbound platform file whose download
 * failed or was too large keeps its platform reference (`source`) so it is never lost.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    parentType: text('parent_type').$type<AttachmentParentType>().notNull(),
    parentId: uuid('parent_id').notNull(),
    /** Index of the attachment within its parent (a message's `payload.attachments[position]`). */
    position: integer('position').notNull().default(0),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes; the platform's or browser's claim is not trusted. */
    contentType: text('content_type'),
    sizeBytes: integer('size_bytes'),
    /** sha256 of the bytes, hex. */
    checksum: text('checksum'),
    storageKey: text('storage_key'),
    /** `customer`, `bot`, or the agent's user id. */
    uploadedBy: text('uploaded_by').notNull(),
    /** The platform reference (file id, URL) of an inbound file. */
    source: jsonb('source').$type<Record<string, unknown>>(),
    status: text('status').$type<AttachmentStatus>().notNull(),
    error: text('error'),
    /** Download attempts of an inbound file (a transient failure is retried a few times, then recorded as failed). */
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('attachments_parent_uq').on(t.tenantId, t.parentType, t.parentId, t.position),
    index('attachments_tenant_idx').on(t.tenantId, t.createdAt),
    index('attachments_conversation_idx').on(t.tenantId, t.conversationId),
  ],
);
