/**
 * What the OpenAPI document says about each route, keyed by `METHOD path`
 * (Express path syntax). Bodies and queries are the very zod schemas the
 * routes parse with; paths, methods and roles come from the running app
 * (route-table.ts, `requireRole`), so only the prose lives here.
 * tests/integration/openapi.test.ts fails when a route has no entry here
 * or an entry has no route.
 */
import { z } from 'zod';
import { webchatMessageBodySchema } from '../../../channels/webchat/webchat.schema.js';
import { escalationRulePatchSchema, escalationRuleSchema } from '../../escalation/rules.js';
import { loginBody } from '../routes/admin.js';
import { loginBody as staffLoginBody, passwordBody } from '../routes/auth.js';
import { createBody as cannedResponseBody } from '../routes/canned-responses.js';
import { agentBody, patchBody as agentPatchBody } from '../routes/agents.js';
import { query as aiLogQuery } from '../routes/ai-logs.js';
import { overviewQuery, query as analyticsQuery } from '../routes/analytics.js';
import { createApiKeyBody } from '../routes/api-keys.js';
import { auditQuery } from '../routes/audit.js';
import { botConfigBody, createChannelSchema, deleteQuery as channelDeleteQuery, patchChannelSchema } from '../routes/channels.js';
import { conversationPatchBody, listQuery as conversationListQuery, messagesQuery } from '../routes/conversations.js';
import { customFieldBody, customFieldPatchBody, listQuery as customFieldListQuery } from '../routes/custom-fields.js';
import { customerPatchSchema, listQuery as customerListQuery, mergeBodySchema } from '../routes/customers.js';
import { docPatchBody, formDocFields, jsonDocBody, kbBody, kbPatchBody, searchQuery } from '../routes/knowledge.js';
import { communicationLogQuery, webhookSubscriptionBody } from '../routes/notifications.js';
import { preferencesPatchSchema } from '../../notifications/preferences.js';
import { ruleCreate, rulePatch, teamCreate, teamPatch } from '../routes/teams.js';
import { categoryBody, categoryPatchBody } from '../routes/ticket-categories.js';
import { assignBody, fileReplyFields, handbackBody, listQuery as ticketListQuery, textBody, ticketCreateBody, ticketPatchBody } from '../routes/tickets.js';
import { sessionBody, streamQuery, uploadFields } from '../routes/webchat.js';
import { settingsBody as attachmentSettingsBody } from '../routes/attachments.js';
import * as R from './responses.js';

/** Who may call a route besides what `requireRole` says. */
export type Security = 'apiKey' | 'visitor' | 'operator' | 'platform' | 'none';

export interface Operation {
  tag: string;
  summary: string;
  description?: string;
  security?: Security;
  body?: z.ZodType;
  /** Media type of the body (default application/json). */
  bodyType?: 'application/json' | 'multipart/form-data' | '*/*' | 'application/x-www-form-urlencoded';
  /** A second accepted body media type (JSON or multipart). */
  altBody?: { type: 'multipart/form-data' | 'application/json'; schema: z.ZodType };
  query?: z.ZodType;
  /** Success status → schema (or a media type + description for non-JSON answers). */
  ok: Record<number, z.ZodType | { description: string; mediaType?: string }>;
  /** Documented error statuses besides the ones derived (401/403 from security and roles, 400 from inputs, 404 from path ids). */
  errors?: number[];
}

const none = { description: 'No content' };
const html = { description: 'HTML page', mediaType: 'text/html' };
const sse = { description: 'Server-sent events', mediaType: 'text/event-stream' };
const anyJson = (description: string) => ({ description, mediaType: 'application/json' });
const ok = (schema: z.ZodType) => ({ 200: schema });
const created = (schema: z.ZodType) => ({ 201: schema });

export const operations: Record<string, Operation> = {
  // ----------------------------------------------------------------- operations
  'GET /health': { tag: 'Operations', security: 'none', summary: 'Liveness', ok: { 200: z.object({ status: z.literal('ok') }) } },
  'GET /ready': { tag: 'Operations', security: 'none', summary: 'Readiness: {status, checks: {postgres, redis}} with ok|down (reasons are logged, not returned)', ok: { 200: anyJson('ready') }, errors: [503] },
  'GET /metrics': { tag: 'Operations', security: 'none', summary: 'Prometheus metrics (prom-client exposition)', ok: { 200: { description: 'metrics', mediaType: 'text/plain' } } },
  'GET /openapi.json': { tag: 'Operations', security: 'none', summary: 'This document', ok: { 200: anyJson('OpenAPI 3.1') } },
  'GET /api/v1/queues': { tag: 'Operations', summary: "Queue counts and recent failures of the caller's tenant", ok: { 200: anyJson('queue overview') } },
  'GET /api/v1/me': { tag: 'Operations', summary: 'Who the key belongs to: tenant, current role, key and user ids', ok: ok(R.Me) },
  'GET /api/v1/tenant': { tag: 'Operations', summary: "The tenant's plan, limits and this month's usage", ok: ok(R.TenantInfo) },

  // ----------------------------------------------------------------- pages
  'GET /chat/:connectionId': { tag: 'Pages', security: 'none', summary: 'The web chat page of a connection (framed by the widget)', ok: { 200: html } },
  'GET /widget.js': { tag: 'Pages', security: 'none', summary: 'The embeddable widget loader: <script src=".../widget.js" data-connection="<id>" async> (cached 5 min, loadable from any site)', ok: { 200: { description: 'JavaScript', mediaType: 'text/javascript' } }, errors: [503] },
  'GET /inbox': { tag: 'Pages', security: 'none', summary: 'The agent workspace', ok: { 200: html } },
  'GET /docs': { tag: 'Pages', security: 'none', summary: 'Interactive API documentation (Swagger UI over /openapi.json)', ok: { 200: html } },
  'GET /admin': { tag: 'Pages', security: 'none', summary: 'The admin console', ok: { 200: html } },
  'GET /login': { tag: 'Pages', security: 'none', summary: 'Staff sign-in page (?next= a path of this site)', ok: { 200: html } },
  'GET /admin/login': { tag: 'Pages', security: 'none', summary: 'Operator sign-in page (Bull Board)', ok: { 200: html } },
  'POST /admin/login': { tag: 'Pages', security: 'none', summary: 'Operator sign-in with an operator key: sets the operator session cookie', body: loginBody, altBody: { type: 'application/json', schema: loginBody }, bodyType: 'application/x-www-form-urlencoded', ok: { 200: anyJson('signed in') }, errors: [401, 429] },
  'POST /admin/logout': { tag: 'Pages', security: 'none', summary: 'Operator sign-out', ok: { 303: { description: 'redirect to the sign-in page' } } },

  // ----------------------------------------------------------------- staff sign-in
  'POST /api/v1/auth/login': {
    tag: 'Sign-in',
    security: 'none',
    summary: 'Staff sign-in with e-mail and password: sets the httpOnly gw_session cookie',
    description: 'Unknown e-mail, wrong password, deactivated user: the same 401. An e-mail that signs in to several tenants gets 409 tenant_required listing them; tenantId then picks one. Failed sign-ins are throttled (429).',
    body: staffLoginBody,
    ok: { 200: R.SignedIn },
    errors: [401, 409, 429],
  },
  'POST /api/v1/auth/logout': { tag: 'Sign-in', security: 'none', summary: 'End the staff session (the cookie is cleared, the session revoked)', ok: { 204: none } },
  'GET /api/v1/auth/me': { tag: 'Sign-in', summary: 'Who is signed in (session or key): user, tenant, role', ok: { 200: R.WhoAmI } },
  'PUT /api/v1/me/password': { tag: 'Sign-in', summary: "Change the caller's password (currentPassword required when one is set)", body: passwordBody, ok: { 204: none }, errors: [401] },

  // ----------------------------------------------------------------- webhooks
  'GET /webhooks/:channel/:connectionId': { tag: 'Webhooks', security: 'platform', summary: 'Platform verification challenge (WhatsApp hub.challenge, WeChat echostr)', ok: { 200: { description: 'challenge echoed', mediaType: 'text/plain' } }, errors: [403] },
  'POST /webhooks/:channel/:connectionId': {
    tag: 'Webhooks',
    security: 'platform',
    summary: 'Platform webhook: verified against the raw body, stored once, answered asynchronously',
    description: 'The platform signature is checked on the raw body (401 when forged); a malformed payload gets 400 with the reason; a redelivery is stored once.',
    body: z.unknown(),
    bodyType: '*/*',
    ok: { 200: anyJson('accepted (also for redeliveries and ignored event types)') },
    errors: [401, 413, 429, 503],
  },

  // ----------------------------------------------------------------- web chat (visitor tokens)
  'GET /api/v1/webchat/:connectionId/config': { tag: 'Web chat', security: 'none', summary: "The widget's public look: bot name, welcome message, colour, logo, position, pre-chat form (set with PUT /api/v1/channels/{id}/bot {widget})", ok: ok(R.WebchatConfig) },
  'POST /api/v1/webchat/:connectionId/sessions': { tag: 'Web chat', security: 'none', summary: 'Start (or resume with a token) a visitor session; name/email from the pre-chat form go to the customer profile', body: sessionBody, ok: { 200: R.WebchatSession, 201: R.WebchatSession }, errors: [429] },
  'POST /api/v1/webchat/:connectionId/messages': { tag: 'Web chat', security: 'visitor', summary: 'A visitor message; idempotent on clientMessageId', body: webchatMessageBodySchema, ok: { 202: R.MessageAccepted }, errors: [413, 429] },
  'POST /api/v1/webchat/:connectionId/attachments': {
    tag: 'Web chat',
    security: 'visitor',
    summary: 'Send a file as the visitor: size (tenant limit) and type (sniffed from the bytes) checked, then a customer message of kind image or file; idempotent on clientMessageId',
    body: uploadFields.extend({ file: z.string().meta({ format: 'binary' }) }),
    bodyType: 'multipart/form-data',
    ok: {
      202: R.MessageAccepted.partial({ messageId: true, conversationId: true }).extend({
        attachment: z
          .object({ fileName: z.string(), contentType: z.string(), size: z.number().int(), url: z.string().nullable().meta({ description: 'signed /files/ link (null for a duplicate)' }) })
          .meta({ description: 'the stored file' }),
      }),
    },
    errors: [413, 415, 429],
  },
  'GET /api/v1/webchat/:connectionId/stream': { tag: 'Web chat', security: 'visitor', summary: 'Replies as server-sent events; resumes after Last-Event-ID', query: streamQuery, ok: { 200: sse }, errors: [429] },

  // ----------------------------------------------------------------- channels
  'GET /api/v1/channels': { tag: 'Channels', summary: 'List channel connections (never their credentials)', ok: ok(R.list(R.Channel)) },
  'POST /api/v1/channels': { tag: 'Channels', summary: 'Connect a channel: credentials validated with the platform, stored encrypted, never returned', body: createChannelSchema, ok: created(R.Channel), errors: [402] },
  'GET /api/v1/channels/:id': { tag: 'Channels', summary: 'One channel connection', ok: ok(R.Channel) },
  'PATCH /api/v1/channels/:id': {
    tag: 'Channels',
    summary: 'Edit a channel: name, settings, status active|disabled, or rotate credentials (merged, checked with the platform, re-encrypted, never echoed); audited',
    body: patchChannelSchema,
    ok: ok(R.Channel),
  },
  'DELETE /api/v1/channels/:id': { tag: 'Channels', summary: 'Disable a channel (its history stays; webhooks 404), or ?purge=true to delete it with its conversations', query: channelDeleteQuery, ok: { 200: R.Channel, 204: none } },
  'POST /api/v1/channels/:id/test': { tag: 'Channels', summary: "Check the stored credentials with the platform again; the outcome becomes the channel's status", ok: { 200: z.looseObject({ ok: z.boolean(), message: z.string(), channel: R.Channel }) } },
  'GET /api/v1/channels/:id/bot': { tag: 'Channels', summary: "The channel's bot settings (knowledge bases, answer threshold, greeting, name, web chat widget look)", ok: ok(R.BotConfig) },
  'PUT /api/v1/channels/:id/bot': { tag: 'Channels', summary: "Set the channel's bot settings; `widget` (web chat: color, logoUrl, welcomeMessage, position, preChatForm) omitted keeps the stored one, null clears it", body: botConfigBody, ok: ok(R.BotConfig) },
  'POST /api/v1/channels/:id/rotate-secret': { tag: 'Channels', summary: 'Web chat: a new connection secret; visitor tokens signed under the old one stop working', ok: ok(R.Channel) },
  'GET /api/v1/channels/:id/whatsapp-web/session': { tag: 'Channels', summary: 'WhatsApp Web session state and QR code (data URL)', ok: { 200: anyJson('session state') } },
  'GET /api/v1/channels/:id/whatsapp-web/qr.png': { tag: 'Channels', summary: 'WhatsApp Web QR code as PNG', ok: { 200: { description: 'QR code', mediaType: 'image/png' } } },

  // ----------------------------------------------------------------- conversations
  'GET /api/v1/conversations': { tag: 'Conversations', summary: "The tenant's conversations, newest activity first; filters incl. cf.<key>=value", query: conversationListQuery, ok: ok(R.list(R.ConversationSummary)) },
  'GET /api/v1/conversations/:id': { tag: 'Conversations', summary: 'One conversation with its status history and feedback', ok: ok(R.Conversation) },
  'PATCH /api/v1/conversations/:id': { tag: 'Conversations', summary: 'Set custom-field values (null removes one)', body: conversationPatchBody, ok: { 200: anyJson('the conversation id and its custom fields') } },
  'GET /api/v1/conversations/:id/messages': { tag: 'Conversations', summary: 'Messages of a conversation, oldest first (after= for the next page)', query: messagesQuery, ok: ok(R.list(R.Message)) },
  'POST /api/v1/conversations/:id/takeover': { tag: 'Tickets', summary: 'An agent takes the conversation over: the bot goes quiet, a ticket is opened or reused', ok: created(R.Ticket) },

  // ----------------------------------------------------------------- tickets
  'GET /api/v1/tickets': { tag: 'Tickets', summary: 'Tickets (agents: their own and the unassigned queue); filters incl. cf.<key>=value', query: ticketListQuery, ok: ok(R.list(R.Ticket)) },
  'POST /api/v1/tickets': { tag: 'Tickets', summary: 'A ticket without a chat (phone, e-mail, in person); counts against the plan', body: ticketCreateBody, ok: created(R.Ticket), errors: [402] },
  'GET /api/v1/tickets/:id': { tag: 'Tickets', summary: 'One ticket with its history and the conversation messages', ok: ok(R.TicketDetail) },
  'PATCH /api/v1/tickets/:id': { tag: 'Tickets', summary: 'Triage: status, priority, category, tags, custom fields, assignee, team; one history event per change', body: ticketPatchBody, ok: ok(R.Ticket), errors: [409, 503] },
  'POST /api/v1/tickets/:id/messages': {
    tag: 'Tickets',
    summary: "The agent's reply, sent to the customer's channel (a file as multipart: natively where the channel can, else a link); idempotent on clientMessageId",
    body: textBody,
    altBody: { type: 'multipart/form-data', schema: fileReplyFields.extend({ file: z.string().meta({ format: 'binary' }) }) }, ok: { 202: z.object({ accepted: z.boolean(), messageId: z.string().uuid().nullable(), duplicate: z.boolean() }) }, errors: [409, 503] },
  'POST /api/v1/tickets/:id/notes': { tag: 'Tickets', summary: 'An internal note (never sent to the customer)', body: textBody, ok: { 201: z.object({ ok: z.boolean() }) } },
  'POST /api/v1/tickets/:id/assign': { tag: 'Tickets', summary: 'Assign to an agent (supervisors and admins: anyone; agents: themselves)', body: assignBody, ok: ok(R.Ticket) },
  'POST /api/v1/tickets/:id/handback': { tag: 'Tickets', summary: 'Hand the conversation back to the bot (optionally closing the ticket)', body: handbackBody, ok: ok(R.Ticket) },
  'POST /api/v1/tickets/:id/close': { tag: 'Tickets', summary: 'Close the ticket and the conversation; the customer is asked for a rating', ok: ok(R.Ticket) },
  'POST /api/v1/inbox/stream-tickets': { tag: 'Tickets', summary: 'A single-use, 60-second ticket to open the inbox stream (no key in a URL)', ok: { 201: z.object({ ticket: z.string(), expiresAt: z.string(), streamUrl: z.string() }) } },
  'GET /api/v1/inbox/stream': { tag: 'Tickets', summary: 'Live inbox events (server-sent events), authenticated by ?ticket=', ok: { 200: sse } },

  // ----------------------------------------------------------------- attachments
  'GET /api/v1/attachments/:id': { tag: 'Attachments', summary: "Download an attachment (the tenant's own; a ticket's file only for those who see the ticket); sniffed Content-Type, nosniff", ok: { 200: { description: 'the file', mediaType: 'application/octet-stream' } } },
  'GET /files/:token': { tag: 'Attachments', security: 'none', summary: 'Download an attachment by a short-lived signed link (platforms that fetch by URL, web chat visitors)', ok: { 200: { description: 'the file', mediaType: 'application/octet-stream' } } },
  'GET /api/v1/attachment-settings': { tag: 'Attachments', summary: "The tenant's attachment size limit: its own (null = default), ATTACHMENT_MAX_BYTES, and the one in force", ok: { 200: R.AttachmentSettings } },
  'PUT /api/v1/attachment-settings': { tag: 'Attachments', summary: "Set the tenant's attachment size limit in bytes (null = back to ATTACHMENT_MAX_BYTES); audited", body: attachmentSettingsBody, ok: { 200: R.AttachmentSettings } },

  'GET /api/v1/canned-responses': { tag: 'Tickets', summary: "The tenant's canned responses (the / shortcut of the composer)", ok: ok(R.list(R.CannedResponse)) },
  'POST /api/v1/canned-responses': { tag: 'Tickets', summary: 'Add a canned response (shortcut unique per tenant)', body: cannedResponseBody, ok: created(R.CannedResponse), errors: [409] },
  'DELETE /api/v1/canned-responses/:id': { tag: 'Tickets', summary: 'Delete a canned response (agents: their own; supervisors and admins: any)', ok: { 204: none } },

  // ----------------------------------------------------------------- ticket categories, custom fields
  'GET /api/v1/ticket-categories': { tag: 'Tickets', summary: 'Ticket categories with their SLA targets', ok: ok(R.list(R.TicketCategory)) },
  'POST /api/v1/ticket-categories': { tag: 'Tickets', summary: 'Create a ticket category', body: categoryBody, ok: created(R.TicketCategory) },
  'GET /api/v1/ticket-categories/:id': { tag: 'Tickets', summary: 'One ticket category', ok: ok(R.TicketCategory) },
  'PATCH /api/v1/ticket-categories/:id': { tag: 'Tickets', summary: 'Change a ticket category (open tickets keep their due times)', body: categoryPatchBody, ok: ok(R.TicketCategory) },
  'GET /api/v1/custom-fields': { tag: 'Custom fields', summary: 'Custom-field definitions, optionally of one entity', query: customFieldListQuery, ok: ok(R.list(R.CustomField)) },
  'POST /api/v1/custom-fields': { tag: 'Custom fields', summary: 'Define a custom field for tickets, customers or conversations', body: customFieldBody, ok: created(R.CustomField) },
  'GET /api/v1/custom-fields/:id': { tag: 'Custom fields', summary: 'One custom-field definition', ok: ok(R.CustomField) },
  'PATCH /api/v1/custom-fields/:id': { tag: 'Custom fields', summary: 'Change a custom-field definition', body: customFieldPatchBody, ok: ok(R.CustomField) },
  'DELETE /api/v1/custom-fields/:id': { tag: 'Custom fields', summary: 'Delete a custom-field definition', ok: { 204: none } },

  // ----------------------------------------------------------------- customers
  'GET /api/v1/customers': { tag: 'Customers', summary: 'Search customers (name, e-mail, phone, cf.<key>=value)', query: customerListQuery, ok: ok(R.page(R.Customer)) },
  'GET /api/v1/customers/:id': { tag: 'Customers', summary: 'A customer profile with identities per channel, conversations and tickets', ok: ok(R.CustomerDetail) },
  'PATCH /api/v1/customers/:id': { tag: 'Customers', summary: 'Update a customer (e-mail and phone normalised, custom fields validated)', body: customerPatchSchema, ok: ok(R.Customer) },
  'DELETE /api/v1/customers/:id': { tag: 'Customers', summary: 'GDPR erasure: personal data removed everywhere; counts and ratings kept', ok: { 200: anyJson('what was erased') } },
  'GET /api/v1/customers/:id/merge-suggestions': { tag: 'Customers', summary: 'Other customers with the same verified e-mail or phone', ok: { 200: anyJson('suggested customers') } },
  'POST /api/v1/customers/:id/merge': { tag: 'Customers', summary: 'Merge another customer into this one (identities, conversations, tickets); idempotent', body: mergeBodySchema, ok: { 200: anyJson('the merge result') }, errors: [409] },

  // ----------------------------------------------------------------- knowledge
  'GET /api/v1/knowledge-bases': { tag: 'Knowledge', summary: 'Knowledge bases', ok: ok(R.list(R.KnowledgeBase)) },
  'POST /api/v1/knowledge-bases': { tag: 'Knowledge', summary: 'Create a knowledge base', body: kbBody, ok: created(R.KnowledgeBase), errors: [402] },
  'GET /api/v1/knowledge-bases/:id': { tag: 'Knowledge', summary: 'One knowledge base', ok: ok(R.KnowledgeBase) },
  'PATCH /api/v1/knowledge-bases/:id': { tag: 'Knowledge', summary: 'Rename, describe or archive a knowledge base', body: kbPatchBody, ok: ok(R.KnowledgeBase) },
  'DELETE /api/v1/knowledge-bases/:id': { tag: 'Knowledge', summary: 'Delete a knowledge base and its documents', ok: { 204: none } },
  'GET /api/v1/knowledge-bases/:id/documents': { tag: 'Knowledge', summary: 'Documents with their indexing status', ok: ok(R.list(R.Document)) },
  'POST /api/v1/knowledge-bases/:id/documents': {
    tag: 'Knowledge',
    summary: 'Add a document (JSON text, or a multipart file: md, html, pdf, txt); indexed by a background job',
    body: jsonDocBody,
    altBody: { type: 'multipart/form-data', schema: formDocFields.extend({ file: z.string().meta({ format: 'binary' }) }) },
    ok: { 202: R.DocumentAccepted },
    errors: [413],
  },
  'GET /api/v1/knowledge-bases/:id/documents/:docId': { tag: 'Knowledge', summary: 'One document', ok: ok(R.Document) },
  'PUT /api/v1/knowledge-bases/:id/documents/:docId': {
    tag: 'Knowledge',
    summary: 'Replace a document (a new version; re-indexed atomically)',
    body: jsonDocBody,
    altBody: { type: 'multipart/form-data', schema: formDocFields.extend({ file: z.string().meta({ format: 'binary' }) }) },
    ok: { 202: z.object({ id: z.string().uuid(), status: z.string(), version: z.number().int() }) },
    errors: [413],
  },
  'PATCH /api/v1/knowledge-bases/:id/documents/:docId': { tag: 'Knowledge', summary: 'Change title, tags, category, type or published', body: docPatchBody, ok: ok(R.Document) },
  'DELETE /api/v1/knowledge-bases/:id/documents/:docId': { tag: 'Knowledge', summary: 'Delete a document', ok: { 204: none } },
  'GET /api/v1/knowledge-bases/:id/search': { tag: 'Knowledge', summary: 'Hybrid search preview (agents see unpublished documents too)', query: searchQuery, ok: { 200: anyJson('ranked chunks with scores') } },

  // ----------------------------------------------------------------- escalation and routing
  'GET /api/v1/escalation-rules': { tag: 'Rules', summary: 'Escalation rules, in priority order', ok: ok(R.list(R.EscalationRule)) },
  'POST /api/v1/escalation-rules': { tag: 'Rules', summary: 'Create an escalation rule', body: escalationRuleSchema, ok: created(R.EscalationRule) },
  'GET /api/v1/escalation-rules/:id': { tag: 'Rules', summary: 'One escalation rule', ok: ok(R.EscalationRule) },
  'PUT /api/v1/escalation-rules/:id': { tag: 'Rules', summary: 'Change an escalation rule', body: escalationRulePatchSchema, ok: ok(R.EscalationRule) },
  'DELETE /api/v1/escalation-rules/:id': { tag: 'Rules', summary: 'Delete an escalation rule', ok: { 204: none } },
  'GET /api/v1/routing-rules': { tag: 'Rules', summary: 'Routing rules (first match wins unless continue)', ok: ok(R.list(R.RoutingRule)) },
  'POST /api/v1/routing-rules': { tag: 'Rules', summary: 'Create a routing rule', body: ruleCreate, ok: created(R.RoutingRule) },
  'GET /api/v1/routing-rules/:id': { tag: 'Rules', summary: 'One routing rule', ok: ok(R.RoutingRule) },
  'PATCH /api/v1/routing-rules/:id': { tag: 'Rules', summary: 'Change a routing rule', body: rulePatch, ok: ok(R.RoutingRule) },
  'DELETE /api/v1/routing-rules/:id': { tag: 'Rules', summary: 'Delete a routing rule', ok: { 204: none } },

  // ----------------------------------------------------------------- people
  'GET /api/v1/agents': { tag: 'People', summary: 'Staff users (never a key)', ok: ok(R.list(R.Agent)) },
  'POST /api/v1/agents': { tag: 'People', summary: 'Add a staff user; the answer carries their first API key once', body: agentBody, ok: created(R.AgentCreated), errors: [402, 409] },
  'PATCH /api/v1/agents/:id': { tag: 'People', summary: 'Change role, status, skills…: takes effect on the next request of every key and stream', body: agentPatchBody, ok: ok(R.Agent), errors: [409] },
  'GET /api/v1/teams': { tag: 'People', summary: 'Teams with members, schedule and whether they are open now', ok: ok(R.list(R.Team)) },
  'POST /api/v1/teams': { tag: 'People', summary: 'Create a team', body: teamCreate, ok: created(R.Team) },
  'GET /api/v1/teams/:id': { tag: 'People', summary: 'One team', ok: ok(R.Team) },
  'PATCH /api/v1/teams/:id': { tag: 'People', summary: 'Change a team (members, time zone, shifts, holidays)', body: teamPatch, ok: ok(R.Team) },
  'DELETE /api/v1/teams/:id': { tag: 'People', summary: 'Delete a team', ok: { 204: none } },
  'GET /api/v1/api-keys': { tag: 'People', summary: 'API keys (never the key itself)', ok: ok(R.list(R.ApiKey)) },
  'POST /api/v1/api-keys': { tag: 'People', summary: "A key for a user (their live role) or a service key with a role; shown once", body: createApiKeyBody, ok: created(R.ApiKeyCreated) },
  'DELETE /api/v1/api-keys/:id': { tag: 'People', summary: 'Revoke a key: fails on its next request in every process; its streams close', ok: { 204: none } },

  // ----------------------------------------------------------------- insight
  'GET /api/v1/analytics/agents': { tag: 'Reports', summary: 'Per-agent figures and bot containment over a date range', query: analyticsQuery, ok: { 200: anyJson('figures') } },
  'GET /api/v1/analytics/overview': {
    tag: 'Reports',
    summary: 'The admin console reports over a date range: conversations per channel per day, containment, escalations by reason, first-response and resolution times, CSAT, SLA breaches (format=csv for a metric,day,dimension,value table)',
    query: overviewQuery,
    ok: { 200: anyJson('figures, or text/csv with format=csv') },
  },
  'GET /api/v1/ai-logs': { tag: 'Reports', summary: 'Every AI decision of a conversation or ticket (retrieval, answer, escalation, assignment)', query: aiLogQuery, ok: ok(R.list(R.AiLog)) },
  'GET /api/v1/audit-log': { tag: 'Reports', summary: 'Who changed what (admin)', query: auditQuery, ok: ok(R.page(R.AuditEntry)) },

  // ----------------------------------------------------------------- outgoing webhooks
  'GET /api/v1/webhook-subscriptions': { tag: 'Integrations', summary: 'Outgoing event webhooks', ok: ok(R.list(R.WebhookSubscription)) },
  'POST /api/v1/webhook-subscriptions': { tag: 'Integrations', summary: 'Subscribe a URL to events; deliveries signed with X-Gateway-Signature: sha256=<HMAC>', body: webhookSubscriptionBody, ok: created(R.WebhookSubscription) },
  'GET /api/v1/webhook-subscriptions/:id': { tag: 'Integrations', summary: 'One subscription', ok: ok(R.WebhookSubscription) },
  'DELETE /api/v1/webhook-subscriptions/:id': { tag: 'Integrations', summary: 'Delete a subscription', ok: { 204: none } },
  'GET /api/v1/communication-log': {
    tag: 'Integrations',
    summary: 'Every outbound notification (channel email) and webhook delivery (channel webhook) with status queued|sent|failed|skipped, error and attempts',
    query: communicationLogQuery,
    ok: ok(R.page(R.CommunicationLogEntry)),
  },
  'GET /api/v1/me/notification-preferences': {
    tag: 'People',
    summary: "The caller's e-mail notification preferences (every kind on by default); a service key has no user: 403",
    ok: ok(R.NotificationPreferences),
  },
  'PUT /api/v1/me/notification-preferences': {
    tag: 'People',
    summary: "Set some of the caller's e-mail notification preferences: keys left out keep their value",
    body: preferencesPatchSchema,
    ok: ok(R.NotificationPreferences),
  },
  'GET /api/v1/agents/:id/notification-preferences': { tag: 'People', summary: "A user's e-mail notification preferences", ok: ok(R.NotificationPreferences) },
  'PUT /api/v1/agents/:id/notification-preferences': {
    tag: 'People',
    summary: "Set some of a user's e-mail notification preferences: keys left out keep their value",
    body: preferencesPatchSchema,
    ok: ok(R.NotificationPreferences),
  },
};
