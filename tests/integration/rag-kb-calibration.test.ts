/**
 * Per-knowledge-base calibration against a real Postgres knowledge base: a knowledge base of six articles derives
 * and stores its own unsure threshold (shown by the knowledge-base API, logged); one of two articles keeps the
 * default (fallback); a knowledge base with a document still waiting is not calibrated yet; the responder uses the
 * top passage's knowledge base's threshold unless the channel sets its own, and the default when the knowledge base
 * has none.
 */
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBases } from '../../drizzle/schema.js';
import type { ResponderInput } from '../../src/conversation/responder.js';
import type { KbCalibration } from '../../src/domain/model.js';
import { CALIBRATED_MAX, CALIBRATED_MIN, KbCalibrator, KbThresholds } from '../../src/rag/kb-calibration.js';
import { createEmbedder } from '../../src/rag/models.js';
import { RagResponder, UNSURE_THRESHOLD_DEFAULT } from '../../src/rag/rag.responder.js';
import { Retriever } from '../../src/rag/retriever.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

/** A made-up community tool library, one topic per article. */
const ARTICLES: Array<[string, string]> = [
  ['Membership', '# Membership\n\n## How much does membership cost?\n\nMembership costs twelve euros a year and lets you borrow drills, ladders and sanders. Volunteers get a discounted membership after three supervised shifts.'],
  ['Borrowing', '# Borrowing\n\n## How long can I keep a tool?\n\nYou can keep power tools for seven days and hand tools for fourteen days. Extensions are granted online when nobody has reserved the item.'],
  ['Late returns', '# Late returns\n\n## What happens if I return a tool late?\n\nOverdue equipment collects a daily penalty: fifty cents for hand tools, two euros for machinery. Repeated lateness suspends borrowing for a month.'],
  ['Damage', '# Damage\n\n## What if a tool breaks while I use it?\n\nReport the breakage at the counter straight away. Ordinary wear is forgiven, but careless misuse means paying the repair invoice from our workshop technician.'],
  ['Workshops', '# Workshops\n\n## Do you run woodworking classes?\n\nBeginners learn woodworking basics in Thursday evening classes. Registration closes forty-eight hours before each class and materials are supplied.'],
  ['Donations', '# Donations\n\n## Can I donate my old tools?\n\nDonated equipment must work safely. Our technicians inspect every donation, recycle machinery that cannot be used, and give you a receipt for your contribution.'],
];

let h: Harness;
let tenantId: string;
let apiKey: string;
let largeKb: string;
let smallKb: string;
const logLines: string[] = [];
const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _enc, done) => void (logLines.push(chunk.toString()), done()) }));

const calibrator = () => new KbCalibrator(h.c.database.db, new Retriever(h.c.database.db, createEmbedder(h.config)), { defaultThreshold: UNSURE_THRESHOLD_DEFAULT, logger });
const storedCalibration = async (kbId: string) => (await h.c.database.db.select({ c: knowledgeBases.calibration }).from(knowledgeBases).where(eq(knowledgeBases.id, kbId)))[0]?.c ?? null;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  ({ tenantId, apiKey } = await h.createTenant('Calibration'));
  largeKb = await indexArticles(h, tenantId, { name: 'Tool library', language: 'english' }, ARTICLES);
  smallKb = await indexArticles(h, tenantId, { name: 'Tiny', language: 'english' }, ARTICLES.slice(0, 2).map(([t, c]) => [`${t} (tiny)`, c] as const));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('KbCalibrator', () => {
  it('derives, stores and logs a knowledge base\'s own threshold, shown by the knowledge-base API', async () => {
    const result = await calibrator().calibrate(tenantId, largeKb);
    expect(result).toMatchObject({ source: 'calibrated', documents: 6 });
    expect(result!.threshold).toBeGreaterThanOrEqual(CALIBRATED_MIN);
    expect(result!.threshold).toBeLessThanOrEqual(CALIBRATED_MAX);
    expect(result!.probes.answerable).toBeGreaterThanOrEqual(8);
    expect(result!.probes.adjacent).toBeGreaterThanOrEqual(8);
    expect(result!.probes.general).toBeGreaterThan(0);
    // The answerable probes score above the adjacent ones: they describe this knowledge base.
    expect(result!.answerableMedian!).toBeGreaterThan(result!.adjacentMedian!);
    expect(await storedCalibration(largeKb)).toEqual(result);
    // The same knowledge base gives the same threshold again.
    expect((await calibrator().calibrate(tenantId, largeKb))!.threshold).toBe(result!.threshold);

    const view = await h.api(apiKey, 'GET', `/api/v1/knowledge-bases/${largeKb}`);
    expect(view.status).toBe(200);
    expect(view.body.calibration).toMatchObject({ threshold: result!.threshold, source: 'calibrated' });
    const logged = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.knowledgeBaseId === largeKb);
    expect(logged).toMatchObject({ msg: expect.stringContaining('knowledge base calibrated'), threshold: result!.threshold });
  });

  it('keeps the default for a knowledge base too small to calibrate, and says why', async () => {
    const result = await calibrator().calibrate(tenantId, smallKb);
    expect(result).toMatchObject({ source: 'default', threshold: UNSURE_THRESHOLD_DEFAULT, documents: 2, reason: expect.stringContaining('2 published articles') });
    expect((await storedCalibration(smallKb))?.source).toBe('default');
    // A stored default is no threshold of the knowledge base's own: the responder's default applies.
    expect(await new KbThresholds(h.c.database.db).forKnowledgeBase(tenantId, smallKb)).toBeNull();
  });

  it('waits until no document of the knowledge base is waiting to be indexed', async () => {
    const kb = await indexArticles(h, tenantId, { name: 'Importing', language: 'english' }, ARTICLES.map(([t, c]) => [`${t} (importing)`, c] as const));
    await h.c.knowledge.addDocument(tenantId, kb, { title: 'Not indexed yet', format: 'markdown', content: '# Later\n\nThis one waits.' }, { enqueue: false });
    expect(await calibrator().calibrateWhenSettled(tenantId, kb)).toBeNull();
    expect(await storedCalibration(kb)).toBeNull();
    // Another knowledge base with nothing waiting is calibrated.
    expect((await calibrator().calibrateWhenSettled(tenantId, largeKb))?.source).toBe('calibrated');
  });

  it('returns null for a knowledge base of another tenant', async () => {
    const other = await h.createTenant('Other');
    expect(await calibrator().calibrate(other.tenantId, largeKb)).toBeNull();
  });
});

describe('the responder with per-knowledge-base thresholds', () => {
  // A tenant of its own: its only knowledge base holds every passage the questions find.
  let respTenant: string;
  let kbId: string;
  beforeAll(async () => {
    respTenant = (await h.createTenant('Responder')).tenantId;
    kbId = await indexArticles(h, respTenant, { name: 'Tool library', language: 'english' }, ARTICLES);
  }, 60_000);
  const setCalibration = async (kbId: string, calibration: KbCalibration | null) => {
    await h.c.database.db.update(knowledgeBases).set({ calibration }).where(eq(knowledgeBases.id, kbId));
  };
  const own = (threshold: number): KbCalibration => ({ threshold, source: 'calibrated', documents: 6, probes: { answerable: 30, adjacent: 40, general: 14 }, answerableMedian: 0.7, adjacentMedian: 0.45, calibratedAt: new Date().toISOString() });
  const responder = (opts: { kbThresholds?: KbThresholds; channelThreshold?: number } = {}) =>
    new RagResponder({
      retriever: new Retriever(h.c.database.db, createEmbedder(h.config)),
      chat: null,
      logger: pino({ level: 'silent' }),
      ...(opts.kbThresholds ? { kbThresholds: opts.kbThresholds } : {}),
      ...(opts.channelThreshold !== undefined ? { botConfigs: { forChannel: async () => ({ answerThreshold: opts.channelThreshold, knowledgeBaseIds: [kbId] }) } } : {}),
    });
  const ask = (r: RagResponder, text: string, connectionId?: string) => {
    const input: ResponderInput = { tenantId: respTenant, conversationId: '00000000-0000-0000-0000-000000000000', channel: 'webchat', message: { id: `m-${Math.random()}`, kind: 'text', text, payload: {} }, history: [], ...(connectionId ? { connectionId } : {}) };
    return r.respond(input);
  };
  const QUESTION = 'How many days can I keep a power tool before returning it?';

  it('uses the top passage\'s knowledge base\'s threshold', async () => {
    await setCalibration(kbId, own(0.99));
    const result = await ask(responder({ kbThresholds: new KbThresholds(h.c.database.db) }), QUESTION);
    expect(result.unsure).toBe(true);
    expect(result.details).toMatchObject({ reason: 'low_confidence', threshold: 0.99, thresholdSource: 'knowledge-base' });
    // The same question with the default threshold is answered.
    expect((await ask(responder(), QUESTION)).unsure).toBeFalsy();
  });

  it('lets the channel\'s own threshold win over the knowledge base\'s', async () => {
    await setCalibration(kbId, own(0.99));
    const answered = await ask(responder({ kbThresholds: new KbThresholds(h.c.database.db), channelThreshold: 0.2 }), QUESTION, '00000000-0000-0000-0000-0000000000c1');
    expect(answered.unsure).toBeFalsy();
    const declined = await ask(responder({ kbThresholds: new KbThresholds(h.c.database.db), channelThreshold: 0.99 }), QUESTION, '00000000-0000-0000-0000-0000000000c1');
    expect(declined.details).toMatchObject({ thresholdSource: 'channel', threshold: 0.99 });
  });

  it('falls back to the default for a knowledge base without a calibration of its own', async () => {
    await setCalibration(kbId, null);
    const result = await ask(responder({ kbThresholds: new KbThresholds(h.c.database.db) }), 'Can I borrow a spaceship for the weekend?');
    expect(result.unsure).toBe(true);
    expect(result.details).toMatchObject({ thresholdSource: 'default', threshold: UNSURE_THRESHOLD_DEFAULT });
  });

  it('reads a knowledge base\'s threshold at most once a minute', async () => {
    let now = 1_000_000;
    const thresholds = new KbThresholds(h.c.database.db, () => now);
    await setCalibration(kbId, own(0.5));
    expect(await thresholds.forKnowledgeBase(respTenant, kbId)).toBe(0.5);
    await setCalibration(kbId, own(0.6));
    expect(await thresholds.forKnowledgeBase(respTenant, kbId)).toBe(0.5);
    now += 60_001;
    expect(await thresholds.forKnowledgeBase(respTenant, kbId)).toBe(0.6);
    // Another tenant's key to the same knowledge base reads nothing.
    expect(await new KbThresholds(h.c.database.db).forKnowledgeBase(tenantId, kbId)).toBeNull();
  });
});

describe('the ingestion worker', () => {
  let w: Harness;
  afterAll(async () => {
    await w?.close();
  });

  it('calibrates a knowledge base once its imported documents are indexed; the API shows the threshold', async () => {
    w = await startHarness({ productWorkers: true });
    const { apiKey: key } = await w.createTenant('Worker calibration');
    const kb = await w.api(key, 'POST', '/api/v1/knowledge-bases', { name: 'Tool library' });
    expect(kb.status).toBe(201);
    expect(kb.body.calibration).toBeNull();
    for (const [title, content] of ARTICLES) expect((await w.api(key, 'POST', `/api/v1/knowledge-bases/${kb.body.id}/documents`, { title, format: 'markdown', content })).status).toBe(202);
    // The worker may already calibrate after the first documents settle, before the rest are posted (the last document
    // of each import recalibrates); wait for the calibration that covers every document.
    const calibrated = await waitFor(
      async () => {
        const r = await w.api(key, 'GET', `/api/v1/knowledge-bases/${kb.body.id}`);
        const c = r.body.calibration as { documents?: number } | null | undefined;
        return c && c.documents === ARTICLES.length ? c : null;
      },
      { timeoutMs: 120_000, what: 'the knowledge base calibrated' },
    );
    expect(calibrated).toMatchObject({ source: 'calibrated', documents: ARTICLES.length });
  }, 180_000);
});
