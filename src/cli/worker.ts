/**
 * `npm run worker`: answers and delivers conversations, indexes knowledge-base documents. Run as many as you like.
 * Its heap grows to (1 + WORKER_HEAP_GROWING_PERCENT/100) x its live size before a full GC, and its young
 * generation is capped at start-up by `--max-semi-space-size` in package.json's `worker` script (src/app/heap.ts).
 * With WORKER_METRICS_PORT set, it also serves GET /health and GET /metrics on that port.
 */
import { boot, type Stoppable } from '../app/boot.js';
import { startMetricsServer } from '../observability/metrics-server.js';
import { limitHeapGrowth } from '../app/heap.js';
import { startWorkers } from '../worker/run.js';

await boot({ prepare: 'redis' }, async (c) => {
  limitHeapGrowth(c.config.worker.heapGrowingPercent);
  const started: Stoppable[] = [await startWorkers(c)];
  c.logger.info({ concurrency: c.config.worker.concurrency, pid: process.pid }, 'conversation worker started');
  const port = c.config.ops.workerMetricsPort;
  if (port > 0) started.push(await startMetricsServer(c.metrics, { port, host: c.config.http.host, logger: c.logger }));
  return started;
});
