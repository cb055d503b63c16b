/** Entry point: `npm run worker`. Answers inbound messages and delivers outbound ones. */
import { createContainer } from '../src/app/container.js';
import { createResponder } from '../src/app/responder-factory.js';
import { bootLogger, loadConfigOrExit, onShutdown, runMain } from '../src/app/run.js';
import { checkRedis } from '../src/app/bootstrap.js';
import { startConversationWorker } from '../src/worker/conversation.worker.js';

const logger = bootLogger();
await runMain(logger, async () => {
  const config = loadConfigOrExit(logger);
  await checkRedis(config.redis.url);
  const c = createContainer(config, { logger });
  const worker = startConversationWorker(c, { responder: createResponder(c) });
  logger.info({ concurrency: config.worker.concurrency, pid: process.pid }, 'conversation worker started');
  onShutdown(logger, async () => {
    await worker.close();
    await c.close();
  });
});
