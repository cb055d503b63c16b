/**
 * `npm run bench [-- ingest|webhooks|answer|retrieval|escalation]`: prints webhook ingest side by
 * side with a bare baseline (`webhooks`; bench/webhook-ingest.bench.ts), the
 * worker's backlog drain and end-to-end reply p50/p99 at a fixed offered load
 * (`answer`; bench/ingest-and-reply.bench.ts) — `ingest` runs both — and
 * retrieval latency on a synthetic corpus, and the offline escalation analysis per
 * message (`escalation`; bench/escalation.bench.ts, no database). Numbers only, no assertions.
 * Results are also appended to bench/results/.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEscalation } from './escalation.bench.js';
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
if (which === 'all' || which === 'ingest' || which === 'answer') {
  const r = await benchIngestAndReply();
  emit(r.lines);
  await writeFile(path.join(dir, `answer-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), `${JSON.stringify({ at: new Date().toISOString(), ...r.figures }, null, 2)}\n`);
}
if (which === 'all' || which === 'retrieval') emit(await benchRetrieval());
if (which === 'all' || which === 'escalation') emit(await benchEscalation());
emit([`bench: done in ${((Date.now() - started) / 1000).toFixed(1)} s`]);
await appendFile(path.join(dir, 'latest.txt'), `${out.join('\n')}\n\n`);
process.exit(0);
