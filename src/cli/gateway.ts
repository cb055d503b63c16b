/**
 * `npm run gateway [-- --processes N]`: HTTP only (webhooks, web chat, API),
 * the outbox relay and WhatsApp Web sessions. N processes share the port
 * (node:cluster; default GATEWAY_PROCESSES = one per core); 1 runs in this process.
 * Its V8 flags (heap growth) are on its command line: package.json's `gateway` script, src/app/heap.ts.
 */
import cluster from 'node:cluster';
import { boot, bootCluster } from '../app/boot.js';
import { processesFlag } from '../app/cluster.js';
import { startGateway } from '../http/server.js';

let requested: number | undefined;
try {
  requested = processesFlag(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`gateway: ${(err as Error).message}\n`);
  process.exit(64);
}
if (cluster.isWorker) await boot({ prepare: 'redis' }, async (c) => [await startGateway(c)]);
else if (!(await bootCluster(requested))) await boot({ prepare: 'database' }, async (c) => [await startGateway(c)]);
