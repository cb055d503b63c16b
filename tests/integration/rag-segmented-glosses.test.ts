/**
 * A knowledge base in Chinese and one in Japanese (text-search language `simple`): the retriever ranks their
 * articles by word vectors through the English translations of their words (segmentedGlossLookup), so a
 * customer's question that shares no character with the article that answers it still finds it. Tiny
 * dictionaries and vectors here; CC-CEDICT, FreeDict's Japanese–English and the English vectors in service.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../src/rag/bilingual.js';
import { createEmbedder } from '../../src/rag/models.js';
import { Retriever } from '../../src/rag/retriever.js';
import { encodeWordVectors, WordVectors } from '../../src/rag/word-vectors.js';
import { writeDict } from '../helpers/dictionaries.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { indexArticles } from '../helpers/knowledge.js';

let h: Harness;
let zhTenant: string;
let jaTenant: string;
const dir = mkdtempSync(path.join(os.tmpdir(), 'segmented-dict-'));

const { vectors: bin, words } = encodeWordVectors([
  { word: 'money', vector: [2.1, 0.7, 0.1, 0.2, -0.1] },
  { word: 'refund', vector: [1.8, 1.1, -0.2, 0.1, 0.2] },
  { word: 'return', vector: [1.6, 1.2, 0.0, 0.2, 0.1] },
  { word: 'password', vector: [-0.1, 0.2, 1.9, 0.1, 0.6] },
  { word: 'forget', vector: [0.0, 0.1, 1.7, 0.4, 0.5] },
  { word: 'hours', vector: [0.1, -0.3, 0.2, 2.0, 0.1] },
  { word: 'open', vector: [0.2, -0.2, 0.3, 1.8, -0.2] },
]);
const vectors = new WordVectors(bin, words.trimEnd().split('\n'));
writeDict(dir, 'zho-eng', [['退款', 'refund'], ['银子', 'money'], ['归还', 'return'], ['密码', 'password'], ['营业', 'open'], ['时间', 'hours']], 'cedict');
writeDict(dir, 'jpn-eng', [['返金', 'refund'], ['ゼニ', 'money'], ['取り戻す', 'return'], ['パスワード', 'password'], ['営業', 'open'], ['時間', 'hours']]);
const bilingual = new BilingualLexicon(dir);

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  zhTenant = (await h.createTenant('电力')).tenantId;
  jaTenant = (await h.createTenant('薬局')).tenantId;
  await indexArticles(h, zhTenant, { name: '帮助', language: 'simple' }, [
    ['退款', '# 退款\n\n退款将在五个工作日内到账。'],
    ['密码', '# 密码\n\n登录页面点击重设密码。'],
    ['营业时间', '# 营业时间\n\n客服中心周一至周五营业。'],
  ]);
  await indexArticles(h, jaTenant, { name: 'ヘルプ', language: 'simple' }, [
    ['パスワード', '# パスワード\n\nログイン画面でパスワードを再設定してください。'],
    ['営業時間', '# 営業時間\n\nサポートは平日のみ対応します。'],
    ['返金', '# 返金\n\n返金は五営業日以内に行います。'],
  ]);
}, 60_000);

afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ranked = async (tenantId: string, question: string, segmentedGlosses: boolean) =>
  (await new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null, bilingual, wordVectors: vectors, segmentedGlosses }).retrieve(tenantId, question)).map((c) => ({ title: c.title, score: c.score }));

/**
 * With the glosses, the article the question means is first and stands out (two rankings agree on it); without them
 * no article stands out: the question shares no character with any, so only the vector leg's arbitrary order of
 * near-ties remains (which article comes first there is chance, not meaning).
 */
async function expectFoundByMeaning(tenantId: string, question: string, expected: string): Promise<void> {
  const on = await ranked(tenantId, question, true);
  expect(on[0]!.title).toBe(expected);
  for (const other of on.slice(1)) expect(on[0]!.score).toBeGreaterThan(1.5 * other.score);
  const off = await ranked(tenantId, question, false);
  expect(off.length).toBeGreaterThan(1);
  expect(off[0]!.score).toBeLessThan(1.1 * off.at(-1)!.score);
}

describe('word vectors for a knowledge base written without spaces', () => {
  it('ranks the Chinese article that shares no character with the question by what its words mean', async () => {
    await expectFoundByMeaning(zhTenant, '银子归还', '退款');
  });

  it('does the same for Japanese', async () => {
    await expectFoundByMeaning(jaTenant, 'ゼニ取り戻す', '返金');
  });
});
