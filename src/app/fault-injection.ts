/**
 * Test-only fault injection for the fault tests (tests/faults): with
 * `GW_FAULT_KILL_AT=before-record|after-record|after-send` and NODE_ENV=test,
 * the worker process SIGKILLs itself the first time a reply reaches that point,
 * so a test can prove that a crash in each window of the reply path still
 * answers the customer exactly once. Config ignores the variable outside
 * NODE_ENV=test, so this never arms in production.
 */
import { writeSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config, ReplyPathPoint } from '../config/index.js';

export function replyPathFaultHook(config: Config, logger: Logger): ((point: ReplyPathPoint, inboundId: string) => void) | undefined {
  const killAt = config.faults.killAt;
  if (!killAt) return undefined;
  logger.warn({ killAt }, 'fault injection armed (NODE_ENV=test): this worker kills itself when a reply reaches this point');
  return (point, inboundId) => {
    if (point !== killAt) return;
    // Written synchronously: an asynchronous log line would die with the process.
    writeSync(1, `${JSON.stringify({ level: 60, time: Date.now(), pid: process.pid, point, inboundId, msg: 'fault injection: SIGKILL' })}\n`);
    process.kill(process.pid, 'SIGKILL');
  };
}
