/**
 * How sure the responder is that the knowledge base answers a question, 0..1:
 * the number RAG_UNSURE_THRESHOLD is compared with (rag.responder.ts).
 *
 * Questions next to the company's business that no article covers ("can I
 * insure the bike I bought from you?" in a bike shop) share many words with
 * the knowledge base, so neither the answer's match nor the share of known
 * words alone tells them from answerable ones. Each part below is a separate
 * piece of evidence that one article answers the question, on a 0..1 scale
 * that does not depend on the knowledge base's language or size; their mean
 * is the confidence:
 *
 * - `match`: how well the answerer's best sentence matches (embedding cosine
 *   and shared terms, ./extractive-answerer.ts);
 * - `documentCoverage`: the share of the question's key terms found in the best
 *   sentence's article (its retrieved passages). An answerable question's terms
 *   meet in its article; an uncovered one's are spread over several articles
 *   that each mention one of them;
 * - `knownWordShare`: the share of the question's content words the knowledge
 *   base contains at all (retriever diagnostics);
 * - `vectorCosine`: the vector leg's cosine of the top passage, divided by
 *   VECTOR_COSINE_FULL, only on the local hashed embedder's scale (another
 *   embedding model has another scale: the part is left out);
 * - `textScorePerTerm`: the full-text re-ranker's BM25F score of the top
 *   passage per key term of the question, divided by TEXT_SCORE_FULL: BM25F
 *   weighs each term by its rarity in the knowledge base (idf), so this is the
 *   share of the question's specific content the passage carries, where a
 *   match on the knowledge base's everyday words ("order", "account") counts
 *   little;
 *
 * plus AGREEMENT_BONUS when the vector and full-text legs put the same article
 * first among the retrieved passages (two independent rankings agreeing).
 *
 * Measured on two blind held-out sets (German and English help centres) as the
 * AUC between answerable and off-topic questions: the former mean of match
 * (damped by coverage) and known-word share 0.74 / 0.74, this 0.81 / 0.785
 * (README, "Evaluation", round 8).
 */
import type { RetrievedChunk } from './retriever.js';

/** The hashed embedder's cosine at which the vector part is full: answerable questions' median is about 0.2, off-topic ones' 0.12. */
export const VECTOR_COSINE_FULL = 0.4;
/**
 * BM25F score per question term at which the text part is full. Answerable questions' median is
 * 1.0–1.3 on knowledge bases of 12 to 30 articles, off-topic ones' 0.4–0.9. The idf grows with the
 * log of the number of passages, so a much larger knowledge base scores somewhat higher.
 */
export const TEXT_SCORE_FULL = 3;
/** Added when the two retrieval legs put the same article first. */
export const AGREEMENT_BONUS = 0.05;

export interface ConfidenceEvidence {
  match: number;
  documentCoverage: number;
  /** Null: the question has no content word. */
  knownWordShare: number | null;
  /** Null: no vector leg, or an embedder whose cosine is on another scale than the local one. */
  vectorCosine: number | null;
  /** Null: the question has no key term. */
  textScorePerTerm: number | null;
  legsAgree: boolean;
}

export function answerConfidence(e: ConfidenceEvidence): number {
  const parts = [e.match, e.documentCoverage];
  if (e.knownWordShare !== null) parts.push(e.knownWordShare);
  if (e.vectorCosine !== null) parts.push(Math.min(1, e.vectorCosine / VECTOR_COSINE_FULL));
  if (e.textScorePerTerm !== null) parts.push(Math.min(1, e.textScorePerTerm / TEXT_SCORE_FULL));
  const mean = parts.reduce((a, b) => a + b, 0) / parts.length;
  return Math.min(1, mean + (e.legsAgree ? AGREEMENT_BONUS : 0));
}

type RankedChunk = Pick<RetrievedChunk, 'documentId' | 'vectorRank' | 'textRank'>;

/** The vector leg's and the full-text leg's best-ranked chunks among `chunks` belong to one article. */
export function legsAgree(chunks: readonly RankedChunk[]): boolean {
  const first = (rank: (c: RankedChunk) => number | null): RankedChunk | undefined =>
    chunks.reduce<RankedChunk | undefined>((best, c) => (rank(c) !== null && (best === undefined || rank(c)! < rank(best)!) ? c : best), undefined);
  const byVector = first((c) => c.vectorRank);
  const byText = first((c) => c.textRank);
  return byVector !== undefined && byText !== undefined && byVector.documentId === byText.documentId;
}

/**
 * The confidence of an answer from retrieved `chunks` (in rank order): the answerer's evidence,
 * the retrieval's known-word share, the top chunk's BM25F score, and its vector cosine when `localEmbedder`.
 */
export function responderConfidence(
  answer: { match: number; documentCoverage: number; questionTerms: readonly string[] } | null,
  chunks: readonly Pick<RetrievedChunk, 'documentId' | 'vectorRank' | 'textRank' | 'vectorScore' | 'textScore'>[],
  knownWordShare: number | null,
  localEmbedder: boolean,
): number {
  if (!answer || chunks.length === 0) return 0;
  const top = chunks[0]!;
  return answerConfidence({
    match: answer.match,
    documentCoverage: answer.documentCoverage,
    knownWordShare,
    vectorCosine: localEmbedder ? Math.max(0, top.vectorScore ?? 0) : null,
    textScorePerTerm: answer.questionTerms.length > 0 ? Math.max(0, top.textScore ?? 0) / answer.questionTerms.length : null,
    legsAgree: legsAgree(chunks),
  });
}
