/**
 * The learned escalation component (src/escalation/learned/): features, deterministic
 * training, the detector as a source of the default rules' triggers, the rules' own
 * "no" that it does not overrule, the veto, and the ESCALATION_LEARNED switch.
 * The product detector trains once for this file (productDetector caches it).
 * Every sentence here is written for this file; none comes from the corpus or a fixture.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_LEARNED, escalationLearnedSetting, loadConfig } from '../../src/config/index.js';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateRules } from '../../src/escalation/evaluate.js';
import { messageFacts } from '../helpers/escalated-as.js';
import { evaluateCases } from '../../src/escalation/eval.js';
import { featureIds, featureStrings, hashFeature, HISTORY_WEIGHT, normalizeForModel, vectorize } from '../../src/escalation/learned/features.js';
import { cachedProductDetector, orRulesAlone, productDetector, readCorpus, trainDetector, warmProductDetector, TOLD_IN_FULL_SECURITY_THRESHOLD, TOLD_IN_FULL_UNITS, type CorpusLine } from '../../src/escalation/learned/learned-detector.js';
import { SoftmaxModel } from '../../src/escalation/learned/model.js';
import { escalationRuleSchema, type RuleWithId } from '../../src/escalation/rules.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';

const rules: RuleWithId[] = defaultEscalationRules().map((r, i) => ({ ...r, id: `r${i}` }));
const sentiment = new LexiconSentimentScorer();

const facts = (text: string, history: string[] = []) => messageFacts(text, history);

/** A tiny corpus of this file's own, for the training properties (the product corpus is far larger). */
const tiny: CorpusLine[] = [
  { messages: ['my parcel robot swallowed the voucher card'], escalate: true, why: 'fraud' },
  { messages: ['somebody emptied my balance with a cloned voucher'], escalate: true, why: 'fraud' },
  { messages: ['I want a real person on this chat now'], escalate: true, why: 'human_request' },
  { messages: ['get me a human agent please'], escalate: true, why: 'human_request' },
  { messages: ['which sizes does the blue chair come in?'], escalate: false, why: 'routine' },
  { messages: ['how long does delivery to Lyon take?'], escalate: false, why: 'routine' },
  { messages: ['what happens if a voucher is ever copied?'], escalate: false, why: 'near_miss' },
];

describe('learned features', () => {
  it('folds width and case (NFKC, lower case) as the rules do', () => {
    expect(normalizeForModel('ＭＹ  Card’s')).toBe("my card's");
  });

  it('gives words, word bigrams and in-word character 3–5-grams for spaced scripts, 1–3-grams for unspaced ones', () => {
    const latin = featureStrings('Card stolen', 'm');
    expect(latin).toEqual(expect.arrayContaining(['mw:card', 'mw:stolen', 'mb:card stolen', 'mc:<ca', 'mc:<card', 'mc:tolen', 'mc:en>']));
    // No gram spans the two words.
    expect(latin.some((f) => f.includes('d s') && f.startsWith('mc:'))).toBe(false);
    const chinese = featureStrings('卡被偷了', 'm');
    expect(chinese).toEqual(expect.arrayContaining(['mc:卡', 'mc:卡被', 'mc:被偷了']));
    expect(chinese.some((f) => f.startsWith('mw:'))).toBe(false);
    expect(featureStrings('is it stolen?', 'm')).toContain('mp:?end');
  });

  it('hashes the same ids as the feature strings, without building them', () => {
    for (const text of ['Mein Konto wurde gehackt!!', 'บัตรหาย ช่วยด้วย', 'カードを落としました', 'ok?']) {
      const ids = new Set<number>();
      featureIds(text, 'm', ids);
      expect(ids).toEqual(new Set(featureStrings(text, 'm').map(hashFeature)));
    }
  });

  it('keeps history in its own, down-weighted block', () => {
    const alone = vectorize('still nothing');
    const withHistory = vectorize('still nothing', ['where is my refund']);
    const norm = (v: { val: Float32Array }): number => Math.hypot(...v.val);
    // The last message's block has norm 1; the history adds a block of norm HISTORY_WEIGHT (plus the turn-count feature).
    expect(withHistory.idx.length).toBeGreaterThan(alone.idx.length);
    expect(norm(withHistory) ** 2 - norm(alone) ** 2).toBeCloseTo(HISTORY_WEIGHT ** 2, 1);
    expect(new Set(featureStrings('refund', 'h').map(hashFeature))).not.toEqual(new Set(featureStrings('refund', 'm').map(hashFeature)));
  });
});

describe('learned training', () => {
  it('is deterministic: the same corpus gives the same weights, bit for bit; another seed does not', () => {
    const a = trainDetector(tiny);
    const b = trainDetector(tiny);
    expect(Buffer.from(a.model.weights.buffer).equals(Buffer.from(b.model.weights.buffer))).toBe(true);
    expect(Array.from(a.model.bias)).toEqual(Array.from(b.model.bias));
    const c = trainDetector(tiny, { train: { seed: 99 } });
    expect(Buffer.from(a.model.weights.buffer).equals(Buffer.from(c.model.weights.buffer))).toBe(false);
  });

  it('learns the corpus: a trained line is predicted with its category', () => {
    const det = trainDetector(tiny);
    expect(det.verdict('somebody emptied my balance with a cloned voucher').top.label).toBe('security');
    expect(det.verdict('how long does delivery to Lyon take?').top.label).toBe('none');
  });

  it('the product detector is trained once per process and stays small', () => {
    const det = productDetector();
    expect(productDetector()).toBe(det);
    expect(det.model.byteLength).toBeLessThan(15 * 2 ** 20);
    const model = det.model;
    expect(model).toBeInstanceOf(SoftmaxModel);
  });
});

describe('the learned detector as a source of the default rules', () => {
  const learned = productDetector();

  it('makes a rule fire that the hand-written detectors miss, and says so', async () => {
    // Dutch "gerist" (snatched) and Latin-American "birlaron" (nicked) are words the vocabularies do not have.
    const texts = ['Mijn telefoon is gisteren uit mijn jas gerist in de tram', 'Me birlaron el celular en el bus'];
    // At the product threshold for security (0.99) the model is not that sure of these; at 0.9 it is.
    const looser = learned.withOptions({ thresholds: { security: 0.9 } });
    for (const text of texts) {
      expect(await evaluateRules(rules, facts(text), { sentiment })).toBeNull();
      const m = await evaluateRules(rules, facts(text), { sentiment, learned: looser });
      expect(m?.rule.name).toBe('Security incident');
      expect(m?.evidence).toMatchObject({ source: 'learned', situations: [expect.objectContaining({ situation: 'security', source: 'learned' })] });
    }
  });

  it('catches fraud reports the rules miss at the product threshold for security (0.99 since the fourth corpus batch)', async () => {
    // A fake payment proof told without a scam word; tickets bought from a stranger that were not valid.
    const texts = ['The buyer sent me a screenshot of a payment that never came and I already shipped the bike', 'Compré entradas a un tipo en Instagram y en la puerta me dijeron que no valían'];
    for (const text of texts) {
      expect(await evaluateRules(rules, facts(text), { sentiment })).toBeNull();
      const m = await evaluateRules(rules, facts(text), { sentiment, learned });
      expect(m?.rule.name).toBe('Security incident');
    }
    // The first one only since the threshold came down from 0.999 (and without the lower one of a message told in full).
    const certainOnly = learned.withOptions({ thresholds: { security: 0.999 }, toldInFull: null });
    expect(await evaluateRules(rules, facts(texts[0]!), { sentiment, learned: certainOnly })).toBeNull();
  });

  it('takes a security report told in full at 0.95, a short message only at 0.99 (TOLD_IN_FULL_SECURITY_THRESHOLD)', async () => {
    // Told without the rules' words; the model puts them between 0.95 and 0.99.
    const texts = [
      'the lady on the phone knew my name and my booking reference so I trusted her and read out the numbers from the text message',
      'die Frau am Telefon kannte meinen Namen und meine Buchungsnummer, also habe ich ihr die Zahlen aus der SMS vorgelesen',
    ];
    for (const text of texts) {
      const v = learned.verdict(text);
      expect(v.units).toBeGreaterThanOrEqual(TOLD_IN_FULL_UNITS);
      expect(v.categories.security).toBeGreaterThanOrEqual(TOLD_IN_FULL_SECURITY_THRESHOLD);
      expect(v.categories.security).toBeLessThan(learned.thresholds.security);
      expect(await evaluateRules(rules, facts(text), { sentiment })).toBeNull();
      expect((await evaluateRules(rules, facts(text), { sentiment, learned }))?.rule.name).toBe('Security incident');
      expect(await evaluateRules(rules, facts(text), { sentiment, learned: learned.withOptions({ toldInFull: null }) })).toBeNull();
    }
    // Test traffic of the fault tests: three short look-alike messages, which the model reads as security at ~0.95.
    const short = learned.verdict('telegram message 2', ['telegram message 0', 'telegram message 1']);
    expect(short.categories.security).toBeGreaterThanOrEqual(0.9);
    expect(short.units).toBeLessThan(TOLD_IN_FULL_UNITS);
    expect(learned.fires(short, 'security')).toBeNull();
    // A vulnerable customer's long message the model reads as security at 0.91: under the told-in-full bar.
    const weary = learned.verdict('It has all been a lot lately, please go easy on my account');
    expect(weary.units).toBeGreaterThanOrEqual(TOLD_IN_FULL_UNITS);
    expect(learned.fires(weary, 'security')).toBeNull();
  });

  it('reads a customer who wants no conversation as no self-harm at the product threshold (0.9), as it would at 0.8', () => {
    const v = learned.verdict("I don't want to talk to anyone, just tell me the tracking number");
    expect(learned.fires(v, 'self_harm')).toBeNull();
    expect(v.categories.self_harm).toBeGreaterThanOrEqual(0.8);
  });

  it('lets nothing fire on a message made of words the corpus never had (random strings: the model is sure of nonsense there)', async () => {
    const words = Array.from({ length: 660 }, () => randomBytes(3).toString('hex').slice(0, 5)).join(' ');
    const v = learned.verdict(words);
    expect(v.known).toBeLessThan(0.05);
    for (const c of Object.keys(learned.thresholds) as Array<keyof typeof learned.thresholds>) expect(learned.fires(v, c)).toBeNull();
    expect(await evaluateRules(rules, facts(words), { sentiment, learned })).toBeNull();
    // Ordinary messages are mostly words it had.
    expect(learned.verdict('Someone logged into my account and changed my password').known).toBeGreaterThan(0.8);
    expect(learned.verdict('有人登录了我的账户').known).toBeGreaterThan(0.8);
  });

  it('does not fire on near-misses and routine questions', async () => {
    for (const text of [
      'Can I add my wife as a second user on the plan?',
      'Wie ändere ich die Lieferadresse meiner Bestellung?',
      'Siparişimin kargo takip numarasını nereden bulabilirim?',
      'What would happen if someone stole my phone one day?',
    ]) {
      const v = learned.verdict(text);
      expect((Object.keys(learned.thresholds) as Array<keyof typeof learned.thresholds>).filter((c) => learned.fires(v, c) !== null)).toEqual([]);
      expect(await evaluateRules(rules, facts(text), { sentiment, learned })).toBeNull();
    }
  });

  it('does not overrule the rules’ own "no": a situation they found and held back stays held back', async () => {
    // Every category fires at threshold 0 — except security, which the rules read as hypothetical here.
    const always = learned.withOptions({ thresholds: { security: 0 } });
    const text = 'What would happen if someone stole my phone one day?';
    const m = await evaluateRules(rules.filter((r) => r.name === 'Security incident'), facts(text), { sentiment, learned: always });
    expect(m).toBeNull();
    // Without that hold the same threshold fires.
    const plain = 'hello, a question about my plan';
    const fired = await evaluateRules(rules.filter((r) => r.name === 'Security incident'), facts(plain), { sentiment, learned: always });
    expect(fired?.evidence.source).toBe('learned');
  });

  it('does not overrule a request for a person the rules found and held back (declined, negated)', async () => {
    // Every human request fires at threshold 0 — unless the rules found one and read it as declined.
    const always = learned.withOptions({ thresholds: { human_request: 0 } });
    const human = rules.filter((r) => r.name === 'Explicit request for a human');
    for (const text of ['Nej tak, jeg har ikke brug for at tale med en medarbejder lige nu', 'No need to put me through to an agent, the article answered it'])
      expect(await evaluateRules(human, facts(text), { sentiment, learned: always }), text).toBeNull();
    expect((await evaluateRules(human, facts('hello, a question about my plan'), { sentiment, learned: always }))?.evidence.source).toBe('learned');
  });

  it('marks a rule both detectors agree on as "both", and leaves the evidence as before without the model', async () => {
    const text = 'Someone logged into my account from abroad and changed my password';
    const withModel = await evaluateRules(rules, facts(text), { sentiment, learned });
    expect(withModel?.evidence.source).toBe('both');
    const without = await evaluateRules(rules, facts(text), { sentiment });
    expect(without?.rule.name).toBe('Security incident');
    expect(without?.evidence).not.toHaveProperty('source');
  });

  it('vetoes a text rule only when asked, never self-harm, never an admin keyword', async () => {
    // veto 0: the model always "vetoes"; thresholds above 1: it never agrees, so every firing is the rules' alone.
    const never = { human_request: 2, anger: 2, frustration: 2, legal: 2, regulator: 2, churn: 2, security: 2, vulnerable: 2, self_harm: 2 };
    const vetoing = learned.withOptions({ thresholds: never, veto: 0 });
    const human = 'Please put me through to a real person';
    expect((await evaluateRules(rules, facts(human), { sentiment, learned: learned.withOptions({ thresholds: never }) }))?.rule.name).toBe('Explicit request for a human');
    expect(await evaluateRules(rules, facts(human), { sentiment, learned: vetoing })).toBeNull();
    const crisis = 'I just want to go to sleep and not wake up anymore';
    expect((await evaluateRules(rules, facts(crisis), { sentiment, learned: vetoing }))?.rule.name).toBe('Crisis: self-harm safety net');
    const keywordRule: RuleWithId = {
      ...escalationRuleSchema.parse({ name: 'VIP words', priorityLevel: 1, ticketPriority: 'high', assignment: { strategy: 'round_robin' }, triggerKeywords: ['platinum'], triggerConditions: {} }),
      id: 'kw',
    };
    expect((await evaluateRules([keywordRule], facts('my platinum plan'), { sentiment, learned: vetoing }))?.rule.name).toBe('VIP words');
  });

  it('runs through eval:escalation’s evaluation too (cases the rules miss are caught)', async () => {
    const cases = [{ messages: ['Me birlaron el celular en el bus'], escalate: true, why: 'lost_stolen' }];
    const off = await evaluateCases(cases, defaultEscalationRules(), { sentiment });
    const on = await evaluateCases(cases, defaultEscalationRules(), { sentiment, learned: learned.withOptions({ thresholds: { security: 0.9 } }) });
    expect([off.tp, on.tp]).toEqual([0, 1]);
  });
});

describe('the trained model kept between processes', () => {
  it('is trained once and then read back, bit for bit, for the same corpus; another corpus trains again', () => {
    const dir = path.join(os.tmpdir(), `model-cache-${randomBytes(4).toString('hex')}`);
    try {
      const first = cachedProductDetector(tiny, dir);
      const second = cachedProductDetector(tiny, dir);
      expect([first.source, second.source]).toEqual(['trained', 'cache']);
      expect(Buffer.from(second.detector.model.weights.buffer).equals(Buffer.from(first.detector.model.weights.buffer))).toBe(true);
      expect(second.detector.verdict('somebody emptied my balance').categories).toEqual(first.detector.verdict('somebody emptied my balance').categories);
      expect(cachedProductDetector(tiny.slice(1), dir).source).toBe('trained');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a detector that cannot be trained', () => {
  it('leaves the rules deciding alone, reporting the failure once', () => {
    const errors: unknown[] = [];
    let calls = 0;
    const get = orRulesAlone(() => {
      calls++;
      return trainDetector(readCorpus('/nonexistent/escalation-corpus'));
    }, (err) => errors.push(err));
    expect(get()).toBeNull();
    expect(get()).toBeNull();
    expect([calls, errors.length]).toEqual([1, 1]);
    const det = trainDetector(tiny);
    expect(orRulesAlone(() => det, () => undefined)()).toBe(det);
  });

  it('warms the product model once: a second warm-up (npm start warms before listening and again as its worker starts) neither trains nor logs', () => {
    const first = productDetector();
    const logged: string[] = [];
    const logger = { info: (_: object, msg: string) => logged.push(msg), error: (_: object, msg: string) => logged.push(msg) };
    warmProductDetector(logger);
    expect(logged).toEqual([]);
    expect(productDetector()).toBe(first);
  });
});

describe('ESCALATION_LEARNED', () => {
  const key = randomBytes(32).toString('base64');

  it('switches the learned detector in the configuration, on by default', () => {
    expect(loadConfig({ ENCRYPTION_KEY: key }).escalation.learned).toBe(DEFAULT_ESCALATION_LEARNED);
    expect(DEFAULT_ESCALATION_LEARNED).toBe(true);
    expect(loadConfig({ ENCRYPTION_KEY: key, ESCALATION_LEARNED: 'false' }).escalation.learned).toBe(false);
    expect(loadConfig({ ENCRYPTION_KEY: key, ESCALATION_LEARNED: 'true' }).escalation.learned).toBe(true);
  });

  it('is readable alone, by the same rules, for eval:escalation', () => {
    expect(escalationLearnedSetting({})).toBe(DEFAULT_ESCALATION_LEARNED);
    expect(escalationLearnedSetting({ ESCALATION_LEARNED: 'off' })).toBe(false);
    expect(escalationLearnedSetting({ ESCALATION_LEARNED: '1' })).toBe(true);
  });
});
