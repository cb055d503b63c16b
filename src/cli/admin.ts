/**
 * `npm run admin -- <command>`: operator commands.
 *   create-tenant --name "Acme"                       → {"tenantId","apiKey"}
 *   create-api-key --tenant <id> --role admin|agent|analyst [--name n]
 *   ingest --tenant <id> --kb <id> <folder>            → indexes .md/.txt/.html/.pdf files, with a progress bar
 *   migrate                                            → creates the database if missing, applies migrations (compose's one-shot step)
 *   create-operator-key [--name n]                     → {"id","operatorKey"}: opens /admin/queues (every tenant's jobs)
 *   list-operator-keys | revoke-operator-key --id <id>
 *   queues                                             → every tenant's queue counts and recent failures (JSON)
 *   set-plan <tenant> <basic|pro|enterprise>           → the tenant's plan, limits and usage (JSON); audited
 *   set-password <email> [--tenant <id>] [--generate]  → a staff user's sign-in password: read from stdin when piped,
 *                                                         otherwise generated and printed once; ends the user's sessions
 */
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { connectDatabase, runMigrations } from '../db/client.js';
import { createApiKey, createTenant } from '../tenancy/tenant.service.js';
import { cliConfig, ensureDatabase, runDataMigrations } from '../app/bootstrap.js';
import { USER_ROLES, type UserRole } from '../domain/model.js';
import { ingestFolder, listIngestibleFiles } from '../rag/bulk-ingest.js';
import { KnowledgeService } from '../rag/knowledge.service.js';
import { createEmbedder } from '../rag/models.js';
import { OperatorService } from '../operators/operator.service.js';
import { QueueOverview } from '../queue/queue-overview.js';
import { PLAN_NAMES, PlanService, isPlanName } from '../tenancy/plans.js';
import { isUuid } from '../domain/input.js';
import { and, eq, sql } from 'drizzle-orm';
import { users } from '../../drizzle/schema.js';
import { generatePassword, PASSWORD_MAX, PASSWORD_MIN } from '../security/passwords.js';
import { StaffSessionService } from '../tenancy/staff-sessions.service.js';
import { CONVERSATION_QUEUE, INGESTION_QUEUE, MAINTENANCE_QUEUE, NOTIFICATION_QUEUE, WEBHOOK_QUEUE, createQueue, producerConnection } from '../queue/queues.js';

/** What was piped to stdin, without the final newline ('' on a terminal or empty input). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function usage(msg?: string): never {
  if (msg) process.stderr.write(`${msg}\n`);
  process.stderr.write(
    [
      'usage: npm run admin -- create-tenant --name "Acme"',
      '       npm run admin -- create-api-key --tenant <id> --role agent [--name "Agent key"]',
      '       npm run admin -- ingest --tenant <id> --kb <id> <folder>',
      '       npm run admin -- migrate',
      '       npm run admin -- create-operator-key [--name "Ops"] | list-operator-keys | revoke-operator-key --id <id>',
      '       npm run admin -- queues',
      '       npm run admin -- set-plan <tenant> <basic|pro|enterprise>',
      '       npm run admin -- set-password <email> [--tenant <id>] [--generate]   (password from stdin, or generated)',
      '',
    ].join('\n'),
  );
  process.exit(64);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, tenant: { type: 'string' }, role: { type: 'string' }, kb: { type: 'string' }, id: { type: 'string' }, generate: { type: 'boolean' } },
    allowPositionals: true,
  });
  const { config, logger } = cliConfig();
  await ensureDatabase(config.db.url, logger);
  await runMigrations(config.db.url);
  await runDataMigrations(config.db.url, config.security.encryptionKey, logger);
  const database = connectDatabase(config.db.url, { max: 2 });
  const operators = () => new OperatorService(database.db, config.security.encryptionKey, config.ops.operatorSessionTtlSeconds);
  try {
    switch (command) {
      case 'migrate':
        // ensureDatabase + runMigrations above did the work.
        process.stdout.write(`${JSON.stringify({ migrated: true })}\n`);
        break;
      case 'create-operator-key': {
        const k = await operators().createKey(values.name ?? 'operator');
        process.stdout.write(`${JSON.stringify({ id: k.id, operatorKey: k.key })}\n`);
        break;
      }
      case 'list-operator-keys':
        process.stdout.write(`${JSON.stringify({ items: await operators().list() })}\n`);
        break;
      case 'revoke-operator-key': {
        if (!values.id) usage('--id is required');
        const revoked = await operators().revoke(values.id);
        process.stdout.write(`${JSON.stringify({ id: values.id, revoked })}\n`);
        if (!revoked) process.exitCode = 2;
        break;
      }
      case 'queues': {
        const connection = producerConnection(config.redis);
        connection.on('error', () => undefined);
        const queues = new Map([CONVERSATION_QUEUE, INGESTION_QUEUE, MAINTENANCE_QUEUE, WEBHOOK_QUEUE, NOTIFICATION_QUEUE].map((name) => [name, createQueue(name, connection, config.redis.prefix)] as const));
        try {
          process.stdout.write(`${JSON.stringify(await new QueueOverview(database.db, queues).all())}\n`);
        } finally {
          await Promise.allSettled([...queues.values()].map((q) => q.close()));
          connection.disconnect();
        }
        break;
      }
      case 'set-plan': {
        const [tenantId, plan] = positionals;
        if (!tenantId || !plan) usage('set-plan needs <tenant> <plan>');
        if (!isPlanName(plan)) usage(`plan must be one of ${PLAN_NAMES.join(', ')}`);
        if (!isUuid(tenantId)) usage('tenant must be a tenant id (UUID)');
        process.stdout.write(`${JSON.stringify(await new PlanService(database.db).setPlan(tenantId, plan))}\n`);
        break;
      }
      case 'set-password': {
        const email = positionals[0];
        if (!email) usage('set-password needs <email>');
        if (values.tenant !== undefined && !isUuid(values.tenant)) usage('--tenant must be a tenant id (UUID)');
        const found = await database.db
          .select({ id: users.id, tenantId: users.tenantId })
          .from(users)
          .where(and(sql`lower(${users.email}) = lower(${email})`, values.tenant ? eq(users.tenantId, values.tenant) : undefined));
        if (found.length === 0) throw new Error(`no user with the email ${email}${values.tenant ? ' in that tenant' : ''}`);
        if (found.length > 1) throw new Error(`${email} is a user in several tenants (${found.map((u) => u.tenantId).join(', ')}): add --tenant <id>`);
        const user = found[0]!;
        const piped = values.generate ? '' : await readStdin();
        const generated = piped === '';
        const password = generated ? generatePassword() : piped;
        if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) throw new Error(`the password must have ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`);
        await new StaffSessionService(database.db, config.security.staffSessionTtlSeconds).setPassword(user.tenantId, user.id, password);
        process.stdout.write(`${JSON.stringify({ userId: user.id, tenantId: user.tenantId, ...(generated ? { password } : {}) })}\n`);
        break;
      }
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
      case 'ingest': {
        const folder = positionals[0];
        if (!values.tenant || !values.kb || !folder) usage('ingest needs --tenant <id> --kb <id> <folder>');
        const kb = await new KnowledgeService(database.db).getKnowledgeBase(values.tenant, values.kb);
        const embedder = createEmbedder(config);
        const total = (await listIngestibleFiles(folder)).length;
        process.stderr.write(`ingesting ${total} files into "${kb.name}" with ${embedder.modelId}${embedder.local ? ' (offline embedder)' : ''}\n`);
        // A live bar on a terminal; one line per file when piped (CI logs, scripts).
        const tty = Boolean(process.stderr.isTTY);
        const bar = tty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic) : null;
        bar?.start(total, 0, { file: '' });
        const failures: string[] = [];
        const result = await ingestFolder(database.db, embedder, { tenantId: values.tenant, knowledgeBaseId: kb.id, folder }, (p) => {
          if (bar) bar.update(p.done, { file: p.file });
          else process.stderr.write(`ingest [${p.done}/${p.total}] ${p.file} ${p.status}\n`);
          if (p.status === 'FAILED') failures.push(`${p.file}: ${p.error ?? 'failed'}`);
        });
        bar?.stop();
        for (const f of failures) process.stderr.write(`FAILED ${f}\n`);
        process.stdout.write(`${JSON.stringify({ knowledgeBaseId: kb.id, indexed: result.indexed, failed: result.failed })}\n`);
        if (result.failed > 0) process.exitCode = 2;
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
