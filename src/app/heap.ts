/**
 * A process's heap growth (WORKER_HEAP_GROWING_PERCENT, GATEWAY_HEAP_GROWING_PERCENT).
 * The worker's live heap is ~60 MB (mostly compiled code), but V8 lets the old
 * generation grow up to 4x the live size before a full GC, and the answer
 * workload promotes enough short-lived data to reach that: ~400 MB RSS. A
 * growing factor of 2 keeps it near 280 MB for about 8% more CPU per answer
 * under the answer bench (more full GCs, each of a 60 MB heap; what
 * --max-old-space-size costs, ~30%, is GC thrashing near a hard limit, which
 * this does not set). The gateway under the webhook bench (~5,000 msg/s, one
 * process): 309–310 MB peak RSS with V8's heuristic, 235–238 MB at 100, with
 * no measurable throughput cost (ratio to the bare baseline 0.84–0.87x before,
 * 0.89–0.91x after, two alternating pairs).
 *
 * The young generation is the other part of the worker's heap that is not live
 * data: V8 grows it to two 16 MB semi-spaces (34 MB committed) under the answer
 * workload. Its size can only be set when the process starts, so `npm run worker`
 * passes `--max-semi-space-size=8` (package.json; the answer bench runs the same
 * flags): 17 MB less RSS (peak 300–306 → 271–275 MB with the compact word index
 * of src/rag/word-vectors.ts), for 1–3% more worker CPU per answer in more scavenges.
 */
import v8 from 'node:v8';

/** The V8 flag for `percent`, or undefined for 0 (V8's own heuristic). */
export function heapGrowingFlag(percent: number): string | undefined {
  if (!Number.isInteger(percent) || percent < 0) throw new Error(`heap growing percent must be a non-negative integer, got ${percent}`);
  return percent === 0 ? undefined : `--heap-growing-percent=${percent}`;
}

/** Sets the growing factor of this process's old generation (read by V8 at every full GC). */
export function limitHeapGrowth(percent: number): void {
  const flag = heapGrowingFlag(percent);
  if (flag) v8.setFlagsFromString(flag);
}
