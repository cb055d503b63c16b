/**
 * `npm start`: the whole product in one process — prepares Postgres (database,
 * pgvector, migrations), checks Redis, runs the HTTP gateway and the workers,
 * and seeds a demo tenant when the database is empty.
 */
import { boot } from '../app/boot.js';
import { demoFile, ensureDemoTenant } from '../app/demo.js';
import { startGateway } from '../http/server.js';
import { warmProductDetector } from '../escalation/learned/learned-detector.js';
import { startWorkers } from '../worker/run.js';

await boot({ prepare: 'database' }, async (c) => {
  // The learned escalation model trains (about a second of blocking CPU) before the HTTP server listens, not while it serves.
  if (c.config.escalation.learned) warmProductDetector(c.logger);
  const gateway = await startGateway(c);
  const workers = await startWorkers(c);
  const demo = c.config.demo || process.argv.slice(2).includes('--demo') ? await ensureDemoTenant(c) : null;
  const base = c.config.http.publicBaseUrl;
  const lines = [
    '',
    '  Gateway is up.',
    `  Health:          ${base}/health   Metrics: ${base}/metrics`,
    `  API description: ${base}/openapi.json`,
    `  Queue board:     ${base}/admin/queues (platform operators: npm run admin -- create-operator-key)`,
  ];
  if (demo) {
    const file = demoFile(c.config.paths.dataDir);
    // Production output goes to log collectors: the key stays in the file.
    const production = c.config.env === 'production';
    lines.push(
      `  Demo tenant:     ${demo.tenantId}`,
      production ? `  Demo admin key:  in ${file} (not printed under NODE_ENV=production)` : `  Demo admin key:  ${demo.apiKey}   (also in ${file})`,
      `  Demo web chat:   ${base}/chat/${demo.webchatConnectionId}`,
      ...(demo.adminEmail && demo.adminPassword
        ? [production ? `  Agent sign-in:   ${base}/login as ${demo.adminEmail} (password in ${file})` : `  Agent sign-in:   ${base}/login as ${demo.adminEmail} / ${demo.adminPassword}`]
        : []),
      production
        ? `  Try:             curl -H "Authorization: Bearer $(node -p 'require(process.argv[1]).apiKey' ${file})" ${base}/api/v1/channels`
        : `  Try:             curl -H "Authorization: Bearer ${demo.apiKey}" ${base}/api/v1/channels`,
    );
  }
  else lines.push('  Demo tenant:     none (DEMO=1 or `npm start -- --demo` seeds one on an empty database; `npm run up` does)');
  process.stdout.write(`${lines.join('\n')}\n\n`);
  return [gateway, workers];
});
