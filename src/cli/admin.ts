/**
 * `npm run admin -- <command>`: operator commands.
 *   create-tenant --name "Acme"                       → {"tenantId","apiKey"}
 *   create-api-key --tenant <id> --role admin|agent|analyst [--name n]
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { connectDatabase, runMigrations } from '../db/client.js';
import { createApiKey, createTenant } from '../tenancy/tenant.service.js';
import { ensureEncryptionKey, ensureDatabase } from '../app/bootstrap.js';
import { createLogger } from '../logging/logger.js';
import { USER_ROLES, type UserRole } from '../domain/model.js';

const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', fd: 2 });

function usage(msg?: string): never {
  if (msg) process.stderr.write(`${msg}\n`);
  process.stderr.write('usage: npm run admin -- create-tenant --name "Acme"\n       npm run admin -- create-api-key --tenant <id> --role agent [--name "Agent key"]\n');
  process.exit(64);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, tenant: { type: 'string' }, role: { type: 'string' } },
    allowPositionals: true,
  });
  ensureEncryptionKey(process.env, logger);
  const config = loadConfig(process.env);
  await ensureDatabase(config.db.url, logger);
  await runMigrations(config.db.url);
  const database = connectDatabase(config.db.url, { max: 2 });
  try {
    switch (command) {
      case 'create-tenant': {
        if (!values.name) usage('--name is required');
        const t = await createTenant(database.db, { name: values.name });
        process.stdout.write(`${JSON.stringify({ tenantId: t.tenantId, apiKey: t.apiKey })}\n`);
        break;
      }
      case 'create-api-key': {
        if (!values.tenant) usage('--tenant is required');
        const role = (values.role ?? 'agent') as UserRole;
        if (!USER_ROLES.includes(role)) usage(`--role must be one of ${USER_ROLES.join(', ')}`);
        const k = await createApiKey(database.db, { tenantId: values.tenant, role, name: values.name ?? `${role} key` });
        process.stdout.write(`${JSON.stringify({ id: k.id, apiKey: k.apiKey, role })}\n`);
        break;
      }
      default:
        usage(command ? `unknown command: ${command}` : undefined);
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
