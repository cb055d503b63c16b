/**
 * Thai and Japanese knowledge bases. Neither script writes spaces between words, and Postgres's
 * parser takes a whole run between spaces for one word: a question's run ("เปลี่ยนรหัสผ่านได้อย่างไร")
 * never equals an article's ("การเปลี่ยนรหัสผ่านทำได้ที่หน้าโปรไฟล์"), so the full-text leg found
 * nothing. Both sides are now segmented into words by ICU's word breaker (Intl.Segmenter).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyzeText, segmentSpaceless } from '../../src/rag/text-analysis.js';
import { createEmbedder } from '../../src/rag/models.js';
import { Retriever } from '../../src/rag/retriever.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;
let jaTenantId: string;

const ARTICLES = [
  ['การเปลี่ยนรหัสผ่าน', '# การเปลี่ยนรหัสผ่าน\n\nการเปลี่ยนรหัสผ่านทำได้ที่หน้าโปรไฟล์ในแอป เลือกความปลอดภัยแล้วกรอกรหัสผ่านใหม่อย่างน้อยแปดตัวอักษร'],
  ['ระยะเวลาจัดส่ง', '# ระยะเวลาจัดส่ง\n\nสินค้าจะถูกจัดส่งภายในสามถึงห้าวันทำการ พื้นที่ห่างไกลอาจใช้เวลาหนึ่งสัปดาห์'],
  ['การคืนเงิน', '# การคืนเงิน\n\nหลังจากได้รับสินค้าที่ส่งคืนแล้ว เงินจะโอนเข้าบัญชีของคุณภายในเจ็ดวัน'],
] as const;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('ร้านค้า')).tenantId;
  await indexArticles(h, tenantId, { name: 'ช่วยเหลือ', language: 'simple' }, ARTICLES);
  jaTenantId = (await h.createTenant('スーパー')).tenantId;
  await indexArticles(h, jaTenantId, { name: 'ヘルプ', language: 'simple' }, [
    ['配達時間の変更', '# 配達時間の変更\n\n配達時間は注文履歴の画面から前日の二十時まで変更できます。'],
    ['ポイントの使い方', '# ポイントの使い方\n\n貯まったポイントは一ポイント一円としてお支払いに使えます。'],
  ]);
}, 60_000);

afterAll(async () => h?.close());

it('segments Thai runs into words, and leaves other text alone', () => {
  expect(segmentSpaceless('ฉันต้องการเปลี่ยนรหัสผ่าน')).toBe('ฉัน ต้องการ เปลี่ยน รหัส ผ่าน');
  expect(segmentSpaceless('Reset my password, please')).toBe('Reset my password, please');
  expect(analyzeText('เปลี่ยนรหัสผ่านได้อย่างไร').words).toEqual(expect.arrayContaining(['เปลี่ยน', 'รหัส', 'ผ่าน']));
});

it('finds the article by shared words in the full-text leg', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null });
  const password = await retriever.retrieveDetailed(tenantId, 'เปลี่ยนรหัสผ่านได้อย่างไร', { mode: 'text' });
  expect(password.chunks[0]?.title).toBe('การเปลี่ยนรหัสผ่าน');
  const refund = await retriever.retrieveDetailed(tenantId, 'เงินคืนจะเข้าบัญชีเมื่อไหร่', { mode: 'text' });
  expect(refund.chunks[0]?.title).toBe('การคืนเงิน');
  const hybrid = await retriever.retrieveDetailed(tenantId, 'ส่งของกี่วันถึง');
  expect(hybrid.chunks[0]?.title).toBe('ระยะเวลาจัดส่ง');
});

it('finds a Japanese article by words its run shares with the question', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null });
  const slot = await retriever.retrieveDetailed(jaTenantId, '配達時間を変更したいです', { mode: 'text' });
  expect(slot.chunks[0]?.title).toBe('配達時間の変更');
  const points = await retriever.retrieveDetailed(jaTenantId, 'ポイントはお支払いに使えますか', { mode: 'text' });
  expect(points.chunks[0]?.title).toBe('ポイントの使い方');
});
