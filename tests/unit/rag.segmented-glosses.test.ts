/**
 * Word vectors for a knowledge base in Chinese or Japanese (segmentedGlossLookup): runs written without
 * spaces cut into the dictionary's words and read through their English translations, so an everyday
 * word and the article's word, which share no character, meet in the vectors. spacelessLanguage tells
 * the two scripts' knowledge bases apart from the candidate articles.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../src/rag/bilingual.js';
import { spacelessLanguage } from '../../src/rag/retriever.js';
import { segmentedGlossLookup, semanticRanking, vectorCoverage } from '../../src/rag/semantic-ranking.js';
import { encodeWordVectors, WordVectors } from '../../src/rag/word-vectors.js';
import { writeDict } from '../helpers/dictionaries.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'rag-segmented-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { vectors: bin, words } = encodeWordVectors([
  { word: 'money', vector: [2.1, 0.7, 0.1, 0.2, -0.1] },
  { word: 'refund', vector: [1.8, 1.1, -0.2, 0.1, 0.2] },
  { word: 'return', vector: [1.5, 1.3, 0.1, 0.0, 0.1] },
  { word: 'password', vector: [-0.1, 0.2, 1.9, 0.1, 0.6] },
  { word: 'key', vector: [0.1, -0.2, 1.6, 0.3, 0.8] },
  { word: 'forget', vector: [0.2, 0.1, 1.2, 1.0, 0.3] },
]);
const vectors = new WordVectors(bin, words.trimEnd().split('\n'));
const dir = path.join(root, 'dictd');
mkdirSync(dir);
writeDict(dir, 'zho-eng', [['退款', 'refund'], ['退', 'return'], ['钱', 'money'], ['密码', 'password'], ['忘记', 'forget'], ['钥匙', 'key']], 'cedict');
writeDict(dir, 'jpn-eng', [['返金', 'refund'], ['お金', 'money'], ['パスワード', 'password'], ['忘れる', 'forget'], ['忘れ', 'forget']]);
const lexicon = new BilingualLexicon(dir);

const rank = (question: string, rows: Array<{ id: string; document_id: string; text: string }>, iso: 'zh' | 'ja') =>
  semanticRanking(vectors, [{ text: question, weight: 1 }], rows, (r) => [r.text], () => 0, undefined, segmentedGlossLookup(vectors, lexicon, iso)).map((r) => r.document_id);

describe('segmentedGlossLookup', () => {
  it('cuts a Chinese run into dictionary words and reads each through its English translation', () => {
    const lookup = segmentedGlossLookup(vectors, lexicon, 'zh');
    expect(lookup.words!('我想退钱')).toEqual(['退', '钱']);
    expect(lookup.rows('退款')).toEqual([vectors.id('refund')]);
    expect(lookup.rows('钱')).toEqual([vectors.id('money')]);
    // Latin words in the text (an English question, a brand) are English words.
    expect(lookup.words!('refund the money 退款')).toEqual(['refund', 'money', '退款']);
    expect(lookup.rows('refund')).toEqual([vectors.id('refund')]);
    expect(vectorCoverage('退钱', lookup)).toBe(1);
  });

  it('ranks the Chinese article that shares no character with the question by what the words mean', () => {
    const rows = [
      { id: 'r1', document_id: 'refunds', text: '退款将在五个工作日内到账。' },
      { id: 'p1', document_id: 'password', text: '如何重设密码' },
    ];
    expect(rank('我想把钱要回来', rows, 'zh')[0]).toBe('refunds');
    expect(rank('钥匙丢了', rows, 'zh')[0]).toBe('password');
    // An English question reaches the Chinese articles through the same glosses.
    expect(rank('money back', rows, 'zh')[0]).toBe('refunds');
  });

  it('does the same for Japanese, leaving out particles', () => {
    const rows = [
      { id: 'r1', document_id: 'refunds', text: '返金は五営業日以内に行われます。' },
      { id: 'p1', document_id: 'password', text: 'パスワードの再設定' },
    ];
    expect(segmentedGlossLookup(vectors, lexicon, 'ja').words!('お金を')).toEqual(['お金']);
    expect(rank('お金を返してほしい', rows, 'ja')[0]).toBe('refunds');
    expect(rank('忘れた', rows, 'ja')[0]).toBe('password');
  });

  it('without the dictionary, nothing reaches the vectors', () => {
    const empty = new BilingualLexicon(path.join(root, 'none'));
    const lookup = segmentedGlossLookup(vectors, empty, 'zh');
    expect(lookup.words!('我想退钱')).toEqual([]);
    expect(vectorCoverage('我想退钱', lookup)).toBe(1);
  });
});

describe('spacelessLanguage', () => {
  it('tells Chinese from Japanese articles and leaves other scripts alone', () => {
    expect(spacelessLanguage(new Map([['a', ['退款将在五个工作日内到账。', '如何重设密码']]]))).toBe('zh');
    expect(spacelessLanguage(new Map([['a', ['返金は五営業日以内に行われます。', 'パスワードの再設定']]]))).toBe('ja');
    expect(spacelessLanguage(new Map([['a', ['Refunds arrive within five business days.']]]))).toBeNull();
    expect(spacelessLanguage(new Map([['a', ['환불은 영업일 기준 5일 이내에 처리됩니다.']]]))).toBeNull();
    expect(spacelessLanguage(new Map())).toBeNull();
  });
});
