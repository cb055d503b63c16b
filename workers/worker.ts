/** Entry point: `npm run worker`. Answers and delivers conversations, indexes knowledge-base documents. */
import { createContainer } from '../src/app/container.js';
import { bootLogger, loadConfigOrExit, onShutdown, runMain } from '../src/app/run.js';
import { checkRedis } from '../src/app/bootstrap.js';
import { startWorkers } from '../src/worker/run.js';

const logger = bootLogger();
await runMain(logger, async () => {
  const config = loadConfigOrExit(logger);
  await checkRedis(config.redis.url);
  const c = createContainer(config, { logger });
  const workers = await startWorkers(c);
  logger.info({ concurrency: config.worker.concurrency, pid: process.pid }, 'conversation worker started');
  onShutdown(logger, async () => {
    await workers.close();
    await c.close();
  });
});
