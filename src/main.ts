/**
 * `npm start`: the whole product in one process — prepares Postgres (database,
 * pgvector, migrations), checks Redis, seeds a demo tenant when the database is
 * empty, then runs the HTTP gateway and the conversation worker.
 */
import { createContainer } from './app/container.js';
import { prepareServices } from './app/bootstrap.js';
import { ensureDemoTenant } from './app/demo.js';
import { bootLogger, loadConfigOrExit, onShutdown, runMain } from './app/run.js';
import { startGateway } from './gateway.js';
import { startWorkers } from './worker/run.js';

const logger = bootLogger();
await runMain(logger, async () => {
  const config = loadConfigOrExit(logger);
  await prepareServices({ databaseUrl: config.db.url, redisUrl: config.redis.url }, logger);
  const c = createContainer(config, { logger });
  const gw = await startGateway(c);
  const worker = await startWorkers(c);
  const demo = await ensureDemoTenant(c);
  const base = config.http.publicBaseUrl;
  const lines = [
    '',
    '  Gateway is up.',
    `  Health:          ${base}/health   Metrics: ${base}/metrics`,
    `  API description: ${base}/openapi.json`,
    `  Queue dashboard: ${base}/admin/queues`,
  ];
  if (demo) {
    lines.push(
      `  Demo tenant:     ${demo.tenantId}`,
      `  Demo admin key:  ${demo.apiKey}`,
      `  Demo web chat:   ${base}/chat/${demo.webchatConnectionId}`,
      `  Try:             curl -H "Authorization: Bearer ${demo.apiKey}" ${base}/api/v1/channels`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  onShutdown(logger, async () => {
    await worker.close();
    await gw.close();
    await c.close();
  });
});
