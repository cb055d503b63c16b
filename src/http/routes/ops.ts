/** Health, readiness, Prometheus metrics and the queue overview. */
import { Router } from 'express';
import type { Container } from '../../app/container.js';
import type { Metrics } from '../../observability/metrics.js';
import { CONVERSATION_QUEUE } from '../../queue/queues.js';
import { redactText } from '../../logging/logger.js';
import { requireRole } from '../auth.js';

async function queueCounts(c: Container) {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, q] of c.queues) out[name] = await q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  return out;
}

export function opsRoutes(c: Container, metrics: Metrics): Router {
  const r = Router();
  r.get('/health', (_req, res) => void res.json({ status: 'ok' }));

  r.get('/ready', async (_req, res) => {
    const checks: Record<string, string> = {};
    try {
      await c.database.ping();
      checks.postgres = 'ok';
    } catch (err) {
      checks.postgres = `down: ${(err as Error).message}`;
    }
    try {
      await c.redis.ping();
      checks.redis = 'ok';
    } catch (err) {
      checks.redis = `down: ${(err as Error).message}`;
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'degraded', checks });
  });

  r.get('/metrics', async (_req, res) => {
    const gauges: Array<{ name: string; help: string; labels?: Record<string, string>; value: number }> = [];
    try {
      const counts = await queueCounts(c);
      for (const [queue, states] of Object.entries(counts)) {
        for (const [state, n] of Object.entries(states)) gauges.push({ name: 'gateway_queue_jobs', help: 'Jobs per queue and state', labels: { queue, state }, value: n });
      }
    } catch {
      gauges.push({ name: 'gateway_redis_up', help: 'Redis reachable', value: 0 });
    }
    gauges.push({ name: 'gateway_outbox_backlog', help: 'Outbox rows not yet relayed to the queue', value: await c.relay.backlog().catch(() => -1) });
    gauges.push({ name: 'gateway_outbox_relayed_total', help: 'Outbox rows relayed by this process', value: c.relay.relayed });
    res.type('text/plain; version=0.0.4').send(metrics.render(gauges));
  });

  return r;
}

/** Queue dashboard data (JSON, admin key); the HTML dashboard at /admin/queues renders it. */
export function queueRoutes(c: Container): Router {
  const r = Router();
  r.get('/queues', requireRole(), async (_req, res) => {
    const [counts, backlog] = await Promise.all([queueCounts(c), c.relay.backlog()]);
    const q = c.queues.get(CONVERSATION_QUEUE);
    const failed = q ? await q.getJobs(['failed'], 0, 19) : [];
    res.json({
      queues: counts,
      outboxBacklog: backlog,
      recentFailures: failed.map((j) => ({ id: j.id, name: j.name, attemptsMade: j.attemptsMade, failedReason: redactText(j.failedReason ?? ''), finishedOn: j.finishedOn })),
    });
  });
  return r;
}
