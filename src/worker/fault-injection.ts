/**
 * Test-only fault injection for the fault tests (tests/faults): with
 * `GW_FAULT_KILL_AT=before-record|after-record|after-send` and NODE_ENV=test,
 * the worker process SIGKILLs itself the first time a reply reaches that point,
 * so a test can prove that a crash in each window of the reply path still
 * answers the customer exactly once. Config ignores the variable outside
 * NODE_ENV=test, so this never arms in production.
 */
import type { Logger } from 'pino';
import type { Config, ReplyPathPoint } from '../config/index.js';

export function replyPathFaultHook(config: Config, logger: Logger): ((point: ReplyPathPoint) => void) | undefined {
  const killAt = config.faults.killAt;
  if (!killAt) return undefined;
  logger.warn({ killAt }, 'fault injection armed (NODE_ENV=test): this worker kills itself when a reply reaches this point');
  return (point) => {
    if (point !== killAt) return;
    logger.fatal({ point, pid: process.pid }, 'fault injection: SIGKILL');
    process.kill(process.pid, 'SIGKILL');
  };
}
