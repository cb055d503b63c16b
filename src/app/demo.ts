/**
 * The demo tenant (a web chat connection and the sample help center), seeded
 * by `npm start` on an empty database only when asked (`DEMO=1`,
 * `npm start -- --demo`, `npm run up`). Its admin key is written to
 * `$DATA_DIR/demo.json` (mode 0600), with the admin user's sign-in password
 * (`admin@demo.local`); start-up prints them only outside production —
 * production logs never carry them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Container } from './container.js';
import { countTenants, createTenant } from '../tenancy/tenant.service.js';
import { PROJECT_ROOT } from '../config/index.js';
import { listIngestibleFiles } from '../rag/bulk-ingest.js';
import { documentFromFile } from '../rag/knowledge.service.js';
import { generatePassword } from '../security/passwords.js';

export interface DemoInfo {
  tenantId: string;
  apiKey: string;
  webchatConnectionId: string;
  /** The demo admin's sign-in at /login (absent in a demo.json written before staff sign-in existed). */
  adminEmail?: string;
  adminPassword?: string;
}

const DEMO_DOCS = path.join(PROJECT_ROOT, 'examples', 'help-center');

/** The demo tenant answers from the sample help-center articles (indexed by the ingestion worker). */
async function seedDemoKnowledge(c: Container, tenantId: string): Promise<void> {
  if (!existsSync(DEMO_DOCS)) return;
  const kb = await c.knowledge.createKnowledgeBase(tenantId, { name: 'Acme help center (demo)' });
  for (const file of await listIngestibleFiles(DEMO_DOCS)) {
    await c.knowledge.addDocument(tenantId, kb.id, documentFromFile(path.basename(file), readFileSync(file)));
  }
}

export function demoFile(dataDir: string): string {
  return path.join(dataDir, 'demo.json');
}

export async function ensureDemoTenant(c: Container): Promise<DemoInfo | null> {
  const DEMO_FILE = demoFile(c.config.paths.dataDir);
  if ((await countTenants(c.database.db)) > 0) {
    if (!existsSync(DEMO_FILE)) return null;
    return JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as DemoInfo;
  }
  const adminEmail = 'admin@demo.local';
  const t = await createTenant(c.database.db, { name: 'Demo', adminEmail });
  const adminPassword = generatePassword();
  await c.staffSessions.setPassword(t.tenantId, t.adminUserId, adminPassword);
  const conn = await c.connections.create(t.tenantId, { type: 'webchat', name: 'Demo web chat', credentials: {} });
  await seedDemoKnowledge(c, t.tenantId);
  const info: DemoInfo = { tenantId: t.tenantId, apiKey: t.apiKey, webchatConnectionId: conn.id, adminEmail, adminPassword };
  mkdirSync(path.dirname(DEMO_FILE), { recursive: true });
  // Git-ignored, readable by this user only: where the demo key lives (later runs read it back).
  writeFileSync(DEMO_FILE, JSON.stringify(info, null, 2), { mode: 0o600 });
  c.logger.info({ tenantId: t.tenantId, file: DEMO_FILE }, 'created demo tenant with a web chat connection; its admin key and password are in the file');
  return info;
}
