/**
 * The span tagger's model file: the container of src/models/model-file.ts (magic, JSON header,
 * raw-deflated body) with task `spans`; the body is the int8-quantised emission weights
 * (`2^bits × labels × 2`, one scale per label and tag). No timestamps: same run, same bytes.
 */
import { ModelError } from '../errors.js';
import { checkClusterSettings, verifiedLexicon, type ClusterSettings } from '../features/word-clusters.js';
import { isTechnique } from '../labels.js';
import { decodeContainer, encodeContainer, MODEL_FORMAT_VERSION } from '../models/model-file.js';
import { quantise } from '../models/quantise.js';
import { TRANS_SIZE } from './bio-viterbi.js';
import type { TaggerParams } from './tagger-params.js';

/** Version of the token features; a model is only valid with the features it was trained on. */
export const SPAN_FEATURE_VERSION = 1;

/** What a span model file says about itself. */
export interface SpanModelHeader {
  format: 'slant-model';
  formatVersion: number;
  task: 'spans';
  id: string;
  lang: string;
  /** Techniques the tagger predicts, in weight order. */
  labels: string[];
  /** Techniques it cannot predict (too few training spans), with their span counts. */
  unsupported: Record<string, number>;
  bits: number;
  featureVersion: number;
  /** The word-cluster lexicon the token features use (absent: none). */
  clusters?: ClusterSettings;
  trans: number[];
  offsets: number[];
  scales: number[];
  training: Record<string, unknown>;
  cv: unknown;
}

/** Serialises a trained tagger with its description. */
export function encodeSpanModel(params: TaggerParams, meta: Pick<SpanModelHeader, 'id' | 'lang' | 'unsupported' | 'training' | 'cv'>): Uint8Array {
  const { q, scales } = quantise(params.w, params.labels.length * 2);
  const header: Omit<SpanModelHeader, 'body'> = {
    format: 'slant-model',
    formatVersion: MODEL_FORMAT_VERSION,
    task: 'spans',
    ...meta,
    labels: [...params.labels],
    bits: params.bits,
    featureVersion: SPAN_FEATURE_VERSION,
    ...(params.clusters ? { clusters: params.clusters } : {}),
    trans: Array.from(params.trans),
    offsets: Array.from(params.offsets),
    scales: Array.from(scales),
  };
  return encodeContainer({ ...header }, new Uint8Array(q.buffer, q.byteOffset, q.byteLength));
}

/** Reads and validates a span model; throws ModelError for a corrupt or foreign file. */
export function decodeSpanModel(bytes: Uint8Array, source: string): { header: SpanModelHeader; params: TaggerParams } {
  const { header: h, raw } = decodeContainer(bytes, source);
  const header = h as unknown as SpanModelHeader;
  const problem = checkHeader(header, raw.byteLength);
  if (problem) throw new ModelError(`${source}: ${problem}`);
  // Its token features need the very lexicon it was trained with: a missing or other file fails here, at load.
  if (header.clusters) verifiedLexicon(header.clusters, 'slant train spans');
  const L2 = header.labels.length * 2;
  const scales = Float64Array.from(header.scales);
  // The body is the feature-major block itself (no copy): the only int8 block a loaded model keeps.
  const byFeature = { q: new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength), scales };
  const params = { labels: header.labels, bits: header.bits, trans: Float32Array.from(header.trans), offsets: Float32Array.from(header.offsets), byFeature, ...(header.clusters ? { clusters: header.clusters } : {}) } as Omit<TaggerParams, 'w'>;
  // Inference reads `byFeature`; the float weights (4× the memory) are made only when asked for.
  let w: Float32Array | null = null;
  Object.defineProperty(params, 'w', { enumerable: true, get: () => (w ??= dequantise(byFeature, L2)) });
  return { header, params: params as TaggerParams };
}

/** The float weights, feature-major like `q`: `w[i] = q[i] · scales[i mod L2]` (0 where q is 0), as float32. */
function dequantise(byFeature: { q: Int8Array; scales: Float64Array }, L2: number): Float32Array {
  const { q, scales } = byFeature;
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) {
    const v = q[i] as number;
    if (v !== 0) w[i] = v * (scales[i % L2] as number);
  }
  return w;
}

function checkHeader(h: SpanModelHeader, bodyBytes: number): string | null {
  if (h.formatVersion !== MODEL_FORMAT_VERSION) return `unsupported model format version ${String(h.formatVersion)} (this slant reads ${MODEL_FORMAT_VERSION})`;
  if (h.task !== 'spans') return `model is for task '${String(h.task)}', not spans`;
  if (h.featureVersion !== SPAN_FEATURE_VERSION) return `span features version ${String(h.featureVersion)} is not ${SPAN_FEATURE_VERSION}`;
  const clusters = checkClusterSettings(h.clusters);
  if (clusters) return clusters;
  if (!Array.isArray(h.labels) || h.labels.length === 0 || !h.labels.every((l) => typeof l === 'string' && isTechnique(l))) return 'labels are missing or unknown';
  const L = h.labels.length;
  if (!Number.isInteger(h.bits) || h.bits < 4 || h.bits > 24) return 'feature bits out of range';
  if (h.trans?.length !== L * TRANS_SIZE || h.offsets?.length !== L || h.scales?.length !== L * 2) return 'labels, transitions, offsets and scales disagree';
  if (bodyBytes !== (1 << h.bits) * L * 2) return 'weight block has the wrong size';
  return null;
}
