/**
 * `npm run bench [-- ingest|retrieval]`: prints throughput and p50/p99 latencies
 * for webhook ingest and end-to-end reply, and retrieval latency on a synthetic
 * corpus. Numbers only, no assertions. Results are also appended to bench/results/.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchIngestAndReply } from './ingest-and-reply.bench.js';
import { benchRetrieval } from './retrieval.bench.js';

const which = process.argv[2] ?? 'all';
const started = Date.now();
const out: string[] = [`bench: node ${process.version}, ${new Date().toISOString()}`];
process.stdout.write(`${out[0]}\n`);
const emit = (lines: string[]) => {
  for (const l of lines) process.stdout.write(`${l}\n`);
  out.push(...lines);
};
if (which === 'all' || which === 'ingest') emit(await benchIngestAndReply());
if (which === 'all' || which === 'retrieval') emit(await benchRetrieval());
emit([`bench: done in ${((Date.now() - started) / 1000).toFixed(1)} s`]);
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
await mkdir(dir, { recursive: true });
await appendFile(path.join(dir, 'latest.txt'), `${out.join('\n')}\n\n`);
process.exit(0);
