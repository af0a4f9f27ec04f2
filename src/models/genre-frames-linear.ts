/**
 * The linear core shared by the article-level models (genre, frames): a decoded model file, the
 * article's feature row, its raw margins, and each token's contribution to one label's margin
 * (the basis of evidence). Pure: no file I/O.
 */
import type { Document } from '../document/document.js';
import { checkArticleFeatureConfig, emitArticleFeaturesTo, type ArticleFeatureConfig } from '../features/article-features.js';
import { RowBuilder, type SparseRow } from '../features/feature-sink.js';
import { addSparseDot, padWeightRows } from './sparse-dot.js';
import { ModelError } from '../errors.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { decodeModel, featuresForLanguage, type LanguageDecisionData, type ModelHeader, type ModelTask } from './model-file.js';

/** A loaded article-level model. */
export class ArticleLinearModel {
  readonly header: ModelHeader;
  readonly article: ArticleFeatureConfig;
  /** Quantised weights, each bucket at a multiple of `stride` (see `padWeightRows`). */
  private readonly q: Int8Array;
  private readonly stride: number;
  private readonly builder: RowBuilder;
  /** `header.scales` as a typed array (the same values), for the scoring loop. */
  private readonly scales: Float64Array;
  private readonly labelCount: number;
  /**
   * The model whose margins this one's companion decisions read (see `ModelHeader.companion`),
   * or null when it decides alone.
   */
  readonly companion: ArticleLinearModel | null;

  /**
   * Decodes and validates `bytes` as a model for `task` (throws ModelError otherwise). A model
   * whose header names a companion needs it: `companion` is that file's model, with the SHA-256
   * of its bytes, which must be the one the header names.
   */
  constructor(bytes: Uint8Array, source: string, task: ModelTask, companion?: CompanionModel) {
    const data = decodeModel(bytes, source, task);
    const problem = checkArticleFeatureConfig(data.header.articleFeatures);
    if (problem) throw new ModelError(`${source}: ${problem}`);
    this.companion = companionOf(data.header, source, task, companion);
    this.header = data.header;
    this.article = data.header.articleFeatures as ArticleFeatureConfig;
    [this.q, this.stride] = padWeightRows(data.q, data.header.labels.length);
    this.builder = new RowBuilder(data.header.features.bits, data.idf ?? null);
    this.scales = Float64Array.from(data.header.scales);
    this.labelCount = data.header.labels.length;
  }

  /** The calibration language used for `lang`, and whether it is a fallback (English, else the first). */
  decisionFor(lang: string): { lang: string; fallback: boolean; decision: LanguageDecisionData } {
    const own = this.header.decisions[lang];
    if (own) return { lang, fallback: false, decision: own };
    const first = this.header.languages.includes('en') ? 'en' : (this.header.languages[0] as string);
    return { lang: first, fallback: true, decision: this.header.decisions[first] as LanguageDecisionData };
  }

  /** Dequantised weight of feature bucket `index` for label `label`. */
  weight(index: number, label: number): number {
    return (this.q[index * this.stride + label] as number) * (this.scales[label] as number);
  }

  /**
   * Raw margins (bias + w·x) of the whole article, one per label. With `record`, the same
   * extraction also fills it, for `tokenContributions` to replay.
   */
  margins(doc: Document, record?: OccurrenceRecorder): Float64Array {
    emitArticleFeaturesTo(doc, featuresForLanguage(this.header, doc.lang.code), this.article, record ? { builder: this.builder, recorder: record } : { builder: this.builder });
    return this.rowMargins(this.builder.takeView());
  }

  /**
   * What brings `tokenContributions` of the article the last `margins(doc)` call scored to the
   * margin's own scale: the row's L2 normalisation times the log-scaling of a single occurrence
   * (ln 2). Exact for features that occur once; a repeated feature's share stays overstated.
   */
  get contributionScale(): number {
    return this.builder.lastNormScale * Math.LN2;
  }

  /** Raw margins (bias + w·x) of a finished article row (one built with this model's feature settings), one per label. */
  rowMargins(row: SparseRow): Float64Array {
    const out = Float64Array.from(this.header.bias);
    addSparseDot(row.indices, row.values, this.q, this.scales, this.labelCount, out, this.stride);
    return out;
  }

  /**
   * Contribution of each token (article-wide numbering, see `articleTokenOffsets`) to label
   * `label`'s margin: weight × occurrence value × IDF, shared over the tokens that produced it (the
   * row's log-scaling and normalisation are left out: the ranking is what evidence needs).
   * `recorded`: the occurrences recorded by `margins(doc, recorded)`, to skip a second extraction.
   */
  tokenContributions(doc: Document, label: number, recorded?: OccurrenceRecorder): Float64Array {
    return this.tokenContributionsOf(doc, [label], recorded)[0] as Float64Array;
  }

  /**
   * `tokenContributions` of several labels in one pass over the occurrences (each bucket's weights
   * are read once for all of them); every label's sums take the same terms in the same order, so
   * each array is identical to `tokenContributions(doc, label, recorded)`.
   */
  tokenContributionsOf(doc: Document, labels: readonly number[], recorded?: OccurrenceRecorder): Float64Array[] {
    const count = doc.paragraphs.reduce((a, p) => a + p.tokens.length, 0);
    const K = labels.length;
    if (K === 0) return [];
    let rec = recorded;
    if (!rec) {
      rec = new OccurrenceRecorder();
      emitArticleFeaturesTo(doc, featuresForLanguage(this.header, doc.lang.code), this.article, { recorder: rec });
    }
    // Label-major sums: acc[j * count + t] is token t's sum for labels[j]; each label's array is a view of it.
    const acc = new Float64Array(count * K);
    this.addContributions(rec, Int32Array.from(labels), acc, count);
    return labels.map((_, j) => acc.subarray(j * count, (j + 1) * count));
  }

  /**
   * Adds each recorded occurrence's term `(q × scale) × value × idf / span` for every label of
   * `ls` to the label-major sums `acc` (`count` tokens per label), in emission order (the terms
   * `weight()` always gave; a one-token occurrence skips the division by 1, which changes no number).
   */
  private addContributions(rec: OccurrenceRecorder, ls: Int32Array, acc: Float64Array, count: number): void {
    const K = ls.length;
    const { q, stride } = this;
    const ss = Float64Array.from(ls, (l) => this.scales[l] as number);
    const idf = this.builder.idf;
    // The same IDF numbers from 4× less memory when they are whole sixteenths.
    const steps = this.builder.idfSixteenths;
    const { index: indices, value, from: froms, to: tos } = rec;
    for (let k = 0; k < rec.length; k++) {
      const index = indices[k] as number;
      const from = froms[k] as number;
      const to = tos[k] as number;
      const v = value[k] as number;
      const f = steps ? (steps[index] as number) / 16 : idf ? (idf[index] as number) : 1;
      const base = index * stride;
      if (from === to) {
        for (let j = 0, o = from; j < K; j++, o += count) acc[o] = (acc[o] as number) + (q[base + (ls[j] as number)] as number) * (ss[j] as number) * v * f;
        continue;
      }
      const span = to - from + 1;
      for (let j = 0; j < K; j++) {
        const c = ((q[base + (ls[j] as number)] as number) * (ss[j] as number) * v * f) / span;
        const o = j * count;
        for (let t = from; t <= to; t++) acc[o + t] = (acc[o + t] as number) + c;
      }
    }
  }
}

/** A loaded model offered as another's companion: the model, its file, and its bytes' SHA-256. */
export interface CompanionModel {
  model: ArticleLinearModel;
  source: string;
  sha256: string;
}

/** The companion model `header` names, checked against the one given. */
function companionOf(header: ModelHeader, source: string, task: ModelTask, given?: CompanionModel): ArticleLinearModel | null {
  const ref = header.companion;
  if (!ref) return null;
  const retrain = `retrain it (slant train ${task} --mode lang)`;
  if (!given) throw new ModelError(`${source}: decides together with ${ref.file}, which was not given`);
  if (given.sha256 !== ref.sha256) throw new ModelError(`${source}: was calibrated with a different ${ref.file} than ${given.source}; ${retrain}`);
  if (given.model.header.id !== ref.id || given.model.companion) throw new ModelError(`${source}: its companion ${given.source} is not model '${ref.id}'; ${retrain}`);
  return given.model;
}
