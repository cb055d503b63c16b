/** Entry point: `npm run gateway`. HTTP only (webhooks, web chat, API) plus the outbox relay. */
import { createContainer } from './app/container.js';
import { prepareServices } from './app/bootstrap.js';
import { bootLogger, loadConfigOrExit, onShutdown, runMain } from './app/run.js';
import { startGateway } from './gateway.js';

const logger = bootLogger();
await runMain(logger, async () => {
  const config = loadConfigOrExit(logger);
  await prepareServices({ databaseUrl: config.db.url, redisUrl: config.redis.url }, logger);
  const c = createContainer(config, { logger });
  const gw = await startGateway(c);
  onShutdown(logger, async () => {
    await gw.close();
    await c.close();
  });
});
