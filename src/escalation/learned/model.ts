/**
 * The learned escalation model: multinomial logistic regression (softmax) with L2,
 * over the hashed features of ./features.ts, trained by seeded SGD.
 *
 * Why this model: the integration needs a probability per category to threshold, and
 * logistic regression gives one that moves smoothly with the evidence (a naive Bayes
 * score saturates on long texts; complement naive Bayes was not measured this round).
 * It is linear, so training on ~3,000 short texts takes a fraction of a second in
 * plain TypeScript, and its size is fixed by the hash space (10 classes × 2^17 float32
 * = 5 MB).
 *
 * Determinism: the only randomness is the example order, drawn from a seeded
 * generator (mulberry32); the same corpus in the same order gives the same weights,
 * bit for bit (float32 storage, float64 arithmetic, one thread).
 */
import { HASH_SIZE, type SparseVector } from './features.js';
import { seededRandom } from '../../domain/seeded-random.js';

export interface TrainingExample {
  x: SparseVector;
  /** Index into the model's labels. */
  y: number;
}

export interface TrainOptions {
  epochs?: number;
  /** Initial learning rate; decays as lr / (1 + decay · epoch). */
  learningRate?: number;
  decay?: number;
  /** L2 strength, applied to the weights an example touches (lazy L2). */
  l2?: number;
  seed?: number;
}

/**
 * Chosen with the thresholds (README, round 15): a learning rate of 20 reached the best
 * corpus cross-validation but made the probabilities over-confident (0.99 on in-sample
 * near-misses), and 10 epochs at 6 fired more on those near-misses than 15 at 5.
 */
export const DEFAULT_TRAIN_OPTIONS: Required<TrainOptions> = { epochs: 15, learningRate: 5, decay: 0.1, l2: 1e-5, seed: 15 };


/** Below this |p - y| a class's weights are not updated for an example. */
const GRADIENT_FLOOR = 1e-3;

export class SoftmaxModel {
  /** Row-major: feature `f`, class `c` at `f * labels.length + c`. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;

  constructor(readonly labels: readonly string[], weights?: Float32Array, bias?: Float32Array) {
    this.weights = weights ?? new Float32Array(HASH_SIZE * labels.length);
    this.bias = bias ?? new Float32Array(labels.length);
  }

  /** Probability of each label (same order as `labels`). */
  predict(x: SparseVector): Float64Array {
    const k = this.labels.length;
    const z = new Float64Array(k);
    for (let c = 0; c < k; c++) z[c] = this.bias[c]!;
    for (let i = 0; i < x.idx.length; i++) {
      const base = x.idx[i]! * k;
      const v = x.val[i]!;
      for (let c = 0; c < k; c++) z[c]! += this.weights[base + c]! * v;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, z[c]!);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      z[c] = Math.exp(z[c]! - max);
      sum += z[c]!;
    }
    for (let c = 0; c < k; c++) z[c]! /= sum;
    return z;
  }

  /** Bytes held by the weights and biases. */
  get byteLength(): number {
    return this.weights.byteLength + this.bias.byteLength;
  }

  static train(labels: readonly string[], examples: readonly TrainingExample[], options: TrainOptions = {}): SoftmaxModel {
    const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
    const model = new SoftmaxModel(labels);
    const k = labels.length;
    const w = model.weights;
    const b = model.bias;
    const rnd = seededRandom(o.seed);
    const order = examples.map((_, i) => i);
    const touched = new Int32Array(k);
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      // Fisher–Yates with the seeded generator.
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const lr = o.learningRate / (1 + o.decay * epoch);
      for (const n of order) {
        const ex = examples[n]!;
        const p = model.predict(ex.x);
        p[ex.y]! -= 1;
        // Classes whose gradient is negligible are skipped (their lazy L2 with them): most of a
        // trained model's classes sit near 0 for most examples, and this halves the training time.
        let active = 0;
        for (let c = 0; c < k; c++) if (Math.abs(p[c]!) >= GRADIENT_FLOOR) touched[active++] = c;
        for (let i = 0; i < ex.x.idx.length; i++) {
          const base = ex.x.idx[i]! * k;
          const v = ex.x.val[i]!;
          for (let a = 0; a < active; a++) {
            const at = base + touched[a]!;
            w[at] = w[at]! - lr * (p[touched[a]!]! * v + o.l2 * w[at]!);
          }
        }
        for (let c = 0; c < k; c++) b[c] = b[c]! - lr * p[c]!;
      }
    }
    return model;
  }
}
