/**
 * Offline escalation analysis per message: `detectSituations` (./src/escalation/situations.ts) and the whole
 * `evaluateRules` with the default rules and the lexicon sentiment scorer, over a mixed set of short customer
 * messages (routine questions and escalations, ten languages), each with a two-message history, as the worker
 * sees them. Pure CPU, no database. Prints ms per message (wall and process CPU); compares with nothing,
 * asserts nothing. BENCH_ESCALATION_ROUNDS sets the timed passes over the set (default 30).
 */
import { defaultEscalationRules } from '../src/escalation/default-rules.js';
import { evaluateRules, type EscalationFacts } from '../src/escalation/evaluate.js';
import { LexiconSentimentScorer } from '../src/escalation/sentiment.js';
import { detectSituations } from '../src/escalation/situations.js';

const ROUNDS = Number(process.env.BENCH_ESCALATION_ROUNDS ?? 30);
const WARMUP = 3;

/** [language, message]; written for this benchmark, in the way customers write. */
const MESSAGES: ReadonlyArray<readonly [string, string]> = [
  ['en', 'How long do refunds take?'],
  ['en', 'Where is my order?'],
  ['en', 'Can I change the delivery address after paying?'],
  ['en', 'My wallet was stolen on the train and the card is in it, please block it now'],
  ['en', 'This is the third time I write and nobody answers, I will take you to court'],
  ['es', '¿Cuánto tarda el reembolso?'],
  ['es', '¿Dónde está mi pedido?'],
  ['es', 'Alguien entró en mi cuenta y cambió la contraseña'],
  ['es', 'Quiero dar de baja el contrato, estoy harto de vuestro servicio'],
  ['de', 'Wie lange dauert die Rückerstattung?'],
  ['de', 'Wo ist meine Bestellung?'],
  ['de', 'Auf meinem Konto ist eine Abbuchung, die ich nicht gemacht habe'],
  ['de', 'Ich werde mich bei der Verbraucherzentrale beschweren'],
  ['fr', 'Combien de temps prend un remboursement ?'],
  ['fr', 'Où en est ma commande ?'],
  ['fr', "On m'a volé mon téléphone ce matin"],
  ['fr', "Je n'arrive plus à payer mes factures depuis que j'ai perdu mon travail"],
  ['it', 'Quanto tempo ci vuole per il rimborso?'],
  ['it', "Dov'è il mio ordine?"],
  ['it', 'Ho perso la carta di credito ieri sera'],
  ['it', 'Voglio disdire il contratto, passo alla concorrenza'],
  ['pt', 'Quanto tempo demora o reembolso?'],
  ['pt', 'Onde está a minha encomenda?'],
  ['pt', 'Cobraram duas vezes o mesmo valor no meu cartão'],
  ['pt', 'Meu pai faleceu e preciso encerrar a conta dele'],
  ['nl', 'Hoe lang duurt een terugbetaling?'],
  ['nl', 'Waar is mijn bestelling?'],
  ['nl', 'Iemand heeft mijn wachtwoord veranderd en ik kan niet meer inloggen'],
  ['pl', 'Jak długo trwa zwrot pieniędzy?'],
  ['pl', 'Gdzie jest moje zamówienie?'],
  ['pl', 'Ktoś ukradł mi telefon, proszę zablokować kartę SIM'],
  ['tr', 'İade ne kadar sürer?'],
  ['tr', 'Siparişim nerede?'],
  ['tr', 'Kartım çalındı, hemen iptal edin lütfen'],
  ['ja', '返金にはどのくらいかかりますか？'],
  ['ja', '注文はどこにありますか？'],
  ['ja', '身に覚えのない請求があります'],
  ['en', 'Thanks, that helped a lot!'],
  ['es', 'Gracias, todo bien ahora'],
  ['de', 'Ich möchte mit einem Menschen sprechen'],
];

/** Two earlier customer messages of a routine conversation, in the message's language where it matters little. */
const HISTORY: readonly string[] = ['hi', 'I have a question about my account'];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function time(label: string, run: () => Promise<void> | void): Promise<string> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  for (let i = 0; i < ROUNDS; i += 1) await run();
  const n = ROUNDS * MESSAGES.length;
  const wall = (performance.now() - wall0) / n;
  const cpu = (cpuMs() - cpu0) / n;
  return `${label.padEnd(30)} n=${String(n).padStart(6)}  ${wall.toFixed(3).padStart(7)} ms/message wall  ${cpu.toFixed(3).padStart(7)} ms/message CPU`;
}

export async function benchEscalation(): Promise<string[]> {
  const rules = defaultEscalationRules().map((r, i) => ({ ...r, id: `rule-${i}` }));
  const sentiment = new LexiconSentimentScorer();
  const now = new Date('2026-12-07T10:00:00Z');
  const lines: string[] = [`escalation: ${MESSAGES.length} messages, ${new Set(MESSAGES.map(([l]) => l)).size} languages, history of ${HISTORY.length}, ${ROUNDS} rounds after ${WARMUP} warm-up`];
  lines.push(
    await time('detectSituations', () => {
      for (const [language, text] of MESSAGES) detectSituations(text, { history: HISTORY, language });
    }),
  );
  lines.push(
    await time('evaluateRules (default rules)', async () => {
      for (const [language, text] of MESSAGES) {
        const facts: EscalationFacts = { text, channel: 'webchat', customerTags: [], retrievalConfidence: null, consecutiveUnsure: 0, repeatedFailures: 0, now, history: HISTORY, language };
        await evaluateRules(rules, facts, { sentiment });
      }
    }),
  );
  return lines;
}
