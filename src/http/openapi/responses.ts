/**
 * The API's answers as zod schemas: the OpenAPI document shows them, and
 * tests/integration/openapi.test.ts parses real answers with them, so a view
 * that changes shape fails a test instead of drifting from the docs.
 * Objects are loose (extra keys allowed) so adding a field is not a break.
 */
import { z } from 'zod';
import { EMAIL_PREFERENCE_KEYS, type EmailPreferenceKey } from '../../notifications/preferences.js';
import { webchatWidgetSchema } from '../../../channels/webchat/webchat.schema.js';
import {
  CHANNEL_TYPES,
  CONVERSATION_STATUSES,
  CUSTOM_FIELD_ENTITIES,
  CUSTOM_FIELD_TYPES,
  DELIVERY_STATUSES,
  DIRECTIONS,
  MESSAGE_KINDS,
  SENDER_TYPES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  USER_ROLES,
  USER_STATUSES,
} from '../../domain/model.js';

const id = z.string().uuid();
const date = z.string().datetime({ offset: true });
const nullableDate = date.nullable();
const obj = z.record(z.string(), z.unknown());

export const ErrorResponse = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }).meta({ id: 'Error' });

export const Channel = z
  .looseObject({ id, type: z.enum(CHANNEL_TYPES), name: z.string(), status: z.string(), statusReason: z.string().nullable(), webhookUrl: z.string(), settings: obj, createdAt: date })
  .meta({ id: 'Channel', description: 'A channel connection; credentials are never returned.' });

export const BotConfig = z
  .looseObject({
    channelId: id,
    knowledgeBaseIds: z.array(id).nullable(),
    answerThreshold: z.number().nullable(),
    greeting: z.string().nullable(),
    botName: z.string().nullable(),
    widget: webchatWidgetSchema.nullable(),
    isDefault: z.boolean(),
    effectiveThreshold: z.number(),
  })
  .meta({ id: 'BotConfig' });

/** `GET /api/v1/webchat/:connectionId/config`: what the chat page and the loader show (public). */
export const WebchatConfig = z
  .looseObject({
    connectionId: id,
    botName: z.string(),
    welcomeMessage: z.string(),
    color: z.string(),
    logoUrl: z.string().nullable(),
    position: z.enum(['left', 'right']),
    preChatForm: z.boolean(),
  })
  .meta({ id: 'WebchatConfig' });

export const ConversationSummary = z
  .looseObject({ id, channel: z.enum(CHANNEL_TYPES), connectionId: id, status: z.enum(CONVERSATION_STATUSES), botPaused: z.boolean(), assignedAgentId: id.nullable(), customerId: id, customerName: z.string().nullable(), lastMessageAt: nullableDate, createdAt: date })
  .meta({ id: 'ConversationSummary' });

export const Conversation = z
  .looseObject({
    id,
    status: z.enum(CONVERSATION_STATUSES),
    channel: z.enum(CHANNEL_TYPES),
    customerId: id,
    botPaused: z.boolean(),
    assignedAgentId: id.nullable(),
    customFields: obj,
    lastMessageAt: nullableDate,
    completedAt: nullableDate,
    createdAt: date,
    statusHistory: z.array(z.looseObject({ from: z.string().nullable(), to: z.string(), cause: z.string(), at: date })),
    feedback: z.array(obj),
  })
  .meta({ id: 'Conversation' });

export const Attachment = z
  .looseObject({ id, fileName: z.string(), contentType: z.string().nullable(), size: z.number().int().nullable(), url: z.string().nullable(), status: z.enum(['stored', 'too_large', 'failed', 'pending']) })
  .meta({ id: 'Attachment', description: 'A file of a message. `url` needs auth (GET /api/v1/attachments/{id}); in the web chat stream it is a signed /files/{token} link. Null while not stored.' });

export const AttachmentSettings = z
  .looseObject({ attachmentMaxBytes: z.number().int().nullable(), defaultMaxBytes: z.number().int(), effectiveMaxBytes: z.number().int() })
  .meta({ id: 'AttachmentSettings' });

export const Message = z
  .looseObject({
    id,
    conversationId: id,
    direction: z.enum(DIRECTIONS),
    senderType: z.enum(SENDER_TYPES),
    kind: z.enum(MESSAGE_KINDS),
    text: z.string(),
    payload: obj,
    deliveryStatus: z.enum(DELIVERY_STATUSES).nullable(),
    attachments: z.array(Attachment).optional(),
    createdAt: date,
  })
  .meta({ id: 'Message' });

export const Agent = z
  .looseObject({ id, email: z.string(), name: z.string(), role: z.enum(USER_ROLES), skills: z.array(z.string()), languages: z.array(z.string()), team: z.string().nullable(), status: z.enum(USER_STATUSES), currentLoad: z.number().int(), maxLoad: z.number().int() })
  .meta({ id: 'Agent' });

export const AgentCreated = Agent.extend({ apiKey: z.string().describe('shown once') }).meta({ id: 'AgentCreated' });

export const KnowledgeBase = z
  .looseObject({
    id,
    name: z.string(),
    description: z.string().nullable(),
    status: z.string(),
    language: z.string(),
    documentCount: z.number().int(),
    calibration: z
      .looseObject({
        threshold: z.number(),
        source: z.enum(['calibrated', 'default']),
        reason: z.string().optional(),
        documents: z.number().int(),
        probes: z.looseObject({ answerable: z.number().int(), adjacent: z.number().int(), general: z.number().int() }),
        answerableMedian: z.number().nullable(),
        adjacentMedian: z.number().nullable(),
        calibratedAt: date,
      })
      .nullable()
      .describe('its own unsure threshold, derived from questions it asked itself when last (re)indexed; null: not calibrated (yet)'),
    lastUpdatedAt: date,
    createdAt: date,
  })
  .meta({ id: 'KnowledgeBase' });

export const Document = z
  .looseObject({
    id,
    knowledgeBaseId: id,
    title: z.string(),
    format: z.string(),
    status: z.string().describe('UPLOADED → PROCESSING → CHUNKING → EMBEDDING → INDEXED | FAILED'),
    statusReason: z.string().nullable(),
    tags: z.array(z.string()),
    type: z.string(),
    published: z.boolean(),
    metadata: obj,
    version: z.number().int(),
    chunkCount: z.number().int(),
    createdAt: date,
    updatedAt: date,
    indexedAt: nullableDate,
  })
  .meta({ id: 'Document' });

export const DocumentAccepted = z.looseObject({ id, status: z.string() }).meta({ id: 'DocumentAccepted' });

export const SearchHit = z.looseObject({ documentId: id, title: z.string(), score: z.number() }).meta({ id: 'SearchHit' });

const sla = z.looseObject({ firstResponseBreached: z.boolean(), resolutionBreached: z.boolean(), paused: z.boolean(), pausedSince: nullableDate, pausedSeconds: z.number() });

export const Ticket = z
  .looseObject({
    id,
    conversationId: id.nullable(),
    customerId: id.nullable(),
    title: z.string(),
    status: z.enum(TICKET_STATUSES),
    priority: z.enum(TICKET_PRIORITIES),
    categoryId: id.nullable(),
    tags: z.array(z.string()),
    customFields: obj,
    assigneeId: id.nullable(),
    teamId: id.nullable(),
    escalationRuleId: id.nullable(),
    escalationEvidence: z.unknown(),
    firstResponseDueAt: nullableDate,
    resolutionDueAt: nullableDate,
    lastActivityAt: date,
    createdAt: date,
    slaBreached: z.boolean(),
    sla,
  })
  .meta({ id: 'Ticket' });

export const TicketEvent = z
  .looseObject({ id, type: z.string(), content: z.string().nullable(), fieldName: z.string().nullable(), role: z.string().nullable(), visibility: z.string().nullable(), createdAt: date })
  .meta({ id: 'TicketEvent' });

export const TicketDetail = Ticket.extend({ history: z.array(TicketEvent), messages: z.array(Message) }).meta({ id: 'TicketDetail' });

export const Team = z
  .looseObject({ id, name: z.string(), memberIds: z.array(id), timeZone: z.string(), holidays: z.array(z.string()), openNow: z.boolean(), nextOpeningAt: nullableDate, createdAt: date, updatedAt: date })
  .meta({ id: 'Team' });

export const RoutingRule = z.looseObject({ id, name: z.string() }).meta({ id: 'RoutingRule' });

export const ApiKey = z
  .looseObject({ id, name: z.string(), prefix: z.string(), role: z.string(), userId: id.nullable(), kind: z.string(), state: z.string(), createdAt: date, lastUsedAt: nullableDate, expiresAt: nullableDate, revokedAt: nullableDate })
  .meta({ id: 'ApiKey', description: 'Never the key itself, except once in the answer that creates it.' });

export const ApiKeyCreated = ApiKey.extend({ apiKey: z.string().describe('shown once') }).meta({ id: 'ApiKeyCreated' });

export const CustomField = z
  .looseObject({ id, entity: z.enum(CUSTOM_FIELD_ENTITIES), key: z.string(), label: z.string(), type: z.enum(CUSTOM_FIELD_TYPES), options: z.array(z.string()), required: z.boolean(), createdAt: date, updatedAt: date })
  .meta({ id: 'CustomField' });

export const Customer = z
  .looseObject({ id, name: z.string().nullable(), email: z.string().nullable(), emailVerified: z.boolean(), phone: z.string().nullable(), language: z.string().nullable(), tags: z.array(z.string()), customFields: obj, mergedIntoId: id.nullable(), erasedAt: nullableDate, createdAt: date, updatedAt: date })
  .meta({ id: 'Customer' });

export const CustomerDetail = Customer.extend({
  identities: z.array(z.looseObject({ id, channel: z.enum(CHANNEL_TYPES), connectionId: id, externalUserId: z.string(), status: z.string(), createdAt: date })),
  conversations: z.array(z.looseObject({ id, channel: z.enum(CHANNEL_TYPES), status: z.enum(CONVERSATION_STATUSES), createdAt: date })),
  tickets: z.array(obj),
}).meta({ id: 'CustomerDetail' });

export const EscalationRule = z
  .looseObject({ id, name: z.string(), active: z.boolean(), priorityLevel: z.number().int(), triggerKeywords: z.array(z.string()), triggerConditions: obj, ticketPriority: z.enum(TICKET_PRIORITIES), category: z.string() })
  .meta({ id: 'EscalationRule' });

export const TicketCategory = z
  .looseObject({ id, name: z.string(), firstResponseMinutes: z.number().int(), resolutionMinutes: z.number().int(), active: z.boolean(), createdAt: date, updatedAt: date })
  .meta({ id: 'TicketCategory' });

export const AuditEntry = z
  .looseObject({ id, actorType: z.string(), action: z.string(), entityType: z.string(), entityId: z.string().nullable(), changes: z.unknown(), createdAt: date })
  .meta({ id: 'AuditEntry' });

export const AiLog = z
  .looseObject({ id, step: z.string(), conversationId: id.nullable(), input: z.unknown(), output: z.unknown(), model: z.string().nullable(), confidence: z.number().nullable(), createdAt: date })
  .meta({ id: 'AiLog' });

export const WebhookSubscription = z.looseObject({ id, url: z.string(), events: z.array(z.string()) }).meta({ id: 'WebhookSubscription' });

export const CommunicationLogEntry = z
  .looseObject({ id, channel: z.string(), recipient: z.string(), template: z.string().nullable(), status: z.string(), attempts: z.number().int(), createdAt: date })
  .meta({ id: 'CommunicationLogEntry' });

export const NotificationPreferences = z
  .looseObject({
    userId: id,
    email: z.string(),
    role: z.enum(USER_ROLES),
    active: z.boolean(),
    preferences: z.object(Object.fromEntries(EMAIL_PREFERENCE_KEYS.map((k) => [k, z.boolean()])) as Record<EmailPreferenceKey, z.ZodBoolean>),
  })
  .meta({ id: 'NotificationPreferences' });

export const TenantInfo = z
  .looseObject({ tenantId: id, name: z.string(), plan: z.string(), retentionDays: z.number().int(), limits: obj, usage: obj })
  .meta({ id: 'TenantInfo' });

export const Me = z.looseObject({ tenantId: id, role: z.enum(USER_ROLES), keyId: id.nullable(), userId: id.nullable() }).meta({ id: 'Me' });

export const WebchatSession = z.looseObject({ token: z.string(), expiresAt: date, conversationId: id, visitorId: z.string(), resumed: z.boolean() }).meta({ id: 'WebchatSession' });

export const MessageAccepted = z.looseObject({ accepted: z.boolean(), duplicate: z.boolean(), messageId: id, conversationId: id }).meta({ id: 'MessageAccepted' });

const staffUser = z.looseObject({ id, email: z.string(), name: z.string(), role: z.enum(USER_ROLES) });

export const SignedIn = z.looseObject({ user: staffUser, tenant: z.looseObject({ id, name: z.string() }), expiresAt: date }).meta({ id: 'SignedIn' });

export const WhoAmI = z.looseObject({ user: staffUser.nullable(), tenant: z.looseObject({ id, name: z.string() }), role: z.enum(USER_ROLES) }).meta({ id: 'WhoAmI' });

export const CannedResponse = z.looseObject({ id, shortcut: z.string(), text: z.string(), createdBy: id.nullable(), createdAt: date }).meta({ id: 'CannedResponse' });

/** `{ items: [...] }`, the shape of every list. */
export const list = <T extends z.ZodType>(item: T) => z.looseObject({ items: z.array(item) });
/** A list with paging figures. */
export const page = <T extends z.ZodType>(item: T) => z.looseObject({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
