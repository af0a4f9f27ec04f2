/**
 * The span measure of SemEval-2020 Task 11 (Da San Martino et al., 2020; NLP4IF-2019 FLC), which
 * gives partial credit for partial overlap. With S the predicted spans, T the gold spans, and
 * C(s, t, h) = |s ∩ t| / h (lengths in characters, here code points):
 *
 *   P = (1/|S|) Σ_s Σ_t C(s, t, |s|)      R = (1/|T|) Σ_s Σ_t C(s, t, |t|)      F1 = 2PR/(P+R)
 *
 * where s and t only pair up within the same article, and, in the technique-aware variant, only when
 * they carry the same technique. Choices, following the official scorer as we know it:
 * - Gold spans that overlap (share at least one character) are merged first, per article for the
 *   technique-agnostic measure (SI) and per article and technique for the technique-aware one;
 *   spans that only touch (`a.end === b.start`) stay apart.
 * - Predicted spans are merged the same way. The official SI scorer refuses overlapping predictions
 *   unless asked to merge them (`-m`); merging keeps Σ_s C(s,t,|t|) ≤ 1 per gold span, so recall
 *   cannot exceed 1.
 * - With no predictions P = 0, with no gold R = 0, and F1 = 0 when P + R = 0, except that no
 *   gold span and none predicted scores 1 (the scorer's `compute_prec_rec_f1`; a bootstrap
 *   resample of articles without spans can draw that).
 * - Per technique: numerators summed over pairs of that technique, denominators the numbers of
 *   predicted and gold spans of that technique; `support` is the number of (merged) gold spans.
 */
import type { LabelScore, Prf } from './f1.js';
import type { UnitCounts } from './bootstrap.js';

/** A span to score: an article, `[start, end)` offsets in one unit, and a technique when known. */
export interface ScoredSpan {
  id: string;
  start: number;
  end: number;
  technique?: string;
}

/** Options of span scoring. */
export interface SpanScoreOptions {
  /** True: a prediction only earns credit from gold spans of the same technique. */
  techniqueAware: boolean;
  /** The labels to report per technique, in order (technique-aware only). */
  labels?: readonly string[];
}

/** The span measure overall and per technique. */
export interface SpanScore extends Prf {
  perLabel: LabelScore[];
  /** Span counts after merging. */
  goldSpans: number;
  predictedSpans: number;
  /** Per article: the precision and recall sums and its numbers of predicted and gold spans (after merging). */
  byArticle: Map<string, [precision: number, recall: number, predicted: number, gold: number]>;
}

/** Merges overlapping spans that share article (and technique when `byTechnique`); output sorted. */
export function mergeOverlapping(spans: readonly ScoredSpan[], byTechnique: boolean): ScoredSpan[] {
  const groups = new Map<string, ScoredSpan[]>();
  for (const s of spans) {
    const key = byTechnique ? `${s.id}\t${s.technique ?? ''}` : s.id;
    const list = groups.get(key) ?? groups.set(key, []).get(key)!;
    list.push(byTechnique ? { ...s } : { id: s.id, start: s.start, end: s.end });
  }
  const out: ScoredSpan[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    let cur: ScoredSpan | undefined;
    for (const s of list) {
      if (cur && s.start < cur.end) cur.end = Math.max(cur.end, s.end);
      else out.push((cur = s));
    }
  }
  return out;
}

const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * Scores predicted spans against gold spans.
 * @example
 * // gold [0,10), prediction [5,15) of the same article: P = 5/10, R = 5/10
 * scoreSpans([{ id: 'a', start: 0, end: 10 }], [{ id: 'a', start: 5, end: 15 }], { techniqueAware: false }).f1; // 0.5
 */
export function scoreSpans(gold: readonly ScoredSpan[], pred: readonly ScoredSpan[], options: SpanScoreOptions): SpanScore {
  const aware = options.techniqueAware;
  const g = mergeOverlapping(gold, aware);
  const p = mergeOverlapping(pred, aware);
  const goldByArticle = new Map<string, ScoredSpan[]>();
  for (const t of g) (goldByArticle.get(t.id) ?? goldByArticle.set(t.id, []).get(t.id)!).push(t);
  const byArticle: SpanScore['byArticle'] = new Map();
  const articleSums = (id: string): [number, number, number, number] => byArticle.get(id) ?? byArticle.set(id, [0, 0, 0, 0]).get(id)!;
  for (const t of g) articleSums(t.id)[3]++;
  const num = new Map<string, { p: number; r: number }>();
  let precNum = 0;
  let recNum = 0;
  for (const s of p) {
    const sums = articleSums(s.id);
    sums[2]++;
    for (const t of goldByArticle.get(s.id) ?? []) {
      if (aware && t.technique !== s.technique) continue;
      const inter = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (inter <= 0) continue;
      precNum += inter / (s.end - s.start);
      recNum += inter / (t.end - t.start);
      sums[0] += inter / (s.end - s.start);
      sums[1] += inter / (t.end - t.start);
      const n = num.get(t.technique ?? '') ?? num.set(t.technique ?? '', { p: 0, r: 0 }).get(t.technique ?? '')!;
      n.p += inter / (s.end - s.start);
      n.r += inter / (t.end - t.start);
    }
  }
  const precision = ratio(precNum, p.length);
  const recall = ratio(recNum, g.length);
  const perLabel = aware ? (options.labels ?? []).map((label) => techniqueScore(label, g, p, num.get(label))) : [];
  return { precision, recall, f1: spanF1(precision, recall, g.length, p.length), perLabel, goldSpans: g.length, predictedSpans: p.length, byArticle };
}

/** F1 of the span measure; no gold span and none predicted is a perfect score, as the SemEval-2020 scorer's compute_prec_rec_f1 has it. */
function spanF1(precision: number, recall: number, gold: number, predicted: number): number {
  return gold === 0 && predicted === 0 ? 1 : f1Of(precision, recall);
}

/**
 * Each article's span sums, for the bootstrap of the span F1 (`bootstrap.ts`). `articles` adds the
 * articles with no span on either side (a gold folder's empty files), which a resample may draw.
 */
export function spanUnits(score: SpanScore, articles: Iterable<string> = []): UnitCounts {
  const units = new Map<string, number[]>([...score.byArticle].map(([id, sums]) => [id, [...sums]]));
  for (const id of articles) if (!units.has(id)) units.set(id, [0, 0, 0, 0]);
  return {
    units,
    figure: ([prec = 0, rec = 0, predicted = 0, gold = 0]) => spanF1(ratio(prec, predicted), ratio(rec, gold), gold, predicted),
  };
}

function techniqueScore(label: string, g: ScoredSpan[], p: ScoredSpan[], n: { p: number; r: number } | undefined): LabelScore {
  const support = g.filter((t) => t.technique === label).length;
  const predicted = p.filter((s) => s.technique === label).length;
  const precision = ratio(n?.p ?? 0, predicted);
  const recall = ratio(n?.r ?? 0, support);
  return { label, precision, recall, f1: f1Of(precision, recall), support, predicted };
}
