/**
 * The raw margins of the fast models (fast-models.ts) from one feature extraction: each
 * paragraph's words and bigrams go both to its own row, with its cues and position (what the
 * technique model reads), and to the article's row (what genre and frames read). The rows are the
 * ones each model's own extraction builds (`margins()`), so the margins are the same numbers.
 */
import type { Document } from '../document/document.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { RowBuilder } from '../features/feature-sink.js';
import { Emitter, emitParagraphTo } from '../features/paragraph-features.js';
import { articleTokenOffsets } from '../features/article-features.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { fastFramesFor, type FastModels } from './fast-models.js';

/** Raw margins of one article under the fast models. */
export interface FastMargins {
  /** Technique margins of each paragraph (`doc.paragraphs` order). */
  paragraphs: Float64Array[];
  genre: Float64Array;
  /** Of the frames model that serves the document's language (`fastFramesFor`). */
  frames: Float64Array;
  /**
   * With `record`: paragraph `index`'s technique-model occurrences (its own token numbering, in
   * the order the technique model's own extraction emits them), for its evidence. One recorder
   * serves every call, and it reads `record`: valid until the next call or the next `fastMargins`.
   */
  paragraphOccurrences?: (index: number) => OccurrenceRecorder;
}

/** The technique model's occurrences that only the paragraph rows get (cues), article-wide. */
const contextScratch = new OccurrenceRecorder(4096);
/** One paragraph's technique-model occurrences, put together by `paragraphOccurrences`. */
const paragraphScratch = new OccurrenceRecorder(4096);

/** Reused builders (their accumulators grow once), by feature-space bits. */
const builders = new Map<number, { paragraph: RowBuilder; article: RowBuilder }>();

function buildersFor(bits: number): { paragraph: RowBuilder; article: RowBuilder } {
  let b = builders.get(bits);
  if (b === undefined) builders.set(bits, (b = { paragraph: new RowBuilder(bits), article: new RowBuilder(bits) }));
  return b;
}

/**
 * Margins of every fast model for `doc`. With `record`, the same extraction also records the
 * article models' occurrences into it (article-wide token numbering), as their own `margins(doc,
 * record)` would: what their evidence reads; and each paragraph's occurrences of the technique
 * model (`paragraphOccurrences`), for the techniques' evidence.
 * @example
 * const m = fastMargins(loadFastModels(), segment(article));
 * m.paragraphs.length === doc.paragraphs.length;
 */
export function fastMargins(models: FastModels, doc: Document, record?: OccurrenceRecorder): FastMargins {
  const lang = doc.lang.code;
  const config = models.techniques.featuresFor(lang);
  const w = config.weights;
  // The groups every model reads, then the ones only the paragraph row gets (cues, position, ...).
  const ngrams: FeatureConfig = { ...config, weights: { word: w.word, bigram: w.bigram, char: 0, cue: 0, neighbour: 0, title: 0, position: 0, article: 0 } };
  const context: FeatureConfig = { ...config, bigrams: false, weights: { ...w, word: 0, bigram: 0, char: 0, cluster: 0, clusterBigram: 0 } };
  const { paragraph, article } = buildersFor(config.bits);
  const shared = new Emitter(ngrams, lang, { builder: paragraph, sink: article, ...(record ? { recorder: record } : {}) });
  if (record) contextScratch.length = 0;
  const own = new Emitter(context, lang, { builder: paragraph, ...(record ? { recorder: contextScratch } : {}) });
  const offsets = articleTokenOffsets(doc);
  // Where each paragraph's occurrences start in `record` and in `contextScratch` (one more: the ends).
  const n = doc.paragraphs.length;
  const starts = record ? { shared: new Int32Array(n + 1), own: new Int32Array(n + 1) } : null;
  const paragraphs = doc.paragraphs.map((_, i) => {
    shared.tokenOffset = offsets[i] as number;
    if (starts && record) {
      starts.shared[i] = record.length;
      starts.own[i] = contextScratch.length;
    }
    emitParagraphTo(shared, doc, i);
    emitParagraphTo(own, doc, i);
    return models.techniques.rowMargins(paragraph.takeView());
  });
  const row = article.takeView();
  const out: FastMargins = { paragraphs, genre: models.genre.rowMargins(row), frames: fastFramesFor(models, lang).rowMargins(row) };
  if (starts && record) {
    const { shared: s, own: o } = starts;
    s[n] = record.length;
    o[n] = contextScratch.length;
    out.paragraphOccurrences = (i) => {
      paragraphScratch.length = 0;
      paragraphScratch.addRange(record, s[i] as number, s[i + 1] as number, -(offsets[i] as number));
      paragraphScratch.addRange(contextScratch, o[i] as number, o[i + 1] as number);
      return paragraphScratch;
    };
  }
  return out;
}
