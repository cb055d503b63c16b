/** `npm run bench`: prints throughput and p50/p99 latencies. Numbers only, no assertions. */
import { benchIngestAndReply } from './ingest-and-reply.bench.js';

const started = Date.now();
process.stdout.write(`bench: node ${process.version}, ${new Date().toISOString()}\n`);
for (const line of await benchIngestAndReply()) process.stdout.write(`${line}\n`);
process.stdout.write(`bench: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(0);
