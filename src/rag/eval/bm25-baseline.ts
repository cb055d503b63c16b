/**
 * The plain baseline every `eval:rag` run can be compared with (`--baseline bm25`):
 * an off-the-shelf BM25 (wink-bm25-text-search, default parameters) over whole
 * articles, English stemming and stop words from wink-nlp-utils, the title
 * weighted ×2, nothing tuned. Dev-only packages, loaded on demand.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { extractText } from '../extract.js';
import { documentFromFile } from '../knowledge.service.js';
import { listIngestibleFiles } from '../bulk-ingest.js';

export interface BaselineIndex {
  /** Document titles, best first. */
  rank(question: string): string[];
}

export async function buildBm25Baseline(folder: string): Promise<BaselineIndex> {
  const { default: bm25 } = await import('wink-bm25-text-search');
  const { default: nlp } = await import('wink-nlp-utils');
  const engine = bm25();
  engine.defineConfig({ fldWeights: { title: 2, body: 1 } });
  engine.definePrepTasks([
    (s) => nlp.string.lowerCase(s as string),
    (s) => nlp.string.tokenize0(s as string),
    (t) => nlp.tokens.removeWords(t as string[]),
    (t) => nlp.tokens.stem(t as string[]),
  ]);
  const files = await listIngestibleFiles(folder);
  const titles: string[] = [];
  for (const file of files) {
    const doc = documentFromFile(path.basename(file), await readFile(file));
    const extracted = await extractText({ format: doc.format, content: doc.content, data: doc.data });
    const body = extracted.format === 'html' ? parse(extracted.text).textContent : extracted.text;
    engine.addDoc({ title: doc.title, body }, titles.length);
    titles.push(doc.title);
  }
  engine.consolidate();
  return {
    rank: (question) => engine.search(question, titles.length).map(([id]) => titles[Number(id)]!),
  };
}
