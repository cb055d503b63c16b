/**
 * `GET /api/v1/analytics/agents?from=&to=` (seed 001 agent_analytics): per agent
 * and day — conversations handled, average first-response and resolution time,
 * CSAT average, escalations received — and per tenant the bot containment rate:
 * the share of conversations with a bot answer that never became a ticket.
 * An agent sees only its own rows (and no tenant figures); supervisors,
 * analysts and admins see every agent's.
 *
 * `GET /api/v1/analytics/overview?from=&to=[&format=csv]` (admins, supervisors,
 * analysts): the admin console's reports — conversations per channel per day,
 * bot containment, escalations by reason, first-response and resolution times,
 * CSAT, SLA breaches — as JSON or one CSV table.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { overviewCsv } from '../../analytics/analytics.queries.js';
import { PayloadError } from '../../domain/errors.js';
import { isoDate, isStorableDate } from '../../domain/input.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

export const query = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const overviewQuery = query.extend({ format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).optional() });

/** The period asked for, or the 30 days before `to` (default now). */
function period(q: { from?: Date; to?: Date }): { from: Date; to: Date } {
  const to = q.to ?? new Date();
  const monthBefore = new Date(to.getTime() - 30 * 24 * 3600 * 1000);
  const from = q.from ?? (isStorableDate(monthBefore) ? monthBefore : to);
  if (from > to) throw new PayloadError('from must be before to');
  return { from, to };
}

export function analyticsRoutes(c: Container): Router {
  const r = Router();
  r.get('/analytics/agents', requireRole('analyst', 'agent'), async (req, res) => {
    const { from, to } = period(parseBody(query, req.query));
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
  // The admin console's reports (charts and CSV export): tenant-wide figures, so not for agents.
  r.get('/analytics/overview', requireRole('analyst', 'supervisor'), async (req, res) => {
    const q = parseBody(overviewQuery, req.query);
    const { from, to } = period(q);
    const report = await c.analytics.overview(auth(req).tenantId, from, to);
    if (q.format === 'csv') {
      const name = `report-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}.csv`;
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      return void res.type('text/csv; charset=utf-8').send(overviewCsv(report));
    }
    res.json({ from: from.toISOString(), to: to.toISOString(), ...report });
  });
  return r;
}
