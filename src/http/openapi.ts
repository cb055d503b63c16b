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
        ChannelType: { type: 'string', enum: ['webchat', 'telegram', 'line', 'teams', 'whatsapp', 'whatsapp_web'] },
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
      '/ready': { get: { summary: 'Readiness (Postgres, Redis)', responses: { 200: { description: 'ready' }, 503: { description: 'a dependency is down' } } } },
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
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['NEW', 'ACTIVE', 'ESCALATED', 'COMPLETED'] } },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 200 } },
          ],
          responses: { 200: { description: 'ok', content: json(items('Conversation')) }, 401: err },
        },
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
          responses: { 201: { description: 'new visitor', content: json({ type: 'object', properties: { token: { type: 'string' }, conversationId: { type: 'string' } } }) }, 200: { description: 'resumed' }, 404: err },
        },
      },
      '/api/v1/webchat/{connectionId}/messages': {
        post: {
          summary: 'Send a visitor message (Bearer visitor token). clientMessageId makes retries idempotent.',
          requestBody: { required: true, content: json({ type: 'object', properties: { text: { type: 'string' }, clientMessageId: { type: 'string' } }, required: ['text', 'clientMessageId'] }) },
          responses: { 202: { description: 'accepted' }, 400: err, 401: err },
        },
      },
      '/api/v1/webchat/{connectionId}/stream': {
        get: {
          summary: 'Server-sent events: `message` events carry Message JSON; replays after Last-Event-ID',
          parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'text/event-stream' }, 401: err },
        },
      },
      '/api/v1/queues': { get: { summary: 'Queue counts, outbox backlog, recent failures (admin)', security: [{ apiKey: [] }], responses: { 200: { description: 'ok' } } } },
    },
  };
}
