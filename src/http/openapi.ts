/** OpenAPI 3.1 description of the REST API, served at /openapi.json. Keep in step with src/http/routes. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const err = { description: 'Error', content: json(ref('Error')) };
const items = (name: string) => ({ type: 'object', properties: { items: { type: 'array', items: ref(name) } }, required: ['items'] });

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Omnichannel chatbot gateway', version: '0.1.0', description: 'Channel webhooks, web chat, and the admin/agent REST API. Authenticate with `Authorization: Bearer <API key>`.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'API key (gwk_…) or, for web chat, a visitor token' } },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} }, required: ['code', 'message'] } } },
        ChannelType: { type: 'string', enum: ['webchat', 'telegram', 'line', 'teams', 'whatsapp', 'whatsapp_web', 'wechat'] },
        Channel: {
          type: 'object',
          properties: { id: { type: 'string', format: 'uuid' }, type: ref('ChannelType'), name: { type: 'string' }, status: { type: 'string' }, statusReason: { type: ['string', 'null'] }, webhookUrl: { type: 'string' }, settings: { type: 'object' }, createdAt: { type: 'string', format: 'date-time' } },
          required: ['id', 'type', 'webhookUrl'],
        },
        Conversation: {
          type: 'object',
          properties: { id: { type: 'string' }, channel: ref('ChannelType'), status: { type: 'string', enum: ['NEW', 'ACTIVE', 'ESCALATED', 'COMPLETED'] }, botPaused: { type: 'boolean' }, customerName: { type: ['string', 'null'] }, lastMessageAt: { type: ['string', 'null'] } },
        },
        Message: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            conversationId: { type: 'string' },
            direction: { type: 'string', enum: ['in', 'out'] },
            senderType: { type: 'string', enum: ['customer', 'bot', 'agent', 'system'] },
            kind: { type: 'string', enum: ['text', 'image', 'file', 'buttons', 'button_reply', 'location'] },
            text: { type: 'string' },
            payload: { type: 'object' },
            deliveryStatus: { type: ['string', 'null'], enum: ['pending', 'sent', 'delivered', 'read', 'failed', null] },
            createdAt: { type: 'string', format: 'date-time' },
          },
          required: ['id', 'direction', 'senderType', 'kind', 'text', 'createdAt'],
        },
      },
    },
    paths: {
      '/health': { get: { summary: 'Liveness', responses: { 200: { description: 'ok' } } } },
      '/ready': { get: { summary: 'Readiness: {status, checks: {postgres, redis}} with ok|down (reasons are logged, not returned)', responses: { 200: { description: 'ready' }, 503: { description: 'a dependency is down' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { 200: { description: 'text/plain exposition' } } } },
      '/webhooks/{channel}/{connectionId}': {
        parameters: [
          { name: 'channel', in: 'path', required: true, schema: ref('ChannelType') },
          { name: 'connectionId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
        ],
        post: {
          summary: 'Platform webhook: verified against the raw body, stored once, answered asynchronously',
          requestBody: { content: { '*/*': { schema: {} } } },
          responses: { 200: { description: 'accepted (also for redeliveries and ignored event types)' }, 400: err, 401: err, 404: err },
        },
        get: { summary: 'Platform verification challenge (WhatsApp hub.challenge)', responses: { 200: { description: 'challenge echoed' }, 403: err } },
      },
      '/api/v1/channels': {
        post: {
          summary: 'Connect a channel (admin). Credentials are validated with the platform and stored encrypted; never returned.',
          security: [{ apiKey: [] }],
          requestBody: { required: true, content: json({ type: 'object', properties: { type: ref('ChannelType'), name: { type: 'string' }, credentials: { type: 'object' } }, required: ['type'] }) },
          responses: { 201: { description: 'created', content: json(ref('Channel')) }, 400: err, 401: err, 403: err },
        },
        get: { summary: 'List channels (without credentials)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok', content: json(items('Channel')) }, 401: err } },
      },
      '/api/v1/conversations': {
        get: {
          summary: "The tenant's conversations, newest activity first",
          security: [{ apiKey: [] }],
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string' }, description: 'comma-separated: NEW,ACTIVE,ESCALATED,COMPLETED' },
            { name: 'channel', in: 'query', schema: { type: 'string' }, description: 'comma-separated channel types' },
            { name: 'customerId', in: 'query', schema: { type: 'string' } },
            { name: 'assignee', in: 'query', schema: { type: 'string' }, description: 'me | unassigned | <agent id>' },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'text search over the messages' },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 200 } },
          ],
          responses: { 200: { description: 'ok', content: json(items('Conversation')) }, 401: err },
        },
      },
      '/api/v1/conversations/{id}': {
        get: { summary: 'A conversation with its status history and feedback', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: { summary: 'Set custom-field values { customFields }', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 400: err, 404: err } },
      },
      '/api/v1/conversations/{id}/messages': {
        get: {
          summary: 'Messages of one conversation in order',
          security: [{ apiKey: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'after', in: 'query', schema: { type: 'string' }, description: 'only messages after this message id' }],
          responses: { 200: { description: 'ok', content: json(items('Message')) }, 404: err },
        },
      },
      '/api/v1/webchat/{connectionId}/sessions': {
        post: {
          summary: 'Start or resume a web chat session; returns a signed visitor token',
          requestBody: { content: json({ type: 'object', properties: { token: { type: 'string', description: 'a previous token to resume' } } }) },
          responses: { 201: { description: 'new visitor', content: json({ type: 'object', properties: { token: { type: 'string' }, conversationId: { type: 'string' } } }) }, 200: { description: 'resumed' }, 404: err, 429: { description: 'too many new sessions from this address or on this connection (Retry-After)', content: err.content } },
        },
      },
      '/api/v1/webchat/{connectionId}/messages': {
        post: {
          summary: 'Send a visitor message (Bearer visitor token). clientMessageId makes retries idempotent.',
          requestBody: { required: true, content: json({ type: 'object', properties: { text: { type: 'string' }, clientMessageId: { type: 'string' } }, required: ['text', 'clientMessageId'] }) },
          responses: { 202: { description: 'accepted' }, 400: err, 401: err, 429: { description: 'too many messages from this address or on this connection (Retry-After)', content: err.content } },
        },
      },
      '/api/v1/webchat/{connectionId}/stream': {
        get: {
          summary: 'Server-sent events: `message` events carry Message JSON; replays after Last-Event-ID',
          parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'text/event-stream; a Last-Event-ID that is not a message id ends the stream with an `error` event' },
            401: err,
            429: { description: 'too many open streams for this token or address (Retry-After)', content: err.content },
          },
        },
      },
      '/api/v1/knowledge-bases': {
        post: { summary: 'Create a knowledge base (admin)', security: [{ apiKey: [] }], requestBody: { content: json({ type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' }, language: { type: 'string', description: 'Postgres text-search configuration, default english' } }, required: ['name'] }) }, responses: { 201: { description: 'created; body has id' }, 400: err } },
        get: { summary: 'List knowledge bases', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' } } },
      },
      '/api/v1/knowledge-bases/{id}/documents': {
        post: {
          summary: 'Add a document: JSON {title, content, format: text|markdown|html, sourceUrl?} or multipart `file` (text, Markdown, HTML, PDF). Indexed by a job: UPLOADED → PROCESSING → CHUNKING → EMBEDDING → INDEXED | FAILED',
          security: [{ apiKey: [] }],
          requestBody: {
            content: {
              ...json({ type: 'object', properties: { title: { type: 'string' }, content: { type: 'string' }, format: { type: 'string', enum: ['text', 'markdown', 'html'] }, sourceUrl: { type: 'string' } }, required: ['title', 'content'] }),
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, title: { type: 'string' }, sourceUrl: { type: 'string' } } } },
            },
          },
          responses: {
            202: { description: '{ id, status }' },
            400: { description: 'invalid, truncated multipart, or `quota_exceeded` (KB_MAX_CHUNKS_PER_TENANT)', content: err.content },
            404: err,
            413: { description: 'larger than KB_UPLOAD_MAX_BYTES, or more chunks than KB_MAX_CHUNKS_PER_DOCUMENT', content: err.content },
          },
        },
        get: { summary: 'Documents with their status', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' } } },
      },
      '/api/v1/knowledge-bases/{id}/documents/{docId}': {
        get: { summary: 'One document and its status', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        put: { summary: 'Replace the content and re-index (old chunks serve until the new ones replace them atomically)', security: [{ apiKey: [] }], responses: { 202: { description: 'accepted' } } },
        patch: { summary: 'Change title (re-indexed), type (article|faq|document|upload) or published (unpublished: agents only)', security: [{ apiKey: [] }], responses: { 200: { description: 'the document' }, 400: err, 404: err } },
        delete: { summary: 'Delete the document and its chunks', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' } } },
      },
      '/api/v1/knowledge-bases/{id}': {
        get: { summary: 'One knowledge base', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: { summary: 'Rename, describe, archive (status ARCHIVED: never searched) or reactivate (admin)', security: [{ apiKey: [] }], requestBody: { content: json({ type: 'object', properties: { name: { type: 'string' }, description: { type: ['string', 'null'] }, status: { type: 'string', enum: ['ACTIVE', 'ARCHIVED'] } } }) }, responses: { 200: { description: 'the knowledge base' }, 400: err, 404: err } },
        delete: { summary: 'Delete with its documents and chunks; removed from channel bot configs (admin)', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' }, 404: err } },
      },
      '/api/v1/channels/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        get: { summary: 'One channel (without credentials)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok', content: json(ref('Channel')) }, 404: err } },
        patch: {
          summary: 'Edit a channel (admin): name, settings (merged), credentials (merged into the stored ones, checked with the platform, re-encrypted, never returned), status active|disabled. Audited.',
          security: [{ apiKey: [] }],
          requestBody: { required: true, content: json({ type: 'object', properties: { name: { type: 'string' }, settings: { type: 'object' }, credentials: { type: 'object' }, status: { type: 'string', enum: ['active', 'disabled'] } } }) },
          responses: { 200: { description: 'ok', content: json(ref('Channel')) }, 400: err, 403: err, 404: err },
        },
        delete: {
          summary: 'Disable a channel (admin): history kept, its webhooks answer 404. With purge=true: delete it with its conversations (204).',
          security: [{ apiKey: [] }],
          parameters: [{ name: 'purge', in: 'query', schema: { type: 'string', enum: ['true', 'false'] } }],
          responses: { 200: { description: 'disabled', content: json(ref('Channel')) }, 204: { description: 'deleted' }, 403: err, 404: err },
        },
      },
      '/api/v1/channels/{id}/test': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        post: {
          summary: "Test connection (admin): checks the stored credentials with the platform again; the outcome becomes the channel's status (active | error)",
          security: [{ apiKey: [] }],
          responses: { 200: { description: '{ ok, message, channel }', content: json({ type: 'object', properties: { ok: { type: 'boolean' }, message: { type: 'string' }, channel: ref('Channel') }, required: ['ok', 'message', 'channel'] }) }, 403: err, 404: err },
        },
      },
      '/api/v1/channels/{id}/bot': {
        get: { summary: "The channel's bot: knowledge bases (null = all active), answer threshold (null = RAG_UNSURE_THRESHOLD), greeting, name", security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        put: { summary: "Replace the channel's bot config (admin); knowledge bases must be the tenant's", security: [{ apiKey: [] }], requestBody: { content: json({ type: 'object', properties: { knowledgeBaseIds: { type: ['array', 'null'], items: { type: 'string', format: 'uuid' } }, answerThreshold: { type: ['number', 'null'], minimum: 0, maximum: 1 }, greeting: { type: ['string', 'null'] }, botName: { type: ['string', 'null'] } } }) }, responses: { 200: { description: 'ok' }, 400: err, 404: err } },
      },
      '/api/v1/teams': {
        get: { summary: 'Teams with members, schedule, holidays, openNow and nextOpeningAt', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' } } },
        post: { summary: 'Create a team (admin): name, focusArea, memberIds, timeZone (IANA), schedule {monday: ["09:00-17:00"], …} (null = always open), holidays ["YYYY-MM-DD"]', security: [{ apiKey: [] }], responses: { 201: { description: 'the team' }, 400: err } },
      },
      '/api/v1/teams/{id}': {
        get: { summary: 'One team', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: { summary: 'Change a team (admin); memberIds replaces the members', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 400: err, 404: err } },
        delete: { summary: 'Delete a team no routing rule uses (admin); its queued tickets leave the queue', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' }, 400: err, 404: err } },
      },
      '/api/v1/routing-rules': {
        get: { summary: 'Routing rules in position order', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' } } },
        post: { summary: 'Create a routing rule (admin): name, position, active, continue, criteria {channels, languages, categories, priorities, customerTags, customFields, text {contains, regex}}, actions {teamId, agentId, priority, addTags}', security: [{ apiKey: [] }], responses: { 201: { description: 'the rule' }, 400: err } },
      },
      '/api/v1/routing-rules/{id}': {
        get: { summary: 'One routing rule', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: { summary: 'Change a routing rule (admin)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 400: err, 404: err } },
        delete: { summary: 'Delete a routing rule (admin)', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' }, 404: err } },
      },
      '/api/v1/knowledge-bases/{id}/search': { get: { summary: "Agents' search: hybrid retrieval with scores, unpublished documents included (an archived knowledge base: no results)", security: [{ apiKey: [] }], parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'ok' } } } },
      '/api/v1/tickets': {
        get: {
          summary: 'Tickets, newest activity first',
          security: [{ apiKey: [] }],
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string' }, description: 'comma-separated: new,open,pending,closed' },
            { name: 'assignee', in: 'query', schema: { type: 'string' }, description: 'me | unassigned | <agent id>' },
            { name: 'priority', in: 'query', schema: { type: 'string' }, description: 'comma-separated: low,medium,high,urgent' },
            { name: 'slaBreached', in: 'query', schema: { type: 'boolean' } },
            { name: 'categoryId', in: 'query', schema: { type: 'string' } },
            { name: 'teamId', in: 'query', schema: { type: 'string' } },
            { name: 'customerId', in: 'query', schema: { type: 'string' } },
            { name: 'tag', in: 'query', schema: { type: 'string' } },
            { name: 'cf.<key>', in: 'query', schema: { type: 'string' }, description: 'custom field value' },
          ],
          responses: { 200: { description: '{ items }' } },
        },
        post: {
          summary: 'A ticket without a chat: customerId, subject, description, priority, categoryId, tags, customFields, assigneeId, teamId, source',
          security: [{ apiKey: [] }],
          responses: { 201: { description: 'created' }, 400: err, 404: err },
        },
      },
      '/api/v1/tickets/{id}': {
        get: { summary: 'A ticket with its history and conversation', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: {
          summary: 'Triage: any of status (new|open|pending|resolved|closed), priority, categoryId, tags, customFields, assigneeId, teamId; each change is a history event',
          security: [{ apiKey: [] }],
          responses: { 200: { description: 'ok' }, 400: err, 403: err, 404: err },
        },
      },
      '/api/v1/ticket-categories': {
        get: { summary: 'Ticket categories with SLA minutes', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' } } },
        post: { summary: 'Create (admin): name, firstResponseMinutes, resolutionMinutes, active', security: [{ apiKey: [] }], responses: { 201: { description: 'created' }, 400: err } },
      },
      '/api/v1/ticket-categories/{id}': {
        get: { summary: 'A category', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: { summary: 'Edit (admin)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 400: err, 404: err } },
      },
      '/api/v1/custom-fields': {
        get: { summary: 'Custom fields (?entity=ticket|customer|conversation)', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' } } },
        post: { summary: 'Create (admin): entity, key, label, type (text|number|date|dropdown), options, required', security: [{ apiKey: [] }], responses: { 201: { description: 'created' }, 400: err } },
      },
      '/api/v1/custom-fields/{id}': {
        get: { summary: 'A custom field', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: { summary: 'Edit label, options, required (admin)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 400: err, 404: err } },
        delete: { summary: 'Delete (admin)', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' }, 404: err } },
      },
      '/api/v1/ai-logs': {
        get: {
          summary: 'AI processing log of a conversation or ticket (step, input, retrieved chunks with scores, output, model, latency)',
          security: [{ apiKey: [] }],
          parameters: [
            { name: 'conversationId', in: 'query', schema: { type: 'string' } },
            { name: 'ticketId', in: 'query', schema: { type: 'string' } },
          ],
          responses: { 200: { description: '{ items }' }, 400: err, 404: err },
        },
      },
      '/api/v1/tickets/{id}/messages': { post: { summary: "Reply to the customer on the channel they wrote from (senderType agent)", security: [{ apiKey: [] }], requestBody: { content: json({ type: 'object', properties: { text: { type: 'string' } }, required: ['text'] }) }, responses: { 202: { description: 'queued' } } } },
      '/api/v1/tickets/{id}/notes': { post: { summary: 'Internal note (private, never sent)', security: [{ apiKey: [] }], responses: { 201: { description: 'ok' } } } },
      '/api/v1/tickets/{id}/assign': { post: { summary: 'Assign to an agent', security: [{ apiKey: [] }], requestBody: { content: json({ type: 'object', properties: { agentId: { type: 'string' } }, required: ['agentId'] }) }, responses: { 200: { description: 'ok' } } } },
      '/api/v1/tickets/{id}/handback': { post: { summary: 'Hand back to the bot (ticket pending, or closed with {"close": true})', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' } } } },
      '/api/v1/tickets/{id}/close': { post: { summary: 'Close; the conversation completes and the customer gets a 1–5 CSAT question', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' } } } },
      '/api/v1/conversations/{id}/takeover': { post: { summary: 'Manual escalation: the calling agent takes the conversation', security: [{ apiKey: [] }], responses: { 201: { description: 'ticket' } } } },
      '/api/v1/inbox/stream-tickets': { post: { summary: 'A single-use stream ticket (valid STREAM_TICKET_TTL_SECONDS, default 60) for EventSource: { ticket, expiresAt, streamUrl }', security: [{ apiKey: [] }], responses: { 201: { description: 'ticket' } } } },
      '/api/v1/inbox/stream': { get: { summary: 'SSE: ticket.created, ticket.message, ticket.updated (Authorization: Bearer <key>, or ?ticket= from /inbox/stream-tickets); ends with an error event when the key is revoked or expires or its user is deactivated or loses the role', security: [{ apiKey: [] }], responses: { 200: { description: 'text/event-stream' }, 401: err } } },
      '/api/v1/escalation-rules': {
        get: { summary: 'Escalation rules in evaluation order', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' } } },
        post: {
          summary: 'Create a rule (admin): name, active, priorityLevel 1–5, triggerKeywords, triggerConditions {humanRequest, situations (self_harm|security|vulnerable|legal|regulator|churn|frustration), negativeSentimentBelow, minRetrievalConfidence, consecutiveUnsure, repeatedFailures, customerTags, channels, outsideBusinessHours}, match any|all, ticketPriority, category, assignment {strategy, skills, languages, team}',
          security: [{ apiKey: [] }],
          responses: { 201: { description: 'created' }, 400: err },
        },
      },
      '/api/v1/escalation-rules/{id}': {
        put: { summary: 'Update a rule (fields left out keep their value)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 400: err } },
        delete: { summary: 'Delete a rule', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' } } },
      },
      '/api/v1/agents': {
        get: { summary: 'Agents and their load', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' } } },
        post: { summary: 'Create an agent (admin); returns its API key once', security: [{ apiKey: [] }], responses: { 201: { description: 'created' } } },
      },
      '/api/v1/agents/{id}': {
        patch: { summary: 'Change an agent (admin): name, role, skills, languages, team, maxLoad, status (active|away|offline = presence; deactivated = every key of the user stops working). The last active admin cannot be demoted or deactivated (409)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err, 409: err } },
      },
      '/api/v1/api-keys': {
        get: { summary: 'API keys of the tenant (admin): id, name, prefix, role (the user’s current role for user keys), userId, kind, state (active|revoked|expired|user-deactivated), dates; never a hash', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' } } },
        post: {
          summary: 'Create a key (admin): { role } (service key) or { userId } (the user’s key, following their role and status), optional name and expiresAt; the key is in the answer once',
          security: [{ apiKey: [] }],
          requestBody: { content: json({ type: 'object', properties: { role: { type: 'string', enum: ['admin', 'supervisor', 'agent', 'analyst'] }, userId: { type: 'string' }, name: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } } }) },
          responses: { 201: { description: 'created, with apiKey' }, 400: err, 404: err },
        },
      },
      '/api/v1/api-keys/{id}': { delete: { summary: 'Revoke a key at once, in every gateway process; its open streams close', security: [{ apiKey: [] }], responses: { 204: { description: 'revoked' }, 404: err } } },
      '/api/v1/analytics/agents': {
        get: {
          summary: 'Per agent and day: conversations handled, avg first response / resolution, CSAT, escalations received; tenant bot containment rate',
          security: [{ apiKey: [] }],
          parameters: [{ name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } }, { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } }],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/api/v1/analytics/overview': {
        get: {
          summary: 'Reports (admin, supervisor, analyst): conversations per channel per day, bot containment per day, escalations by reason, first-response and resolution times, CSAT, SLA breaches; format=csv gives one metric,day,dimension,value table',
          security: [{ apiKey: [] }],
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'] } },
          ],
          responses: { 200: { description: 'JSON report or text/csv' }, 400: err, 403: err },
        },
      },
      '/api/v1/channels/{id}/whatsapp-web/session': { get: { summary: 'WhatsApp Web session state (qr | authenticated | ready | disconnected) and the login QR as a PNG data URL', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } } },
      '/api/v1/channels/{id}/whatsapp-web/qr.png': { get: { summary: 'The current login QR code as PNG', security: [{ apiKey: [] }], responses: { 200: { description: 'image/png' }, 404: err } } },
      '/api/v1/customers': {
        get: {
          summary: 'Customers (not merged away, not erased), newest first; q searches name, email, phone (by digits) and channel display names',
          security: [{ apiKey: [] }],
          parameters: ['q', 'tag', 'limit', 'offset'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { 200: { description: '{items, total, limit, offset}' }, 400: err },
        },
      },
      '/api/v1/customers/{id}': {
        get: { summary: 'A customer with its identities per channel, conversations and tickets', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        patch: {
          summary: 'Edit name, email, phone (normalised; 400 naming the field), language, tags, customFields (merged; null removes a key)',
          security: [{ apiKey: [] }],
          requestBody: { content: json({ type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' }, language: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, customFields: { type: 'object' } } }) },
          responses: { 200: { description: 'ok' }, 400: err, 404: err, 409: err },
        },
        delete: { summary: "GDPR erasure (admin): the customer's personal data anonymised everywhere, statistics kept; audited", security: [{ apiKey: [] }], responses: { 200: { description: 'what was erased' }, 403: err, 404: err } },
      },
      '/api/v1/customers/{id}/merge': {
        post: {
          summary: 'Merge another customer into this one (admin): identities, conversations, tickets and feedback move in one transaction; idempotent; audited',
          security: [{ apiKey: [] }],
          requestBody: { content: json({ type: 'object', properties: { sourceCustomerId: { type: 'string', format: 'uuid' } }, required: ['sourceCustomerId'] }) },
          responses: { 200: { description: '{targetCustomerId, sourceCustomerId, moved, mergedAt, repeated}' }, 400: err, 403: err, 404: err, 409: err },
        },
      },
      '/api/v1/customers/{id}/merge-suggestions': { get: { summary: 'Customers sharing a verified email or a phone (WhatsApp numbers included); never merged automatically', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } } },
      '/api/v1/audit-log': {
        get: {
          summary: 'Who did what to which record (admin); newest first',
          security: [{ apiKey: [] }],
          parameters: ['actorId', 'action', 'entityType', 'entityId', 'from', 'to', 'limit', 'offset'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { 200: { description: '{items, total, limit, offset}' }, 400: err, 403: err },
        },
      },
      '/api/v1/tenant': { get: { summary: "The tenant's plan, its monthly limits and this month's usage (admin)", security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 403: err } } },
      '/api/v1/webhook-subscriptions': {
        get: { summary: 'Outgoing event webhook subscriptions (admin; never the secret)', security: [{ apiKey: [] }], responses: { 200: { description: '{ items }' }, 403: err } },
        post: {
          summary: 'Subscribe a URL to events (conversation.created, message.created, conversation.escalated, ticket.updated, ticket.closed, feedback.created); the signing secret is returned once. Private/loopback targets: 400 unless WEBHOOK_ALLOW_PRIVATE_TARGETS',
          security: [{ apiKey: [] }],
          requestBody: { content: json({ type: 'object', properties: { url: { type: 'string', format: 'uri' }, events: { type: 'array', items: { type: 'string' } } }, required: ['url', 'events'] }) },
          responses: { 201: { description: 'created, with secret' }, 400: err, 403: err },
        },
      },
      '/api/v1/webhook-subscriptions/{id}': {
        get: { summary: 'One subscription', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' }, 404: err } },
        delete: { summary: 'Unsubscribe (pending deliveries are dropped)', security: [{ apiKey: [] }], responses: { 204: { description: 'deleted' }, 404: err } },
      },
      '/api/v1/communication-log': {
        get: {
          summary: 'Outbound notifications and webhook deliveries (admin): channel, recipient, template/event, status queued|sent|failed, error, attempts; newest first',
          security: [{ apiKey: [] }],
          parameters: ['status', 'channel', 'from', 'to', 'limit', 'offset'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { 200: { description: '{ items, total, limit, offset }' }, 400: err, 403: err },
        },
      },
      '/api/v1/queues': {
        get: {
          summary: "The caller's tenant only (admin): pending/answered/failed message counts of the last 7 days, document ingestion states, outbox backlog, the tenant's own failed jobs. Every tenant's view is Bull Board at /admin/queues (platform operators).",
          security: [{ apiKey: [] }],
          responses: { 200: { description: 'ok' }, 403: err },
        },
      },
    },
  };
}
