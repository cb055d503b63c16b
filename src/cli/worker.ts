/**
 * `npm run worker`: answers and delivers conversations, indexes knowledge-base documents. Run as many as you like.
 * Its heap grows to (1 + WORKER_HEAP_GROWING_PERCENT/100) x its live size before a full GC, and its young
 * generation is capped at start-up by `--max-semi-space-size` in package.json's `worker` script (src/app/heap.ts).
 * With WORKER_METRICS_PORT set, it also serves GET /health and GET /metrics on that port.
 */
import v8 from 'node:v8';
import { boot, type Stoppable } from '../app/boot.js';
import { startMetricsServer } from '../observability/metrics-server.js';
import { limitHeapGrowth } from '../app/heap.js';
import { startWorkers } from '../worker/run.js';

// Regular expressions compiled to machine code on their first run instead of interpreted as bytecode first (V8's
// tier-up). The escalation analysis runs thousands of large term alternations, each now and then; with tier-up the
// worker's CPU profile still showed them running in the interpreter, and the answer bench measured ~1.2 ms more worker
// CPU per answer (README, "Faster answering"). Same matches: one engine, irregexp, run one way instead of two.
v8.setFlagsFromString('--no-regexp-tier-up');

await boot({ prepare: 'redis' }, async (c) => {
  limitHeapGrowth(c.config.worker.heapGrowingPercent);
  const started: Stoppable[] = [await startWorkers(c)];
  // No forced full collection after the learned model's training (its temporaries go at the next GC): the worker
  // did one for a session (v8 --expose-gc at run time, or from the command line) and died of SIGSEGV right there in a
  // fresh-clone CI run and in one of nine runs of tests/faults/worker-kill.test.ts, both times before this log line;
  // none in six runs without it. It had saved 3–5 MB of peak RSS.
  c.logger.info({ concurrency: c.config.worker.concurrency, pid: process.pid }, 'conversation worker started');
  const port = c.config.ops.workerMetricsPort;
  if (port > 0) started.push(await startMetricsServer(c.metrics, { port, host: c.config.http.host, logger: c.logger }));
  return started;
});
