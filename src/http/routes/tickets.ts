/**
 * Agent takeover and triage API (role agent; supervisors and admins may do
 * everything an agent does, on every ticket of the tenant; an agent sees its
 * own tickets and the unassigned queue):
 *   GET  /api/v1/tickets?status=&assignee=me|unassigned|<id>&priority=&slaBreached=true&categoryId=&teamId=&customerId=&tag=&q=&cf.<key>=
 *        (each item also has customerName, lastMessageAt, unread, waitingSince)
 *   POST /api/v1/tickets                      (a ticket without a chat, e.g. a phone call)
 *   GET  /api/v1/tickets/:id                 (with history and the conversation)
 *   PATCH /api/v1/tickets/:id                 status, priority, categoryId, tags, customFields, assigneeId, teamId
 *   POST /api/v1/tickets/:id/messages {text}  → to the customer, on their channel
 *        (or multipart: `file` + optional `text`, `clientMessageId`: the file goes with a signed link)
 *   POST /api/v1/tickets/:id/notes {text}     → private, never sent
 *   POST /api/v1/tickets/:id/assign {agentId}
 *   POST /api/v1/tickets/:id/handback [{close}]
 *   POST /api/v1/tickets/:id/close            → CSAT question to the customer
 *   POST /api/v1/conversations/:id/takeover
 *   POST /api/v1/inbox/stream-tickets         → { ticket, expiresAt }: single use, short-lived
 *   GET  /api/v1/inbox/stream?ticket=         → SSE: ticket.created, ticket.message, ticket.updated
 *        (or with Authorization: Bearer <key>); closes when the key or its user loses access
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { safeText, uuidText } from '../../domain/input.js';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, type Actor } from '../../domain/model.js';
import { inboxChannel } from '../../tickets/inbox-events.js';
import { auth, requireRole, seesAllTickets, sessionSubject } from '../auth.js';
import { ForbiddenError, PayloadError } from '../../domain/errors.js';
import { customFieldFilters } from '../../custom-fields/filters.js';
import type { DeskActor } from '../../tickets/ticket-desk.service.js';
import { parseBody } from '../parse.js';
import type { PubSubHub } from '../pubsub-hub.js';
import type { StreamGuard } from '../stream-guard.js';
import { lastEventIdOf, openEventStream } from '../sse.js';
import { activityView, eventView, inboxEventView, ticketView } from '../views/ticket.view.js';
import { singleFileUpload } from '../upload.js';

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const listQuery = z.object({
  status: csv(TICKET_STATUSES).optional(),
  priority: csv(TICKET_PRIORITIES).optional(),
  assignee: z.union([z.literal('me'), z.literal('unassigned'), uuidText]).optional(),
  slaBreached: z.enum(['true', 'false']).optional(),
  categoryId: uuidText.optional(),
  teamId: uuidText.optional(),
  customerId: uuidText.optional(),
  tag: safeText({ min: 1, max: 100 }).optional(),
  q: safeText({ trim: true, max: 200 }).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
const tag = safeText({ trim: true, min: 1, max: 100 });
const customFieldValues = z.record(z.string().max(60), z.unknown());
/** Body of PATCH /tickets/:id: any of these; each change is a history event. */
export const ticketPatchBody = z
  .object({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    categoryId: uuidText.nullable().optional(),
    tags: z.array(tag).max(50).optional(),
    customFields: customFieldValues.optional(),
    assigneeId: uuidText.nullable().optional(),
    teamId: uuidText.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one of status, priority, categoryId, tags, customFields, assigneeId, teamId' });
/** Body of POST /tickets: a ticket opened without a chat. */
export const ticketCreateBody = z
  .object({
    customerId: uuidText,
    subject: safeText({ trim: true, min: 1, max: 200 }),
    description: safeText({ max: 10_000 }).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    categoryId: uuidText.optional(),
    tags: z.array(tag).max(50).optional(),
    customFields: customFieldValues.optional(),
    assigneeId: uuidText.optional(),
    teamId: uuidText.optional(),
    source: z.enum(['phone', 'email', 'in_person', 'api', 'other']).optional(),
  })
  .strict();
export const fileReplyFields = z.object({ text: safeText({ trim: true, max: 4000 }).optional(), clientMessageId: safeText({ max: 100 }).optional() });
export const textBody = z.object({ text: safeText({ trim: true, min: 1, max: 4000 }), clientMessageId: safeText({ max: 100 }).optional() });
export const assignBody = z.object({ agentId: uuidText });
export const handbackBody = z.object({ close: z.boolean().optional() });

function actor(req: Request): Actor {
  return { userId: auth(req).userId, role: 'agent' };
}

function deskActor(req: Request): DeskActor {
  return { ...actor(req), seesAll: seesAllTickets(req) };
}

/** Agents see their own tickets and the unassigned queue: undefined = every ticket. */
function visibleTo(req: Request): string | null | undefined {
  return seesAllTickets(req) ? undefined : auth(req).userId;
}

/** Whether an inbox event concerns a ticket the agent may see: its own or an unassigned one (events without an assignee field are for everyone). */
function visibleToAgent(data: unknown, userId: string | null): boolean {
  if (!data || typeof data !== 'object' || !('assigneeId' in data)) return true;
  const assignee = (data as { assigneeId: unknown }).assigneeId;
  return assignee === null || assignee === undefined || assignee === userId;
}

export function ticketRoutes(c: Container, hub: PubSubHub, guard: StreamGuard): Router {
  const r = withIdParams(Router());
  const t = c.tickets;
  const act = c.agentActions;
  const agent = requireRole('agent');

  /** The ticket, if this key may see it (404 otherwise, as for another tenant's). */
  const visible = async (req: Request) => t.get(auth(req).tenantId, String(req.params.id), visibleTo(req));

  r.get('/tickets', agent, async (req, res) => {
    const q = parseBody(listQuery, req.query);
    const assignee = q.assignee === 'me' ? (auth(req).userId ?? 'unassigned') : q.assignee;
    const rows = await t.list(auth(req).tenantId, {
      status: q.status,
      priority: q.priority,
      assignee,
      slaBreached: q.slaBreached === 'true',
      categoryId: q.categoryId,
      teamId: q.teamId,
      customerId: q.customerId,
      tag: q.tag,
      q: q.q || undefined,
      customFields: customFieldFilters(req.query as Record<string, unknown>),
      visibleTo: visibleTo(req),
      limit: q.limit,
    });
    const activity = await t.activity(auth(req).tenantId, rows.map((x) => x.id));
    res.json({ items: rows.map((x) => ({ ...ticketView(x), ...activityView(activity.get(x.id)) })) });
  });

  r.post('/tickets', agent, async (req, res) => {
    const body = parseBody(ticketCreateBody, req.body);
    const ticket = await c.ticketDesk.create(auth(req).tenantId, deskActor(req), body);
    res.status(201).json(ticketView(ticket));
  });

  r.get('/tickets/:id', agent, async (req, res) => {
    const tenantId = auth(req).tenantId;
    const ticket = await visible(req);
    const [history, conversation] = await Promise.all([t.history(tenantId, ticket.id), ticket.conversationId ? c.conversations.messages(tenantId, ticket.conversationId) : []]);
    res.json({ ...ticketView(ticket), history: history.map(eventView), messages: conversation });
  });

  r.patch('/tickets/:id', agent, async (req, res) => {
    const body = parseBody(ticketPatchBody, req.body);
    const ticket = await c.ticketDesk.update(auth(req).tenantId, String(req.params.id), deskActor(req), body);
    res.json(ticketView(ticket));
  });

  const upload = singleFileUpload(async (req) => c.attachments.maxBytesFor(auth(req).tenantId));
  r.post('/tickets/:id/messages', agent, upload, async (req, res) => {
    const tenantId = auth(req).tenantId;
    if (req.is('multipart/form-data') && !req.file) throw new PayloadError('a multipart reply needs the file in the field `file` (or send JSON {text})');
    const body = req.file ? parseBody(fileReplyFields, req.body ?? {}) : parseBody(textBody, req.body);
    await visible(req);
    const file = req.file ? await c.attachments.storeBytes(tenantId, req.file.buffer, req.file.originalname, await c.attachments.maxBytesFor(tenantId)) : undefined;
    const out = await act.reply(tenantId, String(req.params.id), actor(req), body.text ?? '', body.clientMessageId, file);
    res.status(202).json({ accepted: true, messageId: out.messageId, duplicate: out.messageId === null });
  });

  r.post('/tickets/:id/notes', agent, async (req, res) => {
    await visible(req);
    await act.note(auth(req).tenantId, String(req.params.id), actor(req), parseBody(textBody, req.body).text);
    res.status(201).json({ ok: true });
  });

  r.post('/tickets/:id/assign', agent, async (req, res) => {
    const { agentId } = parseBody(assignBody, req.body);
    await visible(req);
    if (!seesAllTickets(req) && agentId !== auth(req).userId) throw new ForbiddenError('an agent assigns tickets only to itself; a supervisor or admin reassigns');
    await act.assign(auth(req).tenantId, String(req.params.id), actor(req), agentId);
    res.json(ticketView(await t.get(auth(req).tenantId, String(req.params.id))));
  });

  r.post('/tickets/:id/handback', agent, async (req, res) => {
    await visible(req);
    await act.handback(auth(req).tenantId, String(req.params.id), actor(req), parseBody(handbackBody, req.body ?? {}));
    res.json(ticketView(await t.get(auth(req).tenantId, String(req.params.id))));
  });

  r.post('/tickets/:id/close', agent, async (req, res) => {
    await visible(req);
    await act.close(auth(req).tenantId, String(req.params.id), actor(req));
    res.json(ticketView(await t.get(auth(req).tenantId, String(req.params.id))));
  });

  r.post('/conversations/:id/takeover', agent, async (req, res) => {
    const ticket = await act.takeover(auth(req).tenantId, String(req.params.id), actor(req));
    res.status(201).json(ticketView(ticket));
  });

  r.post('/inbox/stream-tickets', agent, async (req, res) => {
    const a = auth(req);
    const issued = await c.streamTickets.issue(a.keyId ?? sessionSubject(a.sessionId ?? ''));
    res.status(201).json({ ticket: issued.ticket, expiresAt: issued.expiresAt.toISOString(), streamUrl: `/api/v1/inbox/stream?ticket=${encodeURIComponent(issued.ticket)}` });
  });

  r.get('/inbox/stream', agent, async (req, res) => {
    const a = auth(req);
    const { tenantId, keyId, sessionId } = a;
    const seesAll = seesAllTickets(req);
    const lease = await c.limits.openStream([{ key: keyId ? `key:${keyId}` : `session:${sessionId}`, limit: c.config.limits.streams.perToken }]);
    const stream = openEventStream(req, res, lease);
    // The inbox sends no event ids; a client that sends a Last-Event-ID must send a well-formed one.
    const resume = lastEventIdOf(req);
    if (!resume.ok) return stream.fail('bad_request', resume.reason);
    try {
      const unsubscribe = await hub.subscribe(inboxChannel(c.config.redis.prefix, tenantId), (raw) => {
        try {
          const msg = inboxEventView(raw);
          // An agent sees its own tickets and the unassigned queue, live as in the list.
          if (!seesAll && !visibleToAgent(msg.data, a.userId)) return;
          stream.send(msg.event, msg.data);
        } catch {
          /* ignore */
        }
      });
      stream.onClose(() => void unsubscribe());
      // Open only while the key still authenticates as an agent, supervisor or admin (revocation, deactivation, expiry close it).
      await guard.watch(a, stream, (role) => role === 'admin' || role === 'supervisor' || role === 'agent');
      stream.send('ready', {});
    } catch (err) {
      c.logger.warn({ err, tenantId }, 'inbox stream could not start');
      stream.fail('unavailable', 'the stream could not start; reconnect later');
    }
  });
  return r;
}
