/**
 * Round 12 vocabulary for languages that lagged: consumer-protection and food-safety authorities named generically
 * (Greek, Czech, Dutch, Swedish, French, Chinese), Greek bereavement, hardship and veiled self-harm. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { escalatedAs } from '../helpers/escalated-as.js';

describe('weaker languages, round 12', () => {
  it.each([
    ['Θα κάνω καταγγελία στην ένωση καταναλωτών για αυτό', 'regulator'],
    ['Θα το καταγγείλω στον ΕΦΕΤ, το φαγητό ήταν χαλασμένο', 'regulator'],
    ['Nahlásím to Státní zemědělské a potravinářské inspekci', 'regulator'],
    ['Ik ga dit melden bij de NVWA', 'regulator'],
    ['Jag anmäler er till Livsmedelsverket', 'regulator'],
    ['Je vais saisir les services d hygiène', 'regulator'],
    ['我要去市场监督管理局投诉你们', 'regulator'],
    ['Ο πατέρας μου έφυγε από κοντά μας την Κυριακή, θέλω να κλείσω τον λογαριασμό του', 'vulnerable'],
    ['Είμαι ταπί, δεν έχω να φάω αυτή την εβδομάδα', 'vulnerable'],
    ['Κουράστηκα να ζω, θέλω να εξαφανιστώ', 'self_harm'],
  ])('escalates: %s', async (text, category) => {
    expect(await escalatedAs(text)).toBe(category);
  });

  it.each([
    ['Είστε πιστοποιημένοι από τον ΕΦΕΤ;'],
    ['Δεν θα κάνω καταγγελία στην ένωση καταναλωτών, απλώς ρωτάω για την επιστροφή'],
    ['Jsou vaše jídla kontrolována potravinářskou inspekcí?'],
    ['Χάσαμε την παραγγελία; Δεν έχει έρθει ακόμα'],
  ])('does not escalate: %s', async (text) => {
    expect(await escalatedAs(text)).toBeNull();
  });
});
