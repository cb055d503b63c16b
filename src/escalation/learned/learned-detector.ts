/**
 * The learned escalation detector: a softmax model (./model.ts) over hashed n-gram
 * features (./features.ts), trained at first use from the product corpus in
 * `data/escalation-corpus/*.jsonl`, cached for the life of the process.
 *
 * It is a *source* of the situations the default rules already fire on, never a rule
 * of its own: ../evaluate.ts asks it, beside the hand-written detectors, whether a
 * message is a human request, anger, or one of the situations, so the tenant's named,
 * admin-editable rules decide priority, ticket and assignment as before. The corpus's
 * 15 escalation labels map onto those categories ({@link LABEL_CATEGORY}); the two
 * non-escalation labels (near_miss, routine) are what the model knows "no" looks like,
 * and feed the veto.
 *
 * Training in process rather than shipping weights: the corpus is the artefact a
 * reviewer can read and extend, training is deterministic and takes well under a
 * second, and there is no binary to keep in sync with the feature code.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { escalationModelCacheDir, PROJECT_ROOT } from '../../config/index.js';
import { unservedLanguage } from '../language.js';
import type { Situation } from '../situations.js';
import { HASH_SIZE, knownShare, markUnits, newUnitSet, unitIds, vectorize } from './features.js';
import { SoftmaxModel, type TrainOptions, type TrainingExample } from './model.js';

/** The corpus labels, in the model's class order. */
export const CORPUS_LABELS = [
  'human_request',
  'anger_abuse',
  'repeated_frustration',
  'legal_threat',
  'regulator_complaint',
  'churn',
  'account_takeover',
  'unauthorized_charges',
  'lost_stolen',
  'sim_swap',
  'phishing',
  'fraud',
  'bereavement',
  'hardship',
  'self_harm',
  'near_miss',
  'routine',
] as const;
export type CorpusLabel = (typeof CORPUS_LABELS)[number];

/** What the default rules fire on: the human-request trigger, the anger (sentiment) trigger, and the situations. */
export type LearnedCategory = 'human_request' | 'anger' | Situation;

/** Each label's category; null for the labels that must not escalate. */
export const LABEL_CATEGORY: Readonly<Record<CorpusLabel, LearnedCategory | null>> = {
  human_request: 'human_request',
  anger_abuse: 'anger',
  repeated_frustration: 'frustration',
  legal_threat: 'legal',
  regulator_complaint: 'regulator',
  churn: 'churn',
  account_takeover: 'security',
  unauthorized_charges: 'security',
  lost_stolen: 'security',
  sim_swap: 'security',
  phishing: 'security',
  fraud: 'security',
  bereavement: 'vulnerable',
  hardship: 'vulnerable',
  self_harm: 'self_harm',
  near_miss: null,
  routine: null,
};

export const corpusLineSchema = z.object({
  messages: z.array(z.string()).min(1),
  escalate: z.boolean(),
  why: z.enum(CORPUS_LABELS),
  lang: z.string().optional(),
});
export type CorpusLine = z.infer<typeof corpusLineSchema>;

/**
 * Fire a category at or above this probability (the sum of its labels' probabilities).
 * Chosen so that no in-sample floor loses more than 0.01 of precision, then checked on
 * the round 15 and round 16 DEV sets' aggregate and per-slice figures (README, rounds 15 and 16). Security
 * is nearly "certain only": six labels of the corpus add up to it, and it is what the
 * model over-fires on in near-misses that share its words ("if my card is stolen…").
 */
export const DEFAULT_LEARNED_THRESHOLDS: Readonly<Record<LearnedCategory, number>> = {
  // 0.75 for human request, anger, legal and regulator and 0.8 for churn since the third corpus batch (round 16): at 0.6–0.7
  // the model trained on it read an enthusiastic compliment of the in-sample cases as anger, and near-misses of the
  // probes as the others; no blind DEV case needed the lower values.
  human_request: 0.75,
  // 0.65 since round 20, where the model's anger between 0.65 and SURE_LEARNED_ANGER (0.75) needs the sentiment scorer
  // to agree that the message is negative at all (../evaluate.ts): "I love this so much, you guys are insane 😍" reaches
  // 0.7 and scores positive. Chosen on the round 20 DEV set (recall 0.938 → 0.944) and checked on the in-sample floors.
  anger: 0.65,
  // Never (a probability never exceeds 1): the model read any run of similar short messages with history ("a0 message
  // 1", "… 2", "… 3") as repeated frustration at 0.99 and above; the rules count real repeats themselves.
  frustration: 1.01,
  legal: 0.75,
  regulator: 0.75,
  churn: 0.8,
  // 0.99 since the fourth and fifth corpus batches (round 17: fraud and self-harm). Before them 0.999, "certain only".
  // With the fourth batch, on the round 17 DEV set, recall 0.944 at 0.999, 0.949 at 0.99, 0.954 at 0.95; with the fifth,
  // DEV and DEV2 are the same at 0.99 and 0.95, and the model put 0.94 on the synthetic "line push message 2" of the
  // fault tests: 0.95 is too near what it says about text it has no idea of.
  security: 0.99,
  vulnerable: 0.95,
  // 0.9. Round 17 tried 0.8 (DEV2 caught one veiled hint more); the fifth corpus batch (veiled self-harm and its figures
  // of speech) caught it at 0.9 too, and at 0.8 that model read "I don't want to talk to anyone, just tell me the
  // tracking number" as self-harm. Round 16 saw the earlier models put 0.7–0.9 on ordinary messages.
  self_harm: 0.9,
};

/** The model's anger at or above this fires alone; below it (down to the anger threshold) only with negative sentiment. */
export const SURE_LEARNED_ANGER = 0.75;

/**
 * The thresholds for a message in a language no language pack serves ({@link unservedLanguage}: Bulgarian, Serbian,
 * Persian, Urdu, Bengali, Tamil, Georgian…), where the rules can read next to nothing and the model is the only
 * source: one threshold, 0.5, for every category but repeated frustration (as above). Chosen by leaving each corpus
 * language out in turn (`npx tsx src/cli/learned-cv.ts --leave-language-out`: a model that has never seen the
 * language, alone): 0.5 gave precision 0.907 / recall 0.297 over the 34 languages left out, against 0.924 / 0.199 at
 * 0.75 and 0.889 / 0.396 at 0.3. Languages close to one the corpus has read best (Danish 0.67, Norwegian 0.62).
 */
export const UNSERVED_LEARNED_THRESHOLDS: Readonly<Record<LearnedCategory, number>> = {
  human_request: 0.5,
  anger: 0.5,
  frustration: 1.01,
  legal: 0.5,
  regulator: 0.5,
  churn: 0.5,
  security: 0.5,
  vulnerable: 0.5,
  self_harm: 0.5,
};

/**
 * A text rule (human request, situation, sentiment) that fires while the model puts at
 * least this probability on near_miss + routine is vetoed; null: no veto. Never applied
 * to self-harm, nor to admin keywords, tags or the other non-text triggers.
 */
export const DEFAULT_LEARNED_VETO: number | null = null;

export interface LearnedVerdict {
  /** Probability of each category (sum of its labels), and of `none` (near_miss + routine). */
  categories: Record<LearnedCategory | 'none', number>;
  /** The model's most probable class (a corpus label, or a category) and its probability. */
  top: { label: string; probability: number };
  /** The message is in a language no pack serves: {@link UNSERVED_LEARNED_THRESHOLDS} apply. */
  unserved: boolean;
  /** Share of the message's words (unspaced characters) the training corpus had; below {@link MIN_KNOWN_SHARE} nothing fires. */
  known: number;
  /** How many units (words of a spaced script, characters of an unspaced run) the message has. */
  units: number;
}

/**
 * The least share of a message's words the corpus must have had for the model's verdict to count. Random strings
 * are far below (0.5–1% of 660 random hex "words", by hash collision); on the round 17 blind sets the lowest messages
 * are Bulgarian, a language the corpus lacks (5 of 16 under 0.3, one at 0): at 0.15 no case of those sets changed.
 */
export const MIN_KNOWN_SHARE = 0.15;

/**
 * A lower security threshold, 0.95, for a message told in full: at least {@link TOLD_IN_FULL_UNITS} units (words of a
 * spaced script, characters of an unspaced run). The model is overconfident on short text made of words its security
 * lines use ("telegram message 2" after two like it: 0.95; "hello": self-harm 0.31), so short messages keep
 * {@link DEFAULT_LEARNED_THRESHOLDS}' 0.99; a customer telling what happened to their account or money writes more.
 * Round 18 DEV set (an airline): recall 0.913 → 0.933 at 0.9–0.95, 0.938 at 0.8–0.85, precision 0.989 throughout. 0.8
 * was tried first and dropped: it read "It has all been a lot lately, please go easy on my account" (0.909) as a
 * security incident, and more of the in-sample near-miss probes fired (r13p precision 0.911 → 0.900; at 0.95 0.911).
 * At 8 units more of them fired still. None of 190 synthetic test-traffic and random-word messages fires.
 */
export const TOLD_IN_FULL_SECURITY_THRESHOLD = 0.95;
export const TOLD_IN_FULL_UNITS = 12;

export interface LearnedOptions {
  thresholds?: Partial<Record<LearnedCategory, number>>;
  /** For messages in a language no pack serves; see {@link UNSERVED_LEARNED_THRESHOLDS}. */
  unservedThresholds?: Partial<Record<LearnedCategory, number>>;
  /** See {@link DEFAULT_LEARNED_VETO}. */
  veto?: number | null;
  /** Security threshold of a message told in full ({@link TOLD_IN_FULL_SECURITY_THRESHOLD}); null: none, `thresholds.security` for every message. */
  toldInFull?: number | null;
}

export class LearnedEscalationDetector {
  readonly modelId = 'escalation-learned-v1';
  readonly thresholds: Readonly<Record<LearnedCategory, number>>;
  readonly unservedThresholds: Readonly<Record<LearnedCategory, number>>;
  readonly veto: number | null;
  readonly toldInFull: number | null;

  constructor(
    readonly model: SoftmaxModel,
    opts: LearnedOptions = {},
    /** The words (and unspaced characters) of the corpus it was trained on, by hashed id (markUnits); null: not known. */
    readonly seenUnits: Uint32Array | null = null,
  ) {
    this.thresholds = { ...DEFAULT_LEARNED_THRESHOLDS, ...opts.thresholds };
    this.unservedThresholds = { ...UNSERVED_LEARNED_THRESHOLDS, ...opts.unservedThresholds };
    this.veto = opts.veto === undefined ? DEFAULT_LEARNED_VETO : opts.veto;
    this.toldInFull = opts.toldInFull === undefined ? TOLD_IN_FULL_SECURITY_THRESHOLD : opts.toldInFull;
  }

  /** A detector with other thresholds or veto, sharing this one's trained model. */
  withOptions(opts: LearnedOptions): LearnedEscalationDetector {
    return new LearnedEscalationDetector(
      this.model,
      {
        thresholds: { ...this.thresholds, ...opts.thresholds },
        unservedThresholds: { ...this.unservedThresholds, ...opts.unservedThresholds },
        veto: opts.veto === undefined ? this.veto : opts.veto,
        toldInFull: opts.toldInFull === undefined ? this.toldInFull : opts.toldInFull,
      },
      this.seenUnits,
    );
  }

  verdict(text: string, history: readonly string[] = []): LearnedVerdict {
    const p = this.model.predict(vectorize(text, history));
    const categories: LearnedVerdict['categories'] = { human_request: 0, anger: 0, frustration: 0, legal: 0, regulator: 0, churn: 0, security: 0, vulnerable: 0, self_harm: 0, none: 0 };
    let best = 0;
    for (const [i, label] of this.model.labels.entries()) {
      categories[label in LABEL_CATEGORY ? (LABEL_CATEGORY[label as CorpusLabel] ?? 'none') : (label as LearnedCategory | 'none')] += p[i]!;
      if (p[i]! > p[best]!) best = i;
    }
    const units = unitIds(text);
    const known = this.seenUnits ? knownShare(units, this.seenUnits) : 1;
    return { categories, top: { label: this.model.labels[best]!, probability: p[best]! }, unserved: unservedLanguage(text), known, units: units.length };
  }

  /** The probability of `category` when it reaches its threshold (the unserved-language one for such a message), else null. */
  fires(verdict: LearnedVerdict, category: LearnedCategory): number | null {
    // A message made mostly of words the corpus never had (random strings, codes, a language it has not read) is
    // outside what the model learnt: its probabilities there say nothing (it put 0.98–0.999 on security for 660
    // random hex "words").
    if (verdict.known < MIN_KNOWN_SHARE) return null;
    const p = verdict.categories[category];
    if (category === 'security' && this.toldInFull !== null && !verdict.unserved && verdict.units >= TOLD_IN_FULL_UNITS && p >= this.toldInFull) return p;
    return p >= (verdict.unserved ? this.unservedThresholds : this.thresholds)[category] ? p : null;
  }

  /** Whether the model is sure enough the message needs no person to veto a text rule. */
  vetoes(verdict: LearnedVerdict): boolean {
    return this.veto !== null && verdict.categories.none >= this.veto;
  }
}

/** Where the product corpus lives. */
export const CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'escalation-corpus');

/** Every line of every `*.jsonl` file of `dir`, files in name order; a malformed line throws with its place. */
export function readCorpus(dir: string = CORPUS_DIR): CorpusLine[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) =>
    readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .flatMap((l, i) => {
        if (l.trim() === '') return [];
        const parsed = corpusLineSchema.safeParse(JSON.parse(l));
        if (!parsed.success) throw new Error(`${f}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
        return [parsed.data];
      }),
  );
}

/** The model's classes when it learns categories rather than labels: the categories and `none`. */
export const CATEGORY_CLASSES = ['human_request', 'anger', 'frustration', 'legal', 'regulator', 'churn', 'security', 'vulnerable', 'self_harm', 'none'] as const;

/** The model's class of a corpus line: its label, or its category (`none` for near_miss and routine). */
const classOf = (why: CorpusLabel, classes: Granularity): string => (classes === 'labels' ? why : (LABEL_CATEGORY[why] ?? 'none'));

/**
 * `labels`: one class per corpus label (17), summed per category at prediction; `categories`: one class per
 * category, plus none (10). Categories: in the corpus cross-validation with the rules it gave the better F1
 * (security's six labels are one thing to the rules anyway), and it trains in 10/17 of the time and space.
 */
export type Granularity = 'labels' | 'categories';
export const DEFAULT_GRANULARITY: Granularity = 'categories';

/** The training examples of corpus lines: the last message judged with the earlier ones as history. */
export function examplesOf(lines: readonly CorpusLine[], classes: readonly string[], granularity: Granularity): TrainingExample[] {
  return lines.map((l) => ({ x: vectorize(l.messages[l.messages.length - 1]!, l.messages.slice(0, -1)), y: classes.indexOf(classOf(l.why, granularity)) }));
}

export function trainDetector(lines: readonly CorpusLine[], opts: LearnedOptions & { train?: TrainOptions; granularity?: Granularity } = {}): LearnedEscalationDetector {
  const granularity = opts.granularity ?? DEFAULT_GRANULARITY;
  const classes = granularity === 'labels' ? CORPUS_LABELS : CATEGORY_CLASSES;
  return new LearnedEscalationDetector(SoftmaxModel.train(classes, examplesOf(lines, classes, granularity), opts.train), opts, corpusUnits(lines));
}

/** The units (words, unspaced characters) of every message of `lines`: what MIN_KNOWN_SHARE counts against. */
function corpusUnits(lines: readonly CorpusLine[]): Uint32Array {
  const seen = newUnitSet();
  for (const l of lines) for (const m of l.messages) markUnits(m, seen);
  return seen;
}

/**
 * `get` made safe for the worker: its detector, or null (the rules decide alone) when it throws — a missing
 * `data/escalation-corpus` in a custom image must not stop escalation. The failure is reported once, and `get`
 * is not called again.
 */
export function orRulesAlone(get: () => LearnedEscalationDetector, onError: (err: unknown) => void): () => LearnedEscalationDetector | null {
  let failed = false;
  return () => {
    if (failed) return null;
    try {
      return get();
    } catch (err) {
      failed = true;
      onError(err);
      return null;
    }
  };
}

let cached: LearnedEscalationDetector | null = null;

/**
 * Where trained product models are kept between processes (`ESCALATION_MODEL_CACHE_DIR`; default
 * ~/.cache/gateway/escalation-model): training on the corpus takes seconds of CPU, and every gateway, worker and test
 * process would otherwise do it again at start.
 */
export const MODEL_CACHE_DIR = escalationModelCacheDir();

/** The key of a trained model: the corpus, the classes and this directory's code (features, model, training), hashed. */
function modelKey(lines: readonly CorpusLine[], classes: readonly string[]): string {
  const h = createHash('sha256');
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(here).filter((f) => /\.(ts|js)$/.test(f)).sort()) h.update(f).update(readFileSync(path.join(here, f)));
  h.update(JSON.stringify({ classes, hashSize: HASH_SIZE, lines }));
  return h.digest('hex').slice(0, 32);
}

/**
 * The product detector for `lines`, from the cache when a process has trained it before (the same corpus and code give
 * the same weights bit for bit: training is deterministic), else trained and stored for the next process. A cache that
 * cannot be read or written is ignored. `source` says which.
 */
export function cachedProductDetector(lines: readonly CorpusLine[], dir: string = MODEL_CACHE_DIR): { detector: LearnedEscalationDetector; source: 'cache' | 'trained' } {
  const classes = DEFAULT_GRANULARITY === 'labels' ? CORPUS_LABELS : CATEGORY_CLASSES;
  const file = path.join(dir, `${modelKey(lines, classes)}.f32`);
  const k = classes.length;
  try {
    const buf = readFileSync(file);
    if (buf.byteLength === (HASH_SIZE * k + k) * 4) {
      const seen = corpusUnits(lines);
      const all = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
      const model = new SoftmaxModel(classes, all.slice(0, HASH_SIZE * k), all.slice(HASH_SIZE * k));
      return { detector: new LearnedEscalationDetector(model, {}, seen), source: 'cache' };
    }
  } catch {
    // Not cached yet (or unreadable): train.
  }
  const detector = trainDetector(lines);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(detector.model.weights.buffer, detector.model.weights.byteOffset, detector.model.weights.byteLength), Buffer.from(detector.model.bias.buffer, detector.model.bias.byteOffset, detector.model.bias.byteLength)]));
    renameSync(tmp, file);
  } catch {
    // A read-only home: every process trains, as before.
  }
  return { detector, source: 'trained' };
}

/** The detector trained on the product corpus, once per process at first call (from the cache when there is one). */
export function productDetector(): LearnedEscalationDetector {
  cached ??= cachedProductDetector(readCorpus()).detector;
  return cached;
}

/**
 * Trains the product model now (about a second of blocking CPU), so it happens before a worker takes jobs rather than
 * inside the first job, where it would hold up that customer's answer and every job's lock renewal. A model that
 * cannot train is logged; the escalation hooks then leave the rules to decide alone (orRulesAlone).
 */
export function warmProductDetector(logger: { info(obj: object, msg: string): void; error(obj: object, msg: string): void }): void {
  // `npm start` warms it before the HTTP server listens and again as its worker starts: trained once, logged once.
  if (cached) return;
  try {
    const t0 = performance.now();
    productDetector();
    logger.info({ ms: Math.round(performance.now() - t0) }, 'learned escalation model trained');
  } catch (err) {
    logger.error({ err }, 'learned escalation model unavailable; the rules decide alone');
  }
}
