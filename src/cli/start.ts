/**
 * `npm start`: the whole product in one process — prepares Postgres (database,
 * pgvector, migrations), checks Redis, runs the HTTP gateway and the workers,
 * and seeds a demo tenant when the database is empty.
 */
import { boot } from '../app/boot.js';
import { ensureDemoTenant } from '../app/demo.js';
import { startGateway } from '../http/server.js';
import { startWorkers } from '../worker/run.js';

await boot({ prepare: 'database' }, async (c) => {
  const gateway = await startGateway(c);
  const workers = await startWorkers(c);
  const demo = await ensureDemoTenant(c);
  const base = c.config.http.publicBaseUrl;
  const lines = [
    '',
    '  Gateway is up.',
    `  Health:          ${base}/health   Metrics: ${base}/metrics`,
    `  API description: ${base}/openapi.json`,
    `  Queue board:     ${base}/admin/queues (platform operators: npm run admin -- create-operator-key)`,
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
  return [gateway, workers];
});
