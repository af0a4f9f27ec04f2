/**
 * The sentence model's signal for the technique decision: a technique model trained on single
 * sentences (labelled by the gold spans they overlap) scores every sentence of the article, and
 * each paragraph gets, per technique, its highest sentence margin (S) and the sentence it comes
 * from. A paragraph's bag of n-grams dilutes one persuasive sentence among plain ones; the
 * sentence model sees it alone. Training (out of fold) and inference build sentences here.
 */
import type { Document, Paragraph, Token } from '../document/document.js';
import type { TechniqueModel } from './technique-model.js';

/** S of a paragraph without sentences (no tokens). */
export const SENTENCE_SIGNAL_FLOOR = -3;

/** An article re-cut into sentences: each paragraph of `doc` is one sentence of the original. */
export interface SentenceDocument {
  doc: Document;
  /** Index in the original document of each sentence's paragraph. */
  paragraphOf: Int32Array;
}

const memo = new WeakMap<Document, SentenceDocument>();

/**
 * `doc` with its sentences as paragraphs (in order, each with the tokens inside it, empty ones
 * left out), so the paragraph feature extractor reads one sentence at a time. Memoised per document.
 * @example
 * const { doc: s, paragraphOf } = sentenceDocument(doc); s.paragraphs.length >= doc.paragraphs.length;
 */
export function sentenceDocument(doc: Document): SentenceDocument {
  const hit = memo.get(doc);
  if (hit) return hit;
  const paragraphs: Paragraph[] = [];
  const of: number[] = [];
  doc.paragraphs.forEach((p, index) => {
    let k = 0;
    for (const s of p.sentences) {
      const tokens: Token[] = [];
      while (k < p.tokens.length && (p.tokens[k] as Token).start < s.start) k++;
      while (k < p.tokens.length && (p.tokens[k] as Token).end <= s.end) tokens.push(p.tokens[k++] as Token);
      if (tokens.length === 0) continue;
      paragraphs.push({ start: s.start, end: s.end, n: p.n, sentences: [s], tokens });
      of.push(index);
    }
  });
  const out: SentenceDocument = { doc: { ...doc, paragraphs }, paragraphOf: Int32Array.from(of) };
  memo.set(doc, out);
  return out;
}

/** One paragraph's sentence signal: S per label and the sentence each comes from. */
export interface ParagraphSentenceSignal {
  /** Highest sentence margin per label, or the floor. */
  values: Float64Array;
  /** Index in `sentenceDocument(doc).doc.paragraphs` of the sentence of each value; −1 where none. */
  peaks: Int32Array;
}

/**
 * Writes each paragraph's per-label maximum of `margins` (sentences × L, in the order of
 * `paragraphOf`) into `out` (paragraphs × L, filled with the floor first).
 */
export function maxPerParagraph(margins: ArrayLike<number>, paragraphOf: ArrayLike<number>, L: number, out: Float64Array, peaks?: Int32Array): void {
  out.fill(SENTENCE_SIGNAL_FLOOR);
  peaks?.fill(-1);
  const seen = new Uint8Array(out.length / L);
  for (let s = 0; s < paragraphOf.length; s++) {
    const p = paragraphOf[s] as number;
    for (let l = 0; l < L; l++) {
      const v = margins[s * L + l] as number;
      const k = p * L + l;
      if (seen[p] === 0 || v > (out[k] as number)) {
        out[k] = v;
        if (peaks) peaks[k] = s;
      }
    }
    seen[p] = 1;
  }
}

/**
 * The sentence signal of each paragraph of `doc` under the sentence model `model`, in the order
 * of `labels` (labels the model lacks get the floor).
 */
export function documentSentenceSignal(model: TechniqueModel, doc: Document, labels: readonly string[]): ParagraphSentenceSignal[] {
  const { doc: sentences, paragraphOf } = sentenceDocument(doc);
  const ML = model.header.labels.length;
  const margins = new Float64Array(sentences.paragraphs.length * ML);
  sentences.paragraphs.forEach((_, s) => margins.set(model.margins(sentences, s), s * ML));
  const all = new Float64Array(doc.paragraphs.length * ML);
  const at = new Int32Array(doc.paragraphs.length * ML);
  maxPerParagraph(margins, paragraphOf, ML, all, at);
  const map = labels.map((label) => model.header.labels.indexOf(label));
  return doc.paragraphs.map((_, p) => ({
    values: Float64Array.from(map, (m) => (m < 0 ? SENTENCE_SIGNAL_FLOOR : (all[p * ML + m] as number))),
    peaks: Int32Array.from(map, (m) => (m < 0 ? -1 : (at[p * ML + m] as number))),
  }));
}
