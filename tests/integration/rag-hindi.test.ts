/**
 * A Hindi knowledge base. Devanagari writes most vowels as combining marks (ा ि ी े ो ं …);
 * a word pattern of letters alone cut "पासवर्ड" into "प", "सवर", "ड" in every Node-side step
 * (re-ranking, n-grams, the extractive answer), while Postgres's parser kept the word whole.
 * Words now carry their marks, and the danda (।) ends a sentence.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyzeText } from '../../src/rag/text-analysis.js';
import { createEmbedder } from '../../src/rag/models.js';
import { Retriever } from '../../src/rag/retriever.js';
import { splitSentences } from '../../src/rag/extractive-answerer.js';
import { indexArticles } from '../helpers/knowledge.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let tenantId: string;

const ARTICLES = [
  ['पासवर्ड बदलना', '# पासवर्ड बदलना\n\nअपना पासवर्ड बदलने के लिए ऐप में प्रोफ़ाइल खोलें और सुरक्षा चुनें। नया पासवर्ड कम से कम आठ अक्षरों का होना चाहिए।'],
  ['डिलीवरी का समय', '# डिलीवरी का समय\n\nऑर्डर आमतौर पर तीन से पाँच दिनों में पहुँचता है। दूर के इलाकों में डिलीवरी में एक सप्ताह लग सकता है।'],
  ['रिफ़ंड', '# रिफ़ंड\n\nसामान लौटाने के बाद रिफ़ंड सात दिनों में आपके खाते में आ जाता है। रिफ़ंड की स्थिति ऑर्डर पेज पर दिखती है।'],
] as const;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  tenantId = (await h.createTenant('दुकान')).tenantId;
  await indexArticles(h, tenantId, { name: 'सहायता', language: 'simple' }, ARTICLES);
}, 60_000);

afterAll(async () => h?.close());

it('keeps Devanagari words whole, with their vowel signs', () => {
  const { words } = analyzeText('मेरा पासवर्ड कैसे बदलें?');
  expect(words).toEqual(expect.arrayContaining(['पासवर्ड', 'बदलें']));
  expect(words).not.toContain('प');
});

it('ranks the article that shares the question’s words first, in every mode', async () => {
  const retriever = new Retriever(h.c.database.db, createEmbedder(h.config), { translator: null });
  for (const mode of ['hybrid', 'text', 'vector'] as const) {
    const result = await retriever.retrieveDetailed(tenantId, 'मेरा पासवर्ड कैसे बदलें?', { mode });
    expect(result.chunks[0]?.title, mode).toBe('पासवर्ड बदलना');
  }
  const refund = await retriever.retrieveDetailed(tenantId, 'रिफ़ंड कब तक आएगा?');
  expect(refund.chunks[0]?.title).toBe('रिफ़ंड');
});

it('splits a passage into sentences at the danda', () => {
  const sentences = splitSentences(ARTICLES[0][1].split('\n\n')[1]!).map((x) => x.text);
  expect(sentences).toEqual(['अपना पासवर्ड बदलने के लिए ऐप में प्रोफ़ाइल खोलें और सुरक्षा चुनें।', 'नया पासवर्ड कम से कम आठ अक्षरों का होना चाहिए।']);
});
