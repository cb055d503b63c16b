/**
 * Health, readiness, Prometheus metrics and the tenant's queue overview.
 * `/ready` is public: it names what is down, never why (the reason is logged).
 */
import { Router } from 'express';
import type { Container } from '../../app/container.js';
import { auth, requireRole } from '../auth.js';

export function opsRoutes(c: Container): Router {
  const r = Router();
  r.get('/health', (_req, res) => void res.json({ status: 'ok' }));

  r.get('/ready', async (_req, res) => {
    const probe = async (name: string, check: () => Promise<unknown>): Promise<'ok' | 'down'> => {
      try {
        await check();
        return 'ok';
      } catch (err) {
        c.logger.warn({ dependency: name, err: (err as Error).message }, 'readiness check failed');
        return 'down';
      }
    };
    const [postgres, redis] = await Promise.all([probe('postgres', () => c.database.ping()), probe('redis', () => c.redis.ping())]);
    const ok = postgres === 'ok' && redis === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'degraded', checks: { postgres, redis } });
  });

  r.get('/metrics', async (_req, res) => {
    const { contentType, body } = await c.metrics.render();
    res.type(contentType).send(body);
  });

  return r;
}

/**
 * `GET /api/v1/queues` (tenant admin): the caller's tenant only — its pending
 * and failed work and its own failed jobs. Every tenant's view is for
 * platform operators (Bull Board at /admin/queues, `npm run admin -- queues`).
 */
export function queueRoutes(c: Container): Router {
  const r = Router();
  r.get('/queues', requireRole(), async (req, res) => void res.json(await c.queueOverview.forTenant(auth(req).tenantId)));
  return r;
}
