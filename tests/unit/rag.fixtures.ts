import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chunkDocument, type ChunkableFormat } from '../../src/rag/chunker.js';
import { cosineSimilarity, type LocalHashEmbeddings } from '../../src/rag/local-embeddings.js';

/** Shared loader for the Acme knowledge-base fixtures used by the RAG unit tests. */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The sample help center (examples/help-center) doubles as the retrieval fixture. */
const KB_DIR = fileURLToPath(new URL('../../examples/help-center/', import.meta.url));

export interface KbChunk {
  id: string;
  documentId: string;
  title: string;
  headingPath: string[];
  text: string;
}

export interface QaCase {
  question: string;
  answer_doc: string;
}

const FORMAT_BY_EXTENSION: Record<string, ChunkableFormat> = { md: 'markdown', html: 'html', txt: 'text' };

export function loadKbDocuments(): Array<{ documentId: string; title: string; format: ChunkableFormat; content: string }> {
  return readdirSync(KB_DIR)
    .sort()
    .map((file) => {
      const [name, extension] = file.split(/\.(?=[^.]+$)/) as [string, string];
      const format = FORMAT_BY_EXTENSION[extension];
      if (!format) throw new Error(`unexpected fixture ${file}`);
      const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
      return { documentId: name, title, format, content: readFileSync(`${KB_DIR}${file}`, 'utf8') };
    });
}

export async function loadKbChunks(): Promise<KbChunk[]> {
  const chunks: KbChunk[] = [];
  for (const doc of loadKbDocuments()) {
    for (const c of await chunkDocument({ content: doc.content, format: doc.format })) {
      chunks.push({ id: `${doc.documentId}#${c.position}`, documentId: doc.documentId, title: doc.title, headingPath: c.headingPath, text: c.text });
    }
  }
  return chunks;
}

export function loadQa(): QaCase[] {
  return readFileSync(`${FIXTURES}rag-qa.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as QaCase);
}

/** What gets embedded for a chunk: its text alone, or prefixed with "title > headings". */
export function embeddingText(chunk: KbChunk, withHeadings: boolean): string {
  return withHeadings ? `${[chunk.title, ...chunk.headingPath].join(' > ')}\n${chunk.text}` : chunk.text;
}

export interface ChunkIndex {
  search(question: string, limit: number): Promise<Array<{ chunk: KbChunk; score: number }>>;
}

/** Brute-force cosine search over the fixture chunks: the in-memory twin of the pgvector query. */
export async function buildIndex(embedder: LocalHashEmbeddings, chunks: KbChunk[], withHeadings: boolean): Promise<ChunkIndex> {
  const vectors = await embedder.embedDocuments(chunks.map((c) => embeddingText(c, withHeadings)));
  return {
    async search(question, limit) {
      const q = await embedder.embedQuery(question);
      return chunks
        .map((chunk, i) => ({ chunk, score: cosineSimilarity(q, vectors[i]!) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}
