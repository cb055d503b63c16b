/** `npm run worker`: answers and delivers conversations, indexes knowledge-base documents. Run as many as you like. */
import { boot } from '../app/boot.js';
import { startWorkers } from '../worker/run.js';

await boot({ prepare: 'redis' }, async (c) => {
  const workers = await startWorkers(c);
  c.logger.info({ concurrency: c.config.worker.concurrency, pid: process.pid }, 'conversation worker started');
  return [workers];
});
