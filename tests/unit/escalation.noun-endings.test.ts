/**
 * Issue 9, round 7: a pack's nounEndings let a family member, card, phone, lawyer or money word
 * listed once match its case and possessive forms ("meines Vaters", "babamı", "ayahnya", "isäni").
 * Near-misses reuse the inflected nouns without the situation. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('inflected nouns fill their concept', () => {
  it.each([
    ['Nach dem Tod meines Vaters möchte ich den Vertrag umschreiben', 'de', 'vulnerable'],
    ['Babamı geçen ay kaybettik, hattı kapatmak istiyorum', 'tr', 'vulnerable'],
    ['Ayahnya meninggal minggu lalu dan akunnya atas nama beliau', 'id', 'vulnerable'],
    ['Ibuku meninggal dunia kemarin', 'id', 'vulnerable'],
    ['Tatălui meu a murit și vreau să închid contul', 'ro', 'vulnerable'],
    ['Pappans dödsfall gör att jag måste säga upp abonnemanget', 'sv', 'vulnerable'],
  ])('%s (%s) → %s', async (text, language, expected) => {
    expect(await escalatedAs(text, language)).toBe(expected);
  });

  it('matches the stem with an ending, and the listed word without one', () => {
    const withEnding = detectSituations('Nach dem Tod meines Vaters', { language: 'de' });
    expect(withEnding.map((h) => h.situation)).toContain('vulnerable');
    const bare = detectSituations('Mein Vater ist gestorben', { language: 'de' });
    expect(bare.map((h) => h.situation)).toContain('vulnerable');
  });
});

describe('inflected nouns alone do not escalate', () => {
  it.each([
    ['Kann ich das Konto meines Vaters als Zweitkarte nutzen?', 'de'],
    ['Babamın hattına nasıl ek paket alırım?', 'tr'],
    ['Bagaimana cara menambahkan ayahnya ke akun saya?', 'id'],
    ['What should I do if my card is stolen?', 'en'],
    ['How do I add a person to my account?', 'en'],
    ['Wie melde ich eine gestohlene Karte?', 'de'],
  ])('%s (%s) → no escalation', async (text, language) => {
    expect(await escalatedAs(text, language)).toBeNull();
  });
});
