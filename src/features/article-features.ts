/**
 * Sparse hashed features of a whole article for the article-level models (genre, frames; issue 5):
 * word unigrams and bigrams and character n-grams of every paragraph (through the paragraph
 * emitter, so hashing and language-specific copies are the technique model's), the title's words
 * as a group of their own, and the cues of `article-cues.ts`. The sink's token indices are
 * article-wide: paragraph 0's tokens first, then paragraph 1's, and so on (`articleTokenOffsets`).
 */
import type { Document } from '../document/document.js';
import type { FeatureConfig } from './feature-config.js';
import type { FeatureSink } from './feature-sink.js';
import { Emitter, emitParagraphTo, type EmitTarget } from './paragraph-features.js';
import { emitArticleCues } from './article-cues.js';

/** Article-level settings stored in the model file beside the paragraph `FeatureConfig`. */
export interface ArticleFeatureConfig {
  /** Weight of the title's words (first paragraph) as a separate group; 0 switches it off. */
  title: number;
  /** Weight of the cue features (first person, quotes, reported speech, numbers, dates, form). */
  cues: number;
}

/**
 * Paragraph settings for article models: n-grams only (context and cues are article-level here).
 * The shipped models build on this with character n-grams (`ARTICLE_BASE` in src/train/genre-frames-settings.ts).
 */
export const DEFAULT_ARTICLE_BASE: FeatureConfig = {
  bits: 18,
  charMin: 0,
  charMax: 0,
  bigrams: true,
  langFeatures: true,
  idf: true,
  weights: { word: 1, bigram: 0.7, char: 0.5, cue: 0, neighbour: 0, title: 0, position: 0, article: 0 },
};

/** Article-level group weights with title and cues on; the shipped models switch both off (`ARTICLE_EXTRAS`). */
export const DEFAULT_ARTICLE_FEATURES: ArticleFeatureConfig = { title: 0.5, cues: 0.3 };

/** Checks article settings read from a model file; returns a message for the first problem, or null. */
export function checkArticleFeatureConfig(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'article feature settings missing';
  const c = value as Partial<ArticleFeatureConfig>;
  if (typeof c.title !== 'number' || typeof c.cues !== 'number') return 'article feature weights missing';
  return null;
}

/** Index of each paragraph's first token in the article-wide token numbering. */
export function articleTokenOffsets(doc: Document): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of doc.paragraphs) {
    out.push(at);
    at += p.tokens.length;
  }
  return out;
}

/**
 * Emits every feature of `doc` as one article row into `sink`.
 * @example
 * const row = new RowBuilder(base.bits); emitArticleFeatures(doc, base, DEFAULT_ARTICLE_FEATURES, row); row.take();
 */
export function emitArticleFeatures(doc: Document, base: FeatureConfig, article: ArticleFeatureConfig, sink: FeatureSink): void {
  emitArticleFeaturesTo(doc, base, article, { sink });
}

/** `emitArticleFeatures` into a row builder and/or recorder directly (or a sink): the same occurrences in the same order. */
export function emitArticleFeaturesTo(doc: Document, base: FeatureConfig, article: ArticleFeatureConfig, target: EmitTarget): void {
  const offsets = articleTokenOffsets(doc);
  const ngrams: FeatureConfig = { ...base, weights: { ...base.weights, cue: 0, neighbour: 0, title: 0, position: 0, article: 0 } };
  const e = new Emitter(ngrams, doc.lang.code, target);
  doc.paragraphs.forEach((_, i) => {
    e.tokenOffset = offsets[i] as number;
    emitParagraphTo(e, doc, i);
  });
  if (article.title > 0 && doc.paragraphs.length > 1) {
    // The title again, under the paragraph emitter's title-group hash (its words as seen from paragraph 1).
    const titleOnly: FeatureConfig = { ...base, bigrams: false, charMax: 0, weights: { ...zeroWeights(), title: article.title } };
    emitParagraphTo(new Emitter(titleOnly, doc.lang.code, target), doc, 1);
  }
  if (article.cues > 0) emitArticleCues(doc, base, article.cues, target.sink ?? sinkOf(target));
}

/** A sink forwarding to the target's builder and recorder (for the cue features). */
function sinkOf(target: EmitTarget): FeatureSink {
  return {
    add(index, value, from, to, raw) {
      target.builder?.add(index, value, from, to, raw);
      target.recorder?.add(index, value, from, to);
    },
  };
}

function zeroWeights(): FeatureConfig['weights'] {
  return { word: 0, bigram: 0, char: 0, cue: 0, neighbour: 0, title: 0, position: 0, article: 0 };
}
