/**
 * Averaged structured perceptron (Collins 2002) for the per-label BIO taggers: decode each
 * paragraph with the current weights, and where a label's decoded tags differ from gold, move the
 * weights of the differing tokens towards gold. Averaging uses the lazy `w − u/c` form.
 * Deterministic given the seed.
 */
import { mulberry32, shuffleInPlace } from '../models/prng.js';
import { O, TRANS_SIZE, viterbi } from './bio-viterbi.js';
import { emissions, emptyParams, type TaggerParams } from './tagger-params.js';
import type { TokenFeatureRows } from './token-features.js';

/** One training paragraph: token features and gold tags per label (absent label = all O). */
export interface TaggedSequence {
  rows: TokenFeatureRows;
  gold: Map<number, Int8Array>;
}

/** Settings of training. */
export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /** Labels to train (indices); the others keep zero weights and never fire. */
  active: readonly number[];
  /** Cost of a missed gold token relative to a false one (> 1 favours recall). */
  missCost: number;
}

/** Trains averaged perceptron taggers over `labels`. */
export function trainPerceptron(seqs: readonly TaggedSequence[], labels: readonly string[], bits: number, o: PerceptronOptions): TaggerParams {
  const p = emptyParams(labels, bits);
  const uw = new Float64Array(p.w.length);
  const ut = new Float64Array(p.trans.length);
  const L = labels.length;
  const order = Int32Array.from(seqs.keys());
  const random = mulberry32(o.seed);
  const pred = new Int8Array(1024);
  let c = 1;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const k of order) {
      const seq = seqs[k] as TaggedSequence;
      const n = seq.rows.length;
      if (n === 0) continue;
      const em = emissions(p, seq.rows, false);
      for (const l of o.active) {
        const tags = n <= pred.length ? pred.subarray(0, n) : new Int8Array(n);
        viterbi(em, n, L, l, p.trans, tags);
        const gold = seq.gold.get(l);
        update(p, uw, ut, seq.rows, l, gold, tags, em, c, o.missCost);
      }
      c++;
    }
  }
  for (let i = 0; i < p.w.length; i++) if (uw[i] !== 0) p.w[i] = (p.w[i] as number) - (uw[i] as number) / c;
  for (let i = 0; i < p.trans.length; i++) p.trans[i] = (p.trans[i] as number) - (ut[i] as number) / c;
  return p;
}

const tagAt = (gold: Int8Array | undefined, t: number): number => (gold ? (gold[t] as number) : O);

/** Index of the transition (or start score) that leads into token `t`. */
function transIndex(tb: number, tags: (t: number) => number, t: number): number {
  return t === 0 ? tb + 9 + tags(0) : tb + tags(t - 1) * 3 + tags(t);
}

/**
 * One passive-aggressive step (1-best MIRA, PA-I): the feature difference Δ = φ(gold) − φ(pred)
 * moves the weights by τ·Δ with τ = min(C, (hamming − margin) / ‖Δ‖²). A plain perceptron step
 * would add ±1 per feature occurrence, and a long false run then pushes the shared features far
 * negative at once; scaling by ‖Δ‖² keeps each step proportionate.
 */
function update(p: TaggerParams, uw: Float64Array, ut: Float64Array, rows: TokenFeatureRows, l: number, gold: Int8Array | undefined, pred: Int8Array, em: Float32Array, c: number, missCost: number): void {
  const n = rows.length;
  const L2 = p.labels.length * 2;
  const dw = new Map<number, number>();
  const dt = new Map<number, number>();
  let hamming = 0;
  let margin = 0;
  const g = (t: number): number => tagAt(gold, t);
  const y = (t: number): number => pred[t] as number;
  for (let t = 0; t < n; t++) {
    const gt = g(t);
    const yt = y(t);
    const gi = transIndex(l * TRANS_SIZE, g, t);
    const pi = transIndex(l * TRANS_SIZE, y, t);
    if (gi !== pi) {
      dt.set(gi, (dt.get(gi) ?? 0) + 1);
      dt.set(pi, (dt.get(pi) ?? 0) - 1);
      margin += (p.trans[gi] as number) - (p.trans[pi] as number);
    }
    if (gt === yt) continue;
    hamming += gt !== O && yt === O ? missCost : 1;
    margin += (gt === O ? 0 : (em[t * L2 + l * 2 + gt - 1] as number)) - (yt === O ? 0 : (em[t * L2 + l * 2 + yt - 1] as number));
    for (const f of rows[t] as Int32Array) {
      if (gt !== O) dw.set(f * L2 + l * 2 + gt - 1, (dw.get(f * L2 + l * 2 + gt - 1) ?? 0) + 1);
      if (yt !== O) dw.set(f * L2 + l * 2 + yt - 1, (dw.get(f * L2 + l * 2 + yt - 1) ?? 0) - 1);
    }
  }
  if (hamming === 0) return;
  let norm = 0;
  for (const v of dw.values()) norm += v * v;
  for (const v of dt.values()) norm += v * v;
  if (norm === 0) return;
  const tau = Math.min(AGGRESSIVENESS, (hamming - margin) / norm);
  if (tau <= 0) return;
  for (const [i, v] of dw) { p.w[i] = (p.w[i] as number) + tau * v; uw[i] = (uw[i] as number) + c * tau * v; }
  for (const [i, v] of dt) { p.trans[i] = (p.trans[i] as number) + tau * v; ut[i] = (ut[i] as number) + c * tau * v; }
}

/** PA-I's cap C on the step size. */
const AGGRESSIVENESS = 0.5;
