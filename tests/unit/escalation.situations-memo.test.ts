/**
 * The per-message memos of `detectSituations` (sentences per text and pack, concept and slot matches) live for one
 * call only: a message gives the same hits whatever was analysed before it, in any order, and a frame that reads
 * the previous message (same sentences split twice) keeps the two apart. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const MESSAGES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['My card was stolen this morning, please block it', 'en', []],
  ['How long do refunds take?', 'en', ['hi', 'I have a question']],
  ['Me han robado el móvil y la tarjeta', 'es', []],
  ['¿Dónde está mi pedido?', 'es', ['hola']],
  ['Jemand hat sich in mein Konto eingeloggt', 'de', []],
  ['Wo ist meine Bestellung?', 'de', []],
  ["J'ai perdu ma carte bancaire hier soir", 'fr', []],
  ['Combien de temps pour un remboursement ?', 'fr', []],
  ['Kartım çalındı, hemen iptal edin', 'tr', []],
  ['カードを盗まれました', 'ja', []],
  ['It was hacked yesterday', 'en', ['I have a problem with my account.']],
  ['I want to cancel my contract, I am moving to another provider', 'en', ['Why is my bill so high again?']],
];

const run = ([text, language, history]: (typeof MESSAGES)[number]) => detectSituations(text, { language, history });

describe('detectSituations per-message memos', () => {
  it('gives each message the same hits in order, in reverse order, and twice in a row', () => {
    const forward = MESSAGES.map((m) => JSON.stringify(run(m)));
    const backward = [...MESSAGES].reverse().map((m) => JSON.stringify(run(m))).reverse();
    const twice = MESSAGES.map((m) => (run(m), JSON.stringify(run(m))));
    expect(backward).toEqual(forward);
    expect(twice).toEqual(forward);
    const alone = forward;
    // The set holds both kinds, so the comparison is not between empty lists.
    expect(alone.filter((h) => h !== '[]').length).toBeGreaterThanOrEqual(6);
    expect(alone.filter((h) => h === '[]').length).toBeGreaterThanOrEqual(3);
  });

  it('finds a thing named in one sentence and its loss told in the next, and nothing when the loss is missing', () => {
    expect(detectSituations('Can you block my card? It was stolen this morning').map((h) => h.frame)).toEqual(['lost-told-after']);
    expect(detectSituations('Can you block my card? I would like a new design')).toEqual([]);
    expect(detectSituations('Können Sie meine Karte sperren? Ich hätte gern ein neues Design')).toEqual([]);
  });

  it('reads the story over the history the same way twice in a row', () => {
    const opts = { history: ['I have a problem with my account.'] };
    const first = detectSituations('It was hacked yesterday', opts);
    expect(first.map((h) => h.situation)).toContain('security');
    expect(detectSituations('It was hacked yesterday', opts)).toEqual(first);
  });
});
