/**
 * Round 12d: a wish for everything to end said with another hint of despair in its place (a void said without naming
 * life, a burden, a goodbye) fires as self-harm, anywhere in the message; the wish followed by an object ("ich will
 * nicht mehr für dieses Abo zahlen") or a bare "to live" ("nie da się z tym żyć") does not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const frames = (text: string, language?: string): string[] =>
  detectSituations(text, language !== undefined ? { language } : {}).filter((h) => h.situation === 'self_harm').map((h) => h.frame);

describe('despair + a wish for it all to end', () => {
  it.each([
    ['Everything feels hopeless lately. I just want to finish it all.', 'en'],
    ["I've been sick of everything for months. Honestly I want to finish it all.", 'en'],
    ['Κουράστηκα πια. Θέλω να βάλω ένα τέλος σε όλα.', 'el'],
    ['Βαρέθηκα τα πάντα. Θέλω να τελειώσει επιτέλους όλο αυτό.', 'el'],
    ['Het is allemaal hopeloos. Ik wil er een punt achter zetten.', 'nl'],
  ])('fires: %s', (text, language) => {
    expect(frames(text, language)).toContain('despair-wants-end');
  });

  it('reads the story of the last messages', () => {
    const hits = detectSituations('I just want to finish it all.', { history: ['Everything feels hopeless lately.'], language: 'en' });
    expect(hits.map((h) => h.frame)).toContain('despair-wants-end+history');
  });

  it.each([
    ['Das hat keinen Sinn. Ich will nicht mehr für dieses Abo zahlen.', 'de'],
    ['To nie ma sensu. Nie da się z tym żyć, ta gra ciągle się zawiesza.', 'pl'],
    ['No point grinding this. I want to finish it all in one go with my squad tonight.', 'en'],
    ['I just want to finish it all.', 'en'],
  ])('stays quiet: %s', (text, language) => {
    expect(frames(text, language)).toEqual([]);
  });
});
