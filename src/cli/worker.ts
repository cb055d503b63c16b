/**
 * `npm run worker`: answers and delivers conversations, indexes knowledge-base documents. Run as many as you like.
 * Its V8 flags (heap growth, young generation, no regexp tier-up) are on its command line: package.json's `worker`
 * script, src/app/heap.ts.
 * With WORKER_METRICS_PORT set, it also serves GET /health and GET /metrics on that port.
 */
import { boot, type Stoppable } from '../app/boot.js';
import { startMetricsServer } from '../observability/metrics-server.js';
import { startWorkers } from '../worker/run.js';

await boot({ prepare: 'redis' }, async (c) => {
  const started: Stoppable[] = [await startWorkers(c)];
  // No forced full collection after the learned model's training (its temporaries go at the next GC): it needed
  // --expose-gc set at run time, the kind of flag change that crashed workers at start-up (src/app/heap.ts).
  c.logger.info({ concurrency: c.config.worker.concurrency, pid: process.pid }, 'conversation worker started');
  const port = c.config.ops.workerMetricsPort;
  if (port > 0) started.push(await startMetricsServer(c.metrics, { port, host: c.config.http.host, logger: c.logger }));
  return started;
});
