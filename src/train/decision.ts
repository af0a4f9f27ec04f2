/**
 * Turning raw margins into decisions: per language, per label Platt calibration and a threshold,
 * both fitted on out-of-fold margins only.
 */
import { applyPlatt, fitPlatt, type Platt } from '../models/platt.js';
import { chooseThresholds, type ThresholdOptions } from '../models/thresholds.js';

/** Calibration and thresholds of one language. */
export interface LanguageDecision {
  platt: Platt[];
  thresholds: number[];
}

/** Fits a decision per language from out-of-fold `margins` (n × L) and `targets`. */
export function fitDecisions(margins: Float64Array, targets: Uint8Array, langs: string[], L: number, opts: ThresholdOptions): Map<string, LanguageDecision> {
  const out = new Map<string, LanguageDecision>();
  for (const lang of Array.from(new Set(langs)).sort()) {
    const rows = langs.flatMap((l, i) => (l === lang ? [i] : []));
    const platt: Platt[] = [];
    const probs = new Float64Array(rows.length * L);
    const tg = new Uint8Array(rows.length * L);
    for (let l = 0; l < L; l++) {
      const m = rows.map((r) => margins[r * L + l] as number);
      const y = rows.map((r) => targets[r * L + l] as number);
      const c = fitPlatt(m, y);
      platt.push(c);
      rows.forEach((_, i) => {
        probs[i * L + l] = applyPlatt(c, m[i] as number);
        tg[i * L + l] = y[i] as number;
      });
    }
    out.set(lang, { platt, thresholds: Array.from(chooseThresholds(probs, tg, L, opts)) });
  }
  return out;
}

/** Calibrated probabilities and 0/1 predictions of `margins` under each row's language decision. */
export function decide(margins: Float64Array, langs: string[], L: number, decisions: Map<string, LanguageDecision>): { probs: Float64Array; pred: Uint8Array } {
  const probs = new Float64Array(margins.length);
  const pred = new Uint8Array(margins.length);
  langs.forEach((lang, r) => {
    const d = decisions.get(lang);
    if (!d) throw new Error(`slant: no decision fitted for language ${lang}`);
    for (let l = 0; l < L; l++) {
      const p = applyPlatt(d.platt[l] as Platt, margins[r * L + l] as number);
      probs[r * L + l] = p;
      pred[r * L + l] = p >= (d.thresholds[l] as number) ? 1 : 0;
    }
  });
  return { probs, pred };
}
