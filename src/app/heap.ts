/**
 * The V8 flags of the long-running processes, set on node's command line (package.json's `worker` and `gateway`
 * scripts, docker-compose.yml; tests/unit/heap.test.ts keeps them equal to these lists). Never with
 * v8.setFlagsFromString at run time: Node documents that as able to crash the process, and it did — workers that set
 * their heap growth that way died of SIGSEGV right there, at start-up, about once in 15 starts on a loaded 2-core
 * machine (a loop of worker starts next to two busy processes), and in fresh-clone CI runs (a fault test's rescuer
 * worker, the two-worker LINE test). Until 2026-12 these were the settings WORKER_HEAP_GROWING_PERCENT and
 * GATEWAY_HEAP_GROWING_PERCENT; to change them, run the process with other flags (README, "Configuration").
 *
 * `--heap-growing-percent=100`: the old generation grows to 2x its live size before a full GC. The worker's live heap
 * is ~60 MB (mostly compiled code), but V8's own heuristic lets it grow up to 4x, and the answer workload promotes
 * enough short-lived data to reach that: ~400 MB RSS; at 100 it stays near 280 MB for about 8% more CPU per answer
 * under the answer bench (more full GCs, each of a 60 MB heap; what --max-old-space-size costs, ~30%, is GC thrashing
 * near a hard limit, which this does not set). The gateway under the webhook bench (~5,000 msg/s, one process):
 * 309–310 MB peak RSS with V8's heuristic, 235–238 MB at 100, with no measurable throughput cost.
 *
 * `--max-semi-space-size=8` (worker): V8 grows the young generation to two 16 MB semi-spaces (34 MB committed) under
 * the answer workload; 8 MB each gives 17 MB less RSS (peak 300–306 → 271–275 MB) for 1–3% more worker CPU per answer
 * in more scavenges. Only settable at start-up.
 *
 * `--no-regexp-tier-up` (worker): regular expressions compiled to machine code on their first run instead of
 * interpreted as bytecode first. The escalation analysis runs thousands of large term alternations, each now and then;
 * with tier-up the worker's CPU profile still showed them in the interpreter, and the answer bench measured ~1.2 ms
 * more worker CPU per answer (README, "Faster answering").
 */

/** node flags of `npm run worker`, in this order before `scripts/launch.mjs worker`. */
export const WORKER_NODE_FLAGS = ['--max-semi-space-size=8', '--no-regexp-tier-up', '--heap-growing-percent=100'] as const;

/** node flags of `npm run gateway` (each cluster process inherits them: node:cluster forks with process.execArgv). */
export const GATEWAY_NODE_FLAGS = ['--heap-growing-percent=100'] as const;
