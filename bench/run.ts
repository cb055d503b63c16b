/**
 * `npm run bench [-- ingest|webhooks|retrieval]`: prints webhook ingest side by
 * side with a bare baseline (`webhooks`; bench/webhook-ingest.bench.ts), throughput
 * and p50/p99 latencies of web chat ingest and end-to-end reply (`ingest` runs both), and retrieval latency on a synthetic
 * corpus. Numbers only, no assertions. Results are also appended to bench/results/.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchIngestAndReply } from './ingest-and-reply.bench.js';
import { benchRetrieval } from './retrieval.bench.js';
import { benchWebhookIngest } from './webhook-ingest.bench.js';

const which = process.argv[2] ?? 'all';
const started = Date.now();
const out: string[] = [`bench: node ${process.version}, ${new Date().toISOString()}`];
process.stdout.write(`${out[0]}\n`);
const emit = (lines: string[]) => {
  for (const l of lines) process.stdout.write(`${l}\n`);
  out.push(...lines);
};
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
await mkdir(dir, { recursive: true });
if (which === 'all' || which === 'ingest' || which === 'webhooks') {
  const r = await benchWebhookIngest();
  emit(r.lines);
  await writeFile(path.join(dir, `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), `${JSON.stringify({ at: new Date().toISOString(), bare: r.bare, gateway: r.gateway }, null, 2)}\n`);
}
if (which === 'all' || which === 'ingest') emit(await benchIngestAndReply());
if (which === 'all' || which === 'retrieval') emit(await benchRetrieval());
emit([`bench: done in ${((Date.now() - started) / 1000).toFixed(1)} s`]);
await appendFile(path.join(dir, 'latest.txt'), `${out.join('\n')}\n\n`);
process.exit(0);
