/**
 * Turning raw margins into decisions: per language, per label Platt calibration and a threshold,
 * both fitted on out-of-fold margins only. With the span tagger's out-of-fold signal (two values
 * per row and label, see models/span-signal.ts), each language also gets a calibration over the
 * margin and the signal together, with thresholds of its own.
 */
import { applyPlatt, applySpanPlatt, fitPlatt, fitSpanPlatt, type Platt, type SpanPlatt } from '../models/platt.js';
import { chooseThresholds, type ThresholdOptions } from '../models/thresholds.js';

/** Calibration and thresholds of one language. */
export interface LanguageDecision {
  platt: Platt[];
  thresholds: number[];
  /** The decision over margin and span signal, used when the tagger's signal is at hand. */
  span?: { platt: SpanPlatt[]; thresholds: number[] };
}

/**
 * Fits a decision per language from out-of-fold `margins` (n × L) and `targets`; with `signal`
 * (n × L × 2, out of fold too), also the decision over margin and signal.
 */
export function fitDecisions(margins: Float64Array, targets: Uint8Array, langs: string[], L: number, opts: ThresholdOptions, signal?: Float64Array): Map<string, LanguageDecision> {
  const out = new Map<string, LanguageDecision>();
  for (const lang of Array.from(new Set(langs)).sort()) {
    const rows = langs.flatMap((l, i) => (l === lang ? [i] : []));
    const tg = new Uint8Array(rows.length * L);
    rows.forEach((r, i) => tg.set(targets.subarray(r * L, r * L + L), i * L));
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
      const b = rows.map((r) => signal[(r * L + l) * 2] as number);
      const i2 = rows.map((r) => signal[(r * L + l) * 2 + 1] as number);
      const cs = fitSpanPlatt(m, b, i2, y);
      sp.push(cs);
      rows.forEach((_, i) => { spanProbs[i * L + l] = applySpanPlatt(cs, m[i] as number, b[i] as number, i2[i] as number); });
    }
    const decision: LanguageDecision = { platt, thresholds: Array.from(chooseThresholds(probs, tg, L, opts)) };
    if (signal) decision.span = { platt: sp, thresholds: Array.from(chooseThresholds(spanProbs, tg, L, opts)) };
    out.set(lang, decision);
  }
  return out;
}

/**
 * Calibrated probabilities and 0/1 predictions of `margins` under each row's language decision;
 * with `signal` (rows × L × 2), the decision over margin and signal where the language has one.
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
        p = applySpanPlatt(d.span.platt[l] as SpanPlatt, margins[k] as number, signal[k * 2] as number, signal[k * 2 + 1] as number);
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
