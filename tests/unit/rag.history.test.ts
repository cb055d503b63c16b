import { describe, expect, it } from 'vitest';
import { type HistoryTurn, isFollowUp, rewriteFollowUp } from '../../src/rag/history.js';

const turns = (...texts: string[]): HistoryTurn[] =>
  texts.map((text, i) => ({ role: i % 2 === 0 ? 'customer' : 'bot', text }));

describe('rewriteFollowUp', () => {
  it('adds the topic of the previous customer question to an anaphoric follow-up', () => {
    const history = turns('How do I return a pair of shoes?', 'You can start a return from your orders page.');
    expect(rewriteFollowUp('and how long does it take?', history)).toBe('and how long does it take? return pair shoes');
  });

  it('replaces the place named before when the follow-up names a new one', () => {
    const history = turns('How long does shipping to Canada take?', 'Standard shipping takes 5 to 8 business days.');
    expect(rewriteFollowUp('what about for Germany?', history)).toBe('what about for Germany? how long shipping take');
  });

  it('handles Spanish follow-ups and keeps the words as the customer wrote them', () => {
    const history = turns('¿Hacen envíos a México?', 'Sí, enviamos a México.');
    expect(rewriteFollowUp('¿y cuánto cuesta?', history)).toBe('¿y cuánto cuesta? envíos México');
  });

  it('follows a chain of follow-ups back to the original topic', () => {
    const history = turns('How long does shipping to Canada take?', '5 to 8 days.', 'what about for Germany?', '2 to 4 days.');
    expect(rewriteFollowUp('and express?', history)).toBe('and express? how long Germany shipping take');
  });

  it('ignores bot and agent turns and a copy of the current question at the end of the history', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: 'Can I pay with PayPal?' },
      { role: 'agent', text: 'Yes, PayPal is accepted for all orders.' },
      { role: 'bot', text: 'Anything else?' },
      { role: 'customer', text: 'is it safe?' },
    ];
    expect(rewriteFollowUp('is it safe?', history)).toBe('is it safe? pay PayPal');
  });

  it('returns a standalone question unchanged', () => {
    const history = turns('How do I return a pair of shoes?', 'From your orders page.');
    expect(rewriteFollowUp('Do you accept PayPal for gift cards?', history)).toBe('Do you accept PayPal for gift cards?');
    expect(rewriteFollowUp('How can I reset my password?', history)).toBe('How can I reset my password?');
    expect(rewriteFollowUp('  where is my order AC-123456 that I placed last Monday  ', history)).toBe(
      'where is my order AC-123456 that I placed last Monday',
    );
  });

  it('leaves small talk and first messages alone', () => {
    const history = turns('How do I return a pair of shoes?', 'From your orders page.');
    expect(rewriteFollowUp('thanks!', history)).toBe('thanks!');
    expect(rewriteFollowUp('and how long does it take?', [])).toBe('and how long does it take?');
    expect(rewriteFollowUp('why?', history)).toBe('why? return pair shoes');
  });
});

describe('isFollowUp', () => {
  it.each([
    ['and for Spain?', true],
    ['what about express?', true],
    ['how much is it?', true],
    ['¿y cuánto cuesta?', true],
    ['et pour la Belgique ?', true],
    ['und wie lange dauert das?', true],
    ['refunds', true],
    ['How long does a refund to my credit card take?', false],
    ['Can I change the delivery address of order AC-1234 before it ships?', false],
    ['hello', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isFollowUp(question)).toBe(expected);
  });
});
