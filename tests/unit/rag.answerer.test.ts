import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnswerPassage, ANSWER_CONFIDENCE_FLOOR, answerExtractively, compoundShares, inflectionKey, PassageFeatureCache, questionKeyTerms, splitSentences } from '../../src/rag/extractive-answerer.js';
import { keyTerms, normalizeWords } from '../../src/rag/text-analysis.js';
import { LocalHashEmbeddings } from '../../src/rag/local-embeddings.js';
import { answererStopWords } from '../../src/rag/rag.responder.js';
import { type ChunkIndex, type KbChunk, buildIndex, loadKbChunks, loadQa } from './rag.fixtures.js';

const embedder = new LocalHashEmbeddings();

const passage = (id: string, text: string, score: number, extra: Partial<AnswerPassage> = {}): AnswerPassage => ({
  chunkId: `${id}#0`,
  documentId: id,
  title: id.replace(/-/g, ' '),
  sourceUrl: `https://help.acme.example/${id}`,
  text,
  score,
  ...extra,
});

const refunds = passage(
  'refunds',
  'Once your parcel reaches our warehouse we inspect it within 3 business days. When the return is approved we issue the refund to the original payment method. Card refunds take 5 to 10 business days to appear.\nGift card refunds are immediate.',
  0.8,
);
const shipping = passage('shipping', 'Standard delivery takes 3 to 5 business days. Express delivery takes 1 to 2 days and costs $14.99.', 0.6);
const warranty = passage(
  'warranty',
  'The warranty does not cover:\n- normal wear and tear,\n- damage caused by accidents, drops or liquid,\n- batteries after 12 months.',
  0.7,
);

/** Every answer line must be a verbatim slice of one passage. */
function expectVerbatim(answer: string, passages: Array<{ text: string }>): void {
  for (const line of answer.split('\n')) expect(passages.some((p) => p.text.includes(line)), line).toBe(true);
}

describe('splitSentences', () => {
  it('splits on sentence ends, newlines, list items, table rows and CJK full stops', () => {
    const text = 'First one. Second? Third!\n- item one\n2. item two\n| a | b |\n|---|---|\n退款很快。请联系我们！\nTrailing';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'First one.', 'Second?', 'Third!', '- item one', '2. item two', '| a | b |', '|---|---|', '退款很快。', '请联系我们！', 'Trailing',
    ]);
  });

  it('does not split inside "e.g. something" and drops heading-like lines of plain text', () => {
    const text = 'Gift cards\nUse them for anything, e.g. shoes. They never expire.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Use them for anything, e.g. shoes.', 'They never expire.']);
  });
});

describe('answerExtractively', () => {
  it('gives exactly the same answers with the passage feature cache, hit or miss, and with a tiny cache evicting', async () => {
    const passages = [refunds, shipping, warranty];
    const questions = ['how long until I get my money back on my card?', 'express delivery price', 'is water damage covered by the warranty?', 'how long until I get my money back on my card?'];
    const big = new PassageFeatureCache(embedder);
    const tiny = new PassageFeatureCache(embedder, 2);
    for (const question of questions) {
      const plain = await answerExtractively({ question, passages, embedder });
      expect(await answerExtractively({ question, passages, embedder, features: big })).toEqual(plain);
      expect(await answerExtractively({ question, passages, embedder, features: tiny })).toEqual(plain);
    }
  });

  it('lays a passage out once per text and headings: the same text under other headings is laid out afresh', async () => {
    const text = 'The warranty does not cover:\n- normal wear and tear,\n- damage caused by accidents, drops or liquid,\n- batteries after 12 months.\nClaims take 3 days.';
    const features = new PassageFeatureCache(embedder);
    const first = features.layout(text, '');
    expect(features.layout(text, '')).toBe(first);
    expect(first.blocks).toEqual([{ lines: [1, 2, 3], whole: 'The warranty does not cover:\nnormal wear and tear,\ndamage caused by accidents, drops or liquid,\nbatteries after 12 months.', inContext: null }]);
    const headed = features.layout(text, 'Warranty > Exclusions: ');
    expect(headed).not.toBe(first);
    expect(headed.sentences[0]!.inContext).toBe('Warranty > Exclusions: The warranty does not cover:');
    const question = 'is liquid damage covered by the warranty?';
    for (const headingPath of [undefined, ['Warranty', 'Exclusions'], undefined]) {
      const passages = [passage('warranty', text, 0.7, { headingPath }), refunds];
      expect(await answerExtractively({ question, passages, embedder, features })).toEqual(await answerExtractively({ question, passages, embedder }));
    }
  });

  it('answers with verbatim sentences from the best passage and cites it', async () => {
    const passages = [refunds, shipping, warranty];
    const answer = await answerExtractively({ question: 'how long until I get my money back on my card?', passages, embedder });
    expect(answer.text).toContain('Card refunds take 5 to 10 business days to appear.');
    expectVerbatim(answer.text, passages);
    expect(answer.citations).toEqual([{ documentId: 'refunds', title: 'refunds', sourceUrl: 'https://help.acme.example/refunds' }]);
    expect(answer.usedChunkIds).toEqual(['refunds#0']);
    expect(answer.confidence).toBeGreaterThanOrEqual(ANSWER_CONFIDENCE_FLOOR);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });

  it('keeps sentences in passage order and respects maxSentences', async () => {
    const answer = await answerExtractively({ question: 'refund approved card days', passages: [refunds], embedder, maxSentences: 2 });
    const lines = splitSentences(answer.text).map((s) => s.text);
    expect(lines.length).toBeLessThanOrEqual(2);
    const order = lines.map((l) => refunds.text.indexOf(l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const one = await answerExtractively({ question: 'express delivery price', passages: [shipping], embedder, maxSentences: 1 });
    expect(one.text).toBe('Express delivery takes 1 to 2 days and costs $14.99.');
  });

  it('answers a list question with the whole list and its lead-in, never one item alone', async () => {
    const answer = await answerExtractively({ question: 'is water damage covered by the warranty?', passages: [warranty], embedder });
    expect(answer.text).toBe(warranty.text);
  });

  it('answers a table question with the header row and every row, not a stray row', async () => {
    const table = passage(
      'refund-times',
      'When the return is approved we issue the refund to the original payment method.\n\nHow long it then takes for the money to appear depends on your bank:\n\n' +
        '| Payment method | Time after approval |\n| --- | --- |\n| Credit or debit card | 5 to 10 business days |\n| PayPal | 1 to 3 business days |\n| Gift card | Immediately |\n| Bank transfer | up to 7 business days |\n\n' +
        'Shipping fees are refunded only if you return the whole order.',
      0.9,
      { headingPath: ['Refunds', 'When will I get my money back?'] },
    );
    const answer = await answerExtractively({ question: 'How long do refunds take?', passages: [table, shipping], embedder });
    const lines = answer.text.split('\n');
    const header = lines.indexOf('| Payment method | Time after approval |');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines.slice(header, header + 6)).toEqual([
      '| Payment method | Time after approval |',
      '| --- | --- |',
      '| Credit or debit card | 5 to 10 business days |',
      '| PayPal | 1 to 3 business days |',
      '| Gift card | Immediately |',
      '| Bank transfer | up to 7 business days |',
    ]);
    expect(lines[header - 1]).toBe('How long it then takes for the money to appear depends on your bank:');
    expectVerbatim(answer.text, [table]);
  });

  it('quotes a long table with its header and only the rows that match', async () => {
    const rows = ['Austria', 'Belgium', 'Canada', 'Denmark', 'Finland', 'France', 'Germany', 'Ireland', 'Italy', 'Japan', 'Mexico', 'Norway', 'Portugal', 'Spain', 'Sweden']
      .map((c, i) => `| ${c} | ${i + 3} business days | $${10 + i}.00 |`);
    const long = passage('rates', ['| Country | Delivery time | Price |', '| --- | --- | --- |', ...rows].join('\n'), 0.9, { headingPath: ['International delivery'] });
    const answer = await answerExtractively({ question: 'how long does delivery to Japan take and what does it cost?', passages: [long], embedder });
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('| Country | Delivery time | Price |');
    expect(lines).toContain('| Japan | 12 business days | $19.00 |');
    expect(lines.length).toBeLessThan(rows.length + 2);
  });

  it('drops the sentence pieces a chunk boundary cut off', async () => {
    const cut = passage(
      'cut',
      `and the courier leaves a card. Parcels are kept at the depot for 7 days before they are returned to us. ${'Collection needs a photo ID and the card the courier left. '.repeat(6)}You can also ask for a second delivery attempt on`,
      0.9,
    );
    const answer = await answerExtractively({ question: 'how long is my parcel kept at the depot?', passages: [cut], embedder });
    expect(answer.text).toContain('Parcels are kept at the depot for 7 days before they are returned to us.');
    expect(answer.text).not.toContain('and the courier leaves a card.');
    expect(answer.text).not.toContain('attempt on');
  });

  it('reports low confidence and still never invents text for an unrelated question', async () => {
    const passages = [refunds, shipping, warranty];
    const answer = await answerExtractively({ question: 'what is the capital of Australia?', passages, embedder });
    expect(answer.confidence).toBeLessThan(ANSWER_CONFIDENCE_FLOOR);
    expectVerbatim(answer.text, passages);
  });

  it('matches inflected forms of other languages than English (the keyword share counts them)', async () => {
    const es = passage('cuentas', 'Puede cancelar la suscripción desde la aplicación en cualquier momento.', 0.8);
    const other = passage('envios', 'Los pedidos llegan en tres días laborables.', 0.4);
    const answer = await answerExtractively({ question: '¿Cómo cancelo mi suscripción?', passages: [es, other], embedder, inflectedLanguage: true });
    expect(answer.text).toContain('Puede cancelar la suscripción');
    // "cancelo"/"cancelar" differ after the English stemmer; the shared 5-letter prefix makes them one term.
    expect([...keyTerms('cancelo')]).not.toEqual([...keyTerms('cancelar')]);
    expect(inflectionKey('cancelo')).toBe(inflectionKey('cancelar'));
    const withoutInflection = await answerExtractively({ question: '¿Cómo anulo mi suscripción?', passages: [es, other], embedder, inflectedLanguage: true });
    expect(answer.confidence).toBeGreaterThan(withoutInflection.confidence);
    // Off (an English knowledge base): the prefix joins nothing.
    const off = await answerExtractively({ question: '¿Cómo cancelo mi suscripción?', passages: [es, other], embedder });
    expect(answer.confidence).toBeGreaterThan(off.confidence);
    expect(inflectionKey('~refund')).toBeNull();
    expect(inflectionKey('card')).toBeNull();
  });

  it('joins German forms that share five letters ("kosten"/"kostet"), not short words', () => {
    expect(inflectionKey('kostet')).toBe(inflectionKey('kosten'));
    expect(inflectionKey('akku')).toBeNull();
  });

  it("leaves the knowledge base's stop words out of the question's terms, so they do not dilute the keyword share", async () => {
    // German "welche", "man", "wenn" are no stop words of our short list; the knowledge base's configuration drops them.
    const question = 'Welche Kosten hat man, wenn die Inspektion fällig wird?';
    const stop = new Set(['welche', 'hat', 'man', 'wenn', 'wird']);
    expect(questionKeyTerms(question, new Set()).has('welch')).toBe(true);
    const terms = questionKeyTerms(question, stop);
    expect(terms.has('welch')).toBe(false);
    expect(terms.has('man')).toBe(false);
    expect(terms.has('inspektion')).toBe(true);
    const p = passage('werkstatt', 'Die Inspektion kostet 89 Euro und dauert zwei Stunden.', 0.8);
    const other = passage('versand', 'Wir liefern innerhalb von drei Werktagen.', 0.3);
    const plain = await answerExtractively({ question, passages: [p, other], embedder, inflectedLanguage: true });
    const withStop = await answerExtractively({ question, passages: [p, other], embedder, inflectedLanguage: true, stopWords: [...stop] });
    expect(withStop.text).toContain('Die Inspektion kostet');
    expect(withStop.confidence).toBeGreaterThan(plain.confidence);
    // Only outside English, whose own stop list is complete (Postgres's also drops "after", "before").
    expect(answererStopWords({ languages: ['german'], stopWords: ['welche'] })).toEqual(['welche']);
    expect(answererStopWords({ languages: ['english'], stopWords: ['after'] })).toEqual([]);
  });

  it('matches the parts of compounds in a compounding language ("Akkuladezeit" meets "Ladezeit")', async () => {
    expect(compoundShares('akkuladezeit', new Set(['ladezeit']))).toBe(true);
    expect(compoundShares('ladezeit', new Set(['akkuladezeit']))).toBe(true);
    expect(compoundShares('akku', new Set(['akkuladezeit']))).toBe(true);
    // Too short a part, or a word that is no part at all.
    expect(compoundShares('zeit', new Set(['zeitz']))).toBe(false);
    expect(compoundShares('rahmen', new Set(['ladezeit']))).toBe(false);
    const p = passage('akku', 'Die Ladezeit des Akkus beträgt etwa vier Stunden.', 0.8);
    const other = passage('versand', 'Wir liefern innerhalb von drei Werktagen.', 0.3);
    const question = 'Wie lang ist die Akkuladezeit?';
    const on = await answerExtractively({ question, passages: [p, other], embedder, inflectedLanguage: true, compoundingLanguage: true });
    const off = await answerExtractively({ question, passages: [p, other], embedder, inflectedLanguage: true });
    expect(on.text).toContain('Die Ladezeit des Akkus');
    expect(on.confidence).toBeGreaterThan(off.confidence);
  });

  it('does not join English words by a shared prefix ("internet" is not "international")', async () => {
    const intl = passage('international', 'International orders ship within five business days.', 0.8);
    const off = await answerExtractively({ question: 'my internet is down', passages: [intl], embedder });
    const on = await answerExtractively({ question: 'my internet is down', passages: [intl], embedder, inflectedLanguage: true });
    expect(on.confidence).toBeGreaterThan(off.confidence);
  });

  it('splits French and Italian elisions off the next word, and keeps English contractions whole', () => {
    expect(normalizeWords("Comment résilier l'abonnement d'un client qu'il a pris ?")).toBe('comment resilier l abonnement d un client qu il a pris ?');
    expect(normalizeWords("Dov'è lo stato dell'ordine?")).toBe('dov e lo stato dell ordine?');
    expect(normalizeWords("I don't know, it's what we're told; I'm sure you'll see")).toBe('i dont know, its what were told; im sure youll see');
    expect(keyTerms("l'abonnement").has('abonnement')).toBe(true);
  });

  it('returns an empty answer without passages', async () => {
    expect(await answerExtractively({ question: 'refund?', passages: [], embedder })).toEqual({
      text: '', usedChunkIds: [], citations: [], confidence: 0,
    });
  });
});

describe('answerExtractively on the Acme fixtures (top 5 chunks, cosine retrieval with headings)', () => {
  // Written with the fixtures, none of them about Acme or shopping.
  const OFF_TOPIC = [
    'what is the capital of France', 'who won the football match last night', 'can you write me a poem about cats',
    'how do I bake sourdough bread', 'what is the weather tomorrow in Berlin', 'explain quantum entanglement',
    'recommend a good movie for tonight', 'how many moons does jupiter have', '¿quién ganó el partido de ayer?',
    'what is 17 times 23', 'what is the meaning of life', 'tell me a joke about penguins', 'who is the president of Brazil',
    'how do I fix a leaking tap', 'translate good morning into Italian', '¿cuál es la receta de la paella?',
    'what are the symptoms of the flu', 'best programming language for beginners', 'can you help me with my maths homework',
    'where can I watch the olympics',
  ];
  const facts = readFileSync(fileURLToPath(new URL('../fixtures/rag-answer-facts.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { question: string; fact: string });
  let index: ChunkIndex;
  const ask = async (question: string): Promise<{ answer: Awaited<ReturnType<typeof answerExtractively>>; top: KbChunk[] }> => {
    const top = (await index.search(question, 5)).map((r) => ({ ...r.chunk, score: r.score }));
    const passages = top.map((c) => ({ chunkId: c.id, documentId: c.documentId, title: c.title, text: c.text, headingPath: c.headingPath, score: c.score }));
    return { answer: await answerExtractively({ question, passages, embedder }), top };
  };

  beforeAll(async () => {
    index = await buildIndex(embedder, await loadKbChunks(), true);
  });

  it('separates knowledge-base questions from off-topic ones at ANSWER_CONFIDENCE_FLOOR', async () => {
    const qa = loadQa();
    let answered = 0;
    let answeredRight = 0;
    let cited = 0;
    for (const { question, answer_doc } of qa) {
      const { answer, top } = await ask(question);
      expectVerbatim(answer.text, top);
      const right = answer.citations.length > 0 && answer.citations.every((c) => c.documentId === answer_doc);
      if (right) cited++;
      if (answer.confidence >= ANSWER_CONFIDENCE_FLOOR) {
        answered++;
        if (right) answeredRight++;
      }
    }
    const offTopic = await Promise.all(OFF_TOPIC.map(async (q) => (await ask(q)).answer.confidence));
    const falseAnswers = offTopic.filter((c) => c >= ANSWER_CONFIDENCE_FLOOR).length;
    console.log(
      `[rag] answerer @${ANSWER_CONFIDENCE_FLOOR}: cites only the right doc ${cited}/${qa.length}; answers ${answered}/${qa.length} ` +
        `(${answeredRight} of them right); off-topic answered ${falseAnswers}/${OFF_TOPIC.length} (max confidence ${Math.max(...offTopic).toFixed(3)})`,
    );
    // Measured when written: cites right 57/68; answers 61/68, 54 of them right; off-topic 0/20, max 0.271.
    expect(cited / qa.length).toBeGreaterThanOrEqual(0.75);
    expect(answered / qa.length).toBeGreaterThanOrEqual(0.82);
    expect(answeredRight / answered).toBeGreaterThanOrEqual(0.85);
    expect(falseAnswers).toBeLessThanOrEqual(1);
  });

  it('puts the expected fact in the answer for most factual questions', async () => {
    const misses: string[] = [];
    for (const { question, fact } of facts) {
      const { answer } = await ask(question);
      if (!answer.text.includes(fact)) misses.push(question);
    }
    console.log(`[rag] answerer facts: ${facts.length - misses.length}/${facts.length}; missed: ${misses.join(' | ')}`);
    // Measured when written: 20/26.
    expect(facts.length - misses.length).toBeGreaterThanOrEqual(17);
  });
});
