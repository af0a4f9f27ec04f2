/**
 * The tagger's candidate spans of one paragraph: the runs Viterbi decodes for each label, and for
 * every trained label its single best run (the fallback that reconciliation uses when the
 * paragraph model reports a technique the tagger did not mark).
 */
import type { Document, Paragraph } from '../document/document.js';
import { B, I, bestRun, emission, viterbi, type ViterbiScratch } from './bio-viterbi.js';
import { tagRuns } from './gold-tags.js';
import { emissions, type TaggerParams } from './tagger-params.js';
import { tokenFeatures } from './token-features.js';

/** A candidate span: label, UTF-16 range, tagger score in [0, 1], and its paragraph's index. */
export interface SpanCandidate {
  label: string;
  start: number;
  end: number;
  score: number;
  paragraph: number;
}

/** The candidates of one paragraph (`index` into `doc.paragraphs`). */
export interface ParagraphCandidates {
  index: number;
  /** Decoded spans, any number per label; different labels may overlap. */
  spans: SpanCandidate[];
  /** Best single run per trained label, edge punctuation trimmed. */
  fallbacks: SpanCandidate[];
}

/** Longest fallback run, in tokens. */
const MAX_FALLBACK_TOKENS = 12;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Mean emission of a run (B then I), mapped to (0, 1). Not a calibrated probability. */
function runScore(em: Float32Array, L: number, l: number, s: number, e: number): number {
  let acc = emission(em, s, L, l, B);
  for (let t = s + 1; t <= e; t++) acc += emission(em, t, L, l, I);
  return sigmoid(acc / (e - s + 1));
}

/** Shrinks `[s, e]` past punctuation at both ends; null when nothing else is left. */
function trimPunct(p: Paragraph, s: number, e: number): [number, number] | null {
  let a = s;
  let b = e;
  while (a <= b && p.tokens[a]?.kind === 'punct') a++;
  while (b >= a && p.tokens[b]?.kind === 'punct') b--;
  return a <= b ? [a, b] : null;
}

/**
 * Candidates of paragraph `index` under `params`; labels listed in `skip` produce none.
 * @example
 * const c = paragraphCandidates(params, doc, 0, new Set());
 * c.spans.map((s) => doc.article.text.slice(s.start, s.end));
 */
export function paragraphCandidates(params: TaggerParams, doc: Document, index: number, skip: ReadonlySet<string>): ParagraphCandidates {
  const p = doc.paragraphs[index] as Paragraph;
  if (p.tokens.length === 0) return { index, spans: [], fallbacks: [] };
  const em = emissions(params, tokenFeatures(doc, index, params.bits, params.clusters));
  return candidatesFromEmissions(params, p, index, em, { skip, fallbacks: true });
}

/**
 * Candidates of paragraph `index` for the label indices `labels` only: spans and fallbacks of
 * those labels, the same as `paragraphCandidates` gives for them, without the others' work.
 */
export function paragraphCandidatesFor(params: TaggerParams, doc: Document, index: number, labels: ReadonlySet<number>): ParagraphCandidates {
  const p = doc.paragraphs[index] as Paragraph;
  if (p.tokens.length === 0 || labels.size === 0) return { index, spans: [], fallbacks: [] };
  const wanted = [...labels].sort((a, b) => a - b);
  const em = emissions(params, tokenFeatures(doc, index, params.bits, params.clusters), true, wanted);
  const skip = new Set(params.labels.filter((_, l) => !labels.has(l)));
  return candidatesFromEmissions(params, p, index, em, { skip, fallbacks: labels });
}

/** Options of `candidatesFromEmissions`. */
export interface CandidateOptions {
  skip: ReadonlySet<string>;
  /** Compute the fallback runs (all labels, or only these label indices). */
  fallbacks: boolean | ReadonlySet<number>;
}

/** Candidates of paragraph `p` (index `index`) from its emissions (offsets included). */
export function candidatesFromEmissions(params: TaggerParams, p: Paragraph, index: number, em: Float32Array, o: CandidateOptions): ParagraphCandidates {
  const n = p.tokens.length;
  const L = params.labels.length;
  const out: ParagraphCandidates = { index, spans: [], fallbacks: [] };
  const scratch: ViterbiScratch = { score: new Float64Array(n * 3), back: new Int8Array(n * 3) };
  const span = (l: number, s: number, e: number): SpanCandidate => ({
    label: params.labels[l] as string,
    start: (p.tokens[s] as { start: number }).start,
    end: (p.tokens[e] as { end: number }).end,
    score: runScore(em, L, l, s, e),
    paragraph: index,
  });
  for (let l = 0; l < L; l++) {
    if (o.skip.has(params.labels[l] as string)) continue;
    // Labels are decoded independently, so a skipped label's tags are never needed.
    const tags = new Int8Array(n);
    viterbi(em, n, L, l, params.trans, tags, scratch);
    for (const [s, e] of tagRuns(tags)) {
      if (trimPunct(p, s, e)) out.spans.push(span(l, s, e));
    }
    if (o.fallbacks === false || (o.fallbacks !== true && !o.fallbacks.has(l))) continue;
    const best = bestRun(em, n, L, l, params.trans, MAX_FALLBACK_TOKENS);
    const trimmed = best && trimPunct(p, best[0], best[1]);
    if (trimmed) out.fallbacks.push(span(l, trimmed[0], trimmed[1]));
  }
  return out;
}
