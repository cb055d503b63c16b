/**
 * International words customers use whatever their language ("hacker", "SIM swap",
 * "phishing"). Runs only when the message's language has no pack of its own, so
 * a language we cannot serve well still gets the strongest security signals
 * (explicit requests and anger have their own fallbacks: ../human-request.ts, emoji
 * and shouting in ../sentiment.ts). No cues: nothing to guard with.
 */
import type { LanguagePack } from './types.js';

export const universal: LanguagePack = {
  code: '*',
  markers: [],
  cues: { negation: [], hypothetical: [], question: [], possibility: [], firstPerson: [], secondPerson: [], resolved: [], prevention: [], consequence: [] },
  concepts: {
    securityStrong: ['sim swap', 'sim-swap', 'simswap', 'sim swapping', 'phished', 'hacked', 'hackeado', 'hackeada', 'hackato', 'gehackt', 'hacké', 'hackée', 'hacklendi', 'хакнули', 'scammed', 'scammer', 'scammers', 'fraud', 'fraudster', 'chargeback'],
  },
};
