/**
 * The answerer on a knowledge base's own lexemes (kb-lexemes.ts): a fake lookup
 * stands in for Postgres's Snowball stemmer, as `to_tsvector('italian', …)` stems.
 */
import { describe, expect, it } from 'vitest';
import { answerExtractively, lexemeText, type AnswerPassage, wordsOf } from '../../src/rag/extractive-answerer.js';
import { isFrameWord, lexemeLanguage, type LexemeLookup } from '../../src/rag/kb-lexemes.js';
import { LocalHashEmbeddings } from '../../src/rag/local-embeddings.js';
import { answererLanguageOptions } from '../../src/rag/rag.responder.js';
import type { KbLexemes } from '../../src/rag/kb-lexemes.js';

const embedder = new LocalHashEmbeddings();

/** A tiny Italian "stemmer": stop words drop, known forms map to one stem, other words stay. */
const ITALIAN: Record<string, string | null> = {
  il: null, la: null, le: null, di: null, della: null, delle: null, per: null, si: null, entro: null, dalla: null, una: null, e: null, in: null,
  polizza: 'polizz', polizze: 'polizz', disdire: 'disd', disdetta: 'disdett', disdette: 'disdett', inviare: 'inv', inviata: 'inv', inviate: 'inv',
  scadenza: 'scadenz', scadenze: 'scadenz', giorni: 'giorn', raccomandata: 'raccomand', gatto: 'gatt', nutrire: 'nutr', mio: null,
};
const calls: string[][] = [];
const lookup: LexemeLookup = async (words) => {
  calls.push([...words]);
  return new Map(words.map((w) => [w, w in ITALIAN ? ITALIAN[w]! : w]));
};

const passage = (id: string, text: string, score: number): AnswerPassage => ({ chunkId: `${id}#0`, documentId: id, title: id, text, score });
const cancel = passage('disdetta', 'La disdetta della polizza si invia con raccomandata entro 30 giorni dalla scadenza.', 0.9);
const claims = passage('sinistri', 'Un sinistro va denunciato entro tre giorni.', 0.5);

describe('lexemeText', () => {
  it("writes a text as the lookup's lexemes: stop words left out, unknown words kept", () => {
    const lexemes = new Map<string, string | null>([['della', null], ['polizze', 'polizz'], ['scadenza', 'scadenz']]);
    expect(lexemeText("Scadenza della polizze dell'auto", lexemes)).toBe('scadenz polizz dell auto');
  });

  it('leaves out the words of our own stop list too, which a Snowball list may keep (Spanish "puedo")', () => {
    expect(lexemeText('¿Puedo cancelar?', new Map([['puedo', 'pued'], ['cancelar', 'cancel']]))).toBe('cancel');
  });

  it('lists the distinct normalised words of texts (elisions split, accents stripped, as the indexer unaccents)', () => {
    expect(wordsOf(["Perché l'auto?", 'auto PERCHÉ'])).toEqual(['perche', 'l', 'auto']);
  });
});

describe('lexemeLanguage', () => {
  it('is the single non-English Snowball configuration, else null', () => {
    expect(lexemeLanguage(['italian'])).toBe('italian');
    expect(lexemeLanguage(['english'])).toBeNull();
    expect(lexemeLanguage(['simple'])).toBeNull();
    expect(lexemeLanguage(['italian', 'french'])).toBeNull();
    expect(lexemeLanguage([])).toBeNull();
  });

  it('gives the answerer a lookup only with KbLexemes and such a configuration', () => {
    const kb = { forConfig: (config: string) => (config === 'italian' ? lookup : undefined) } as unknown as KbLexemes;
    expect(answererLanguageOptions({ languages: ['italian'], stopWords: [] }, kb).lexemes).toBe(lookup);
    expect(answererLanguageOptions({ languages: ['english'], stopWords: [] }, kb).lexemes).toBeUndefined();
    expect(answererLanguageOptions({ languages: ['italian'], stopWords: [] }).lexemes).toBeUndefined();
  });
});

describe('answerExtractively on lexemes', () => {
  it('matches inflected forms the English stemmer misses, and scores the answer higher than without lexemes', async () => {
    const question = 'Entro quali scadenze si inviano le disdette delle polizze?';
    const passages = [cancel, claims];
    const plain = await answerExtractively({ question, passages, embedder, inflectedLanguage: true });
    calls.length = 0;
    const onLexemes = await answerExtractively({ question, passages, embedder, inflectedLanguage: true, lexemes: lookup });
    expect(calls).toHaveLength(1);
    expect(onLexemes.text).toBe(cancel.text);
    expect(onLexemes.confidence).toBeGreaterThan(plain.confidence);
  });

  it('stays low for an unrelated question', async () => {
    const answer = await answerExtractively({ question: 'Come si nutre il mio gatto?', passages: [cancel, claims], embedder, inflectedLanguage: true, lexemes: lookup });
    expect(answer.confidence).toBeLessThan(0.2);
  });

  it('gives the same answers with the passage feature cache', async () => {
    const { PassageFeatureCache } = await import('../../src/rag/extractive-answerer.js');
    const features = new PassageFeatureCache(embedder);
    for (const question of ['Come disdire la polizza?', 'Entro quanti giorni si denuncia un sinistro?', 'Come disdire la polizza?']) {
      const plain = await answerExtractively({ question, passages: [cancel, claims], embedder, inflectedLanguage: true, lexemes: lookup });
      const cached = await answerExtractively({ question, passages: [cancel, claims], embedder, inflectedLanguage: true, lexemes: lookup, features });
      expect(cached).toEqual(plain);
    }
  });
});

describe('LocalHashEmbeddings.embedLexemes', () => {
  it('is embedSync when the lexemes are the text itself', () => {
    const text = 'Express delivery takes 1 to 2 days';
    expect(embedder.embedLexemes(text, text)).toEqual(embedder.embedSync(text));
  });

  it("keeps the original's support concepts, which its stems no longer spell", async () => {
    const { cosineSimilarity } = await import('../../src/rag/local-embeddings.js');
    const refund = embedder.embedSync('refund');
    expect(cosineSimilarity(embedder.embedLexemes('rembours', 'remboursement'), refund)).toBeGreaterThan(0.3);
    expect(cosineSimilarity(embedder.embedSync('rembours'), refund)).toBeLessThan(0.1);
  });
});

describe('isFrameWord', () => {
  it("knows a configuration's question-frame words (normalised), not its topic words, and none for English (our stop list has them)", () => {
    expect(isFrameWord('french', 'pourquoi')).toBe(true);
    expect(isFrameWord('french', 'voudrais')).toBe(true);
    expect(isFrameWord('french', 'facture')).toBe(false);
    expect(isFrameWord('spanish', 'quisiera')).toBe(true);
    expect(isFrameWord('english', 'want')).toBe(false);
    expect(isFrameWord('simple', 'comment')).toBe(false);
  });
});
