import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrationLines, reportLines, scoreRankings } from '../../src/cli/eval-rag.js';
import { buildBm25Baseline } from '../../src/rag/eval/bm25-baseline.js';
import { detectDocumentsLanguage, detectLanguage, isForeignQuestion, isForeignToScope } from '../../src/rag/language.js';
import { onlyLanguageText } from '../../src/rag/rag.responder.js';

describe('language of a question', () => {
  it('tells scripts apart at once and Latin-script languages with the detector', () => {
    expect(detectLanguage('返金にはどのくらいかかりますか').code).toBe('ja');
    expect(detectLanguage('환불은 얼마나 걸리나요').code).toBe('ko');
    expect(detectLanguage('退款需要多长时间').code).toBe('zh');
    expect(detectLanguage('¿Cuánto tarda el reembolso a mi tarjeta?').code).toBe('es');
    expect(detectLanguage('Wie lange dauert die Rückerstattung?').code).toBe('de');
    expect(detectLanguage('ok').code).toBeNull();
  });

  it('tells Vietnamese by the letters only it writes, not by the Portuguese-looking rest', () => {
    const article = 'Để nạp tiền vào ví, bạn mở ứng dụng, chọn Nạp tiền và liên kết tài khoản ngân hàng. Số tiền tối thiểu là 10.000 đồng.';
    expect(detectLanguage(article).code).toBe('vi');
    expect(detectDocumentsLanguage([article, 'Hoàn tiền sẽ được chuyển về ví trong vòng 3 ngày làm việc.'])).toEqual({ code: 'vi', ftsConfig: 'simple' });
    // Portuguese keeps its own letters (ã, õ, ê, ô) and stays Portuguese.
    expect(detectLanguage('Não consigo recarregar o saldo da minha conta, o que devo fazer?').code).toBe('pt');
  });

  it('calls a question foreign only when the detector is sure and the knowledge base does not know its words', () => {
    expect(isForeignQuestion('¿Cuánto tiempo tarda el reembolso?', 'english', 0).foreign).toBe(true);
    expect(isForeignQuestion('返金にはどのくらいかかりますか', 'english', 0).foreign).toBe(true);
  });

  it('calls a question foreign to a scope of several knowledge-base languages only when it is foreign to each', () => {
    const question = '¿Cuánto tiempo tarda el reembolso?';
    expect(isForeignToScope(question, ['english'], 0).foreign).toBe(true);
    expect(isForeignToScope(question, ['english', 'spanish'], 0)).toMatchObject({ foreign: false, kbLanguage: 'es' });
    expect(isForeignToScope(question, ['spanish', 'english'], 0).foreign).toBe(false);
    expect(isForeignToScope(question, ['english', 'german'], 0)).toMatchObject({ foreign: true, kbLanguage: 'en' });
    // The detector's guess for a short English question is weak, and its words are the knowledge base's.
    expect(isForeignQuestion('oops wrong address on my order', 'english', 1).foreign).toBe(false);
    expect(isForeignQuestion('¿Cuánto tiempo tarda el reembolso?', 'spanish', 0.2).foreign).toBe(false);
    expect(isForeignQuestion('¿Cuánto tiempo tarda el reembolso?', 'simple', 0).foreign).toBe(false);
  });

  it('detects the language of documents for the text-search configuration', () => {
    expect(detectDocumentsLanguage(['Las devoluciones son gratuitas durante 30 días desde la entrega del pedido.', 'Puede pagar con tarjeta o transferencia bancaria.']).ftsConfig).toBe('spanish');
    expect(detectDocumentsLanguage(['Refunds take five to ten business days after we approve your return.']).ftsConfig).toBe('english');
  });

  it('says "only in this language" in the customer language and in the knowledge base language', () => {
    const text = onlyLanguageText('de', 'en');
    expect(text).toContain('nur in dieser Sprache antworten: English');
    expect(text).toContain('Sorry, for now I can only answer in this language: English.');
    expect(onlyLanguageText('ja', 'es')).toBe('Lo siento, por ahora solo puedo responder en este idioma: Español. ¿Quiere que le ponga en contacto con una persona?');
  });
});

describe('eval:rag figures', () => {
  const cases = [
    { question: 'a', answer_doc: 'x', kind: 'paraphrase' },
    { question: 'b', answer_doc: 'y', kind: 'paraphrase' },
    { question: 'c', answer_doc: 'z', kind: 'typo' },
    { question: 'd', answer_doc: 'x' },
  ];

  it('prints one line per kind before the documented last line, and keeps misses for --verbose', () => {
    const report = scoreRankings(cases, [['x', 'y'], ['x', 'q', 'r', 's', 't', 'y'], ['z'], []]);
    expect(report).toMatchObject({ n: 4, hit1: 0.5, hit5: 0.5, mrr: 0.542 });
    expect(report.misses).toHaveLength(2);
    const lines = reportLines(report, { system: 'bm25' }).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { system: 'bm25', kind: 'paraphrase', n: 2, hit1: 0.5, hit5: 0.5, mrr: 0.583 },
      { system: 'bm25', kind: 'typo', n: 1, hit1: 1, hit5: 1, mrr: 1 },
      { system: 'bm25', n: 4, hit1: 0.5, hit5: 0.5, mrr: 0.542 },
    ]);
    expect(Object.keys(JSON.parse(reportLines(scoreRankings(cases.slice(3), [['x']]))[0]!) as object)).toEqual(['n', 'hit1', 'hit5', 'mrr']);
  });

  it('picks the threshold that best separates answerable from off-topic questions', () => {
    const lines = calibrationLines([0.5, 0.6, 0.7, 0.8], [0.1, 0.2, 0.3, 0.55], 0.28).map((l) => JSON.parse(l) as { calibration: string; value?: number; answered?: number; offtopicAnswered?: number });
    const best = lines.find((l) => l.calibration === 'threshold-best')!;
    expect(best.value).toBeGreaterThanOrEqual(0.3);
    expect(best.value).toBeLessThanOrEqual(0.5);
    expect(best).toMatchObject({ answered: 1, offtopicAnswered: 0.25 });
    expect(lines.find((l) => l.calibration === 'threshold-current')).toMatchObject({ value: 0.28, answered: 1, offtopicAnswered: 0.5 });
  });

  it('ranks whole articles with the plain BM25 baseline', async () => {
    const baseline = await buildBm25Baseline(fileURLToPath(new URL('../../examples/help-center/', import.meta.url)));
    expect(baseline.rank('how do I reset my password')[0]).toBe('account-and-password');
    expect(baseline.rank('gift card balance').slice(0, 3)).toContain('gift-cards');
  }, 30_000);
});
