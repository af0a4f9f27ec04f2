/**
 * Turning raw margins into decisions: per language, per label Platt calibration and a threshold,
 * both fitted on out-of-fold margins only. With the span tagger's out-of-fold signal (two values
 * per row and label, see models/span-signal.ts), each language also gets a calibration over the
 * margin and the signal together, with thresholds of its own.
 */
import { applyPlatt, applySpanPlatt, fitPlatt, fitSpanPlatt, type Platt, type SpanPlatt } from '../models/platt.js';
import { chooseThresholds, type ThresholdOptions } from '../models/thresholds.js';
import { pickRows, stackRows } from './folds.js';

/** Values per row and label in a decision signal: `[B, I, S]`. */
export const SIGNAL_WIDTH = 3;

/** Calibration and thresholds of one language. */
export interface LanguageDecision {
  platt: Platt[];
  thresholds: number[];
  /** The decision over margin and span signal, used when the tagger's signal is at hand. */
  span?: { platt: SpanPlatt[]; thresholds: number[] };
}

/**
 * Fits a decision per language from out-of-fold `margins` (n × L) and `targets`; with `signal`
 * (n × L × SIGNAL_WIDTH, out of fold too), also the decision over margin and signals.
 */
export function fitDecisions(margins: Float64Array, targets: Uint8Array, langs: string[], L: number, opts: ThresholdOptions, signal?: Float64Array): Map<string, LanguageDecision> {
  const out = new Map<string, LanguageDecision>();
  for (const lang of Array.from(new Set(langs)).sort()) {
    const rows = langs.flatMap((l, i) => (l === lang ? [i] : []));
    const tg = pickRows(targets, rows, L);
    const platt: Platt[] = [];
    const sp: SpanPlatt[] = [];
    const probs = new Float64Array(rows.length * L);
    const spanProbs = new Float64Array(signal ? rows.length * L : 0);
    for (let l = 0; l < L; l++) {
      const m = rows.map((r) => margins[r * L + l] as number);
      const y = rows.map((r) => targets[r * L + l] as number);
      const c = fitPlatt(m, y);
      platt.push(c);
      rows.forEach((_, i) => { probs[i * L + l] = applyPlatt(c, m[i] as number); });
      if (!signal) continue;
      const at = (r: number, k: number): number => signal[(r * L + l) * SIGNAL_WIDTH + k] as number;
      const b = rows.map((r) => at(r, 0));
      const i2 = rows.map((r) => at(r, 1));
      const s = rows.map((r) => at(r, 2));
      const cs = fitSpanPlatt(m, b, i2, y, s);
      sp.push(cs);
      rows.forEach((_, i) => { spanProbs[i * L + l] = applySpanPlatt(cs, m[i] as number, b[i] as number, i2[i] as number, s[i] as number); });
    }
    const decision: LanguageDecision = { platt, thresholds: Array.from(chooseThresholds(probs, tg, L, opts)) };
    if (signal) decision.span = { platt: sp, thresholds: Array.from(chooseThresholds(spanProbs, tg, L, opts)) };
    out.set(lang, decision);
  }
  return out;
}

/**
 * `fitDecisions` on every repeat's out-of-fold margins at once (each n × L, the rows in order):
 * each row counts once per repeat, so the calibration and thresholds rest on every draw of the
 * folds instead of the first, as genre's do (`fitGenreDecisionsOnRepeats`). For the frames own
 * models nested cross-validation found no gain (stop 43, `scripts/nested-frames-decisions.ts`:
 * one draw → six, fr 0.5538 → 0.5579, ru 0.5165 → 0.5189, de 0.6012 → 0.6031, it 0.5959 →
 * 0.5930), so training still fits them on the first repeat's margins; the script uses this.
 */
export function fitDecisionsOnRepeats(repeats: readonly Float64Array[], targets: Uint8Array, langs: readonly string[], L: number, opts: ThresholdOptions): Map<string, LanguageDecision> {
  return fitDecisions(stackRows(repeats), stackRows(repeats.map(() => targets)), repeats.flatMap(() => langs), L, opts);
}

/**
 * Each label's probability of `margins` (rows × L) under every one of `decisions` (margin alone),
 * averaged, and their thresholds averaged per label: the decision the served technique models
 * make for a language without a calibration of its own (`AVERAGED_CALIBRATION`), for the
 * scripts that measure it.
 */
export function averagedDecision(margins: Float64Array, L: number, decisions: readonly LanguageDecision[]): { probs: Float64Array; thresholds: Float64Array } {
  const probs = new Float64Array(margins.length);
  for (let k = 0; k < margins.length; k++) {
    let p = 0;
    for (const d of decisions) p += applyPlatt(d.platt[k % L] as Platt, margins[k] as number);
    probs[k] = p / decisions.length;
  }
  const thresholds = Float64Array.from({ length: L }, (_, l) => decisions.reduce((t, d) => t + (d.thresholds[l] as number), 0) / decisions.length);
  return { probs, thresholds };
}

/**
 * Calibrated probabilities and 0/1 predictions of `margins` under each row's language decision;
 * with `signal` (rows × L × SIGNAL_WIDTH), the decision over margin and signals where the language has one.
 */
export function decide(margins: Float64Array, langs: string[], L: number, decisions: Map<string, LanguageDecision>, signal?: Float64Array): { probs: Float64Array; pred: Uint8Array } {
  const probs = new Float64Array(margins.length);
  const pred = new Uint8Array(margins.length);
  langs.forEach((lang, r) => {
    const d = decisions.get(lang);
    if (!d) throw new Error(`slant: no decision fitted for language ${lang}`);
    for (let l = 0; l < L; l++) {
      const k = r * L + l;
      let p: number, t: number;
      if (signal && d.span) {
        const w = k * SIGNAL_WIDTH;
        p = applySpanPlatt(d.span.platt[l] as SpanPlatt, margins[k] as number, signal[w] as number, signal[w + 1] as number, signal[w + 2] as number);
        t = d.span.thresholds[l] as number;
      } else {
        p = applyPlatt(d.platt[l] as Platt, margins[k] as number);
        t = d.thresholds[l] as number;
      }
      probs[k] = p;
      pred[k] = p >= t ? 1 : 0;
    }
  });
  return { probs, pred };
}
