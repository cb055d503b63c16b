/** Loads a folder of documents into a knowledge base and indexes them in-process (CLI import, evaluation). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client.js';
import { DocumentIndexer } from './indexer.js';
import { documentFromFile, KnowledgeService } from './knowledge.service.js';
import type { EmbedderHandle } from './models.js';

export const INGESTIBLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.pdf'];

export interface BulkProgress {
  file: string;
  done: number;
  total: number;
  status: 'INDEXED' | 'FAILED';
  error?: string;
}

export async function listIngestibleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && INGESTIBLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(folder, e.name))
    .sort();
}

export async function ingestFolder(
  db: Db,
  embedder: EmbedderHandle,
  input: { tenantId: string; knowledgeBaseId: string; folder: string },
  onProgress: (p: BulkProgress) => void = () => {},
): Promise<{ indexed: number; failed: number }> {
  const files = await listIngestibleFiles(input.folder);
  const knowledge = new KnowledgeService(db);
  const indexer = new DocumentIndexer(db, embedder);
  let indexed = 0;
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    try {
      const doc = await knowledge.addDocument(input.tenantId, input.knowledgeBaseId, documentFromFile(name, await readFile(file)), { enqueue: false });
      try {
        await indexer.index(input.tenantId, doc.id);
        indexed++;
        onProgress({ file: name, done: i + 1, total: files.length, status: 'INDEXED' });
      } catch (err) {
        await indexer.markFailed(input.tenantId, doc.id, (err as Error).message);
        throw err;
      }
    } catch (err) {
      failed++;
      onProgress({ file: name, done: i + 1, total: files.length, status: 'FAILED', error: (err as Error).message });
    }
  }
  return { indexed, failed };
}
