/**
 * `GET /api/v1/analytics/agents?from=&to=` (seed 001 agent_analytics): per agent
 * and day — conversations handled, average first-response and resolution time,
 * CSAT average, escalations received — and per tenant the bot containment rate:
 * the share of conversations with a bot answer that never became a ticket.
 * An agent sees only its own rows (and no tenant figures); supervisors,
 * analysts and admins see every agent's.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { PayloadError } from '../../domain/errors.js';
import { isoDate, isStorableDate } from '../../domain/input.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

export const query = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export function analyticsRoutes(c: Container): Router {
  const r = Router();
  r.get('/analytics/agents', requireRole('analyst', 'agent'), async (req, res) => {
    const q = parseBody(query, req.query);
    const to = q.to ?? new Date();
    const monthBefore = new Date(to.getTime() - 30 * 24 * 3600 * 1000);
    const from = q.from ?? (isStorableDate(monthBefore) ? monthBefore : to);
    if (from > to) throw new PayloadError('from must be before to');
    const { rows: all, containment } = await c.analytics.agentsReport(auth(req).tenantId, from, to);
    // An agent sees only its own figures; supervisors (team analytics), analysts and admins every agent's.
    const own = auth(req).role === 'agent';
    const rows = own ? all.filter((x) => x.agent_id === auth(req).userId) : all;
    res.json({
      from: from.toISOString(),
      to: to.toISOString(),
      items: rows.map((x) => ({
        agentId: x.agent_id,
        agentName: x.agent_name,
        day: x.day,
        conversationsHandled: x.conversations_handled,
        avgFirstResponseSeconds: x.avg_first_response_seconds,
        avgResolutionSeconds: x.avg_resolution_seconds,
        csatAverage: x.csat_average,
        csatCount: x.csat_count,
        escalationsReceived: x.escalations_received,
      })),
      tenant: own ? null : { botConversations: containment.total, containedByBot: containment.contained, botContainmentRate: containment.total ? containment.contained / containment.total : null },
    });
  });
  return r;
}
