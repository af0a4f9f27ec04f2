/**
 * The technique model file (DESIGN.md §2.5): magic `SLANTMDL`, a 4-byte little-endian header
 * length, a JSON header that describes the model, then the raw-deflated int8 weights. The header
 * holds no timestamps, so the same training run gives a byte-identical file. Pure: no file I/O.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ModelError } from '../errors.js';
import { ARTICLE_CUE_DENSITY_NAMES } from '../features/article-cues.js';
import { checkFeatureConfig, type FeatureConfig } from '../features/feature-config.js';
import { cueDecisionProblem, type CueDecisionData } from './genre-cues.js';
import type { PairPlatt, Platt, SpanPlatt } from './platt.js';
import { vectorDecisionProblem, type VectorDecisionData } from './vector-decision.js';

const MAGIC = 'SLANTMDL';
/** Version of the file layout; bumped on any incompatible change. */
export const MODEL_FORMAT_VERSION = 1;

/**
 * The feature settings to extract an article in `lang` with. A pooled model's language-specific
 * feature copies exist only for the languages it was trained on; for any other language they would
 * land on buckets that hold other features' weights (noise) and take half the row's norm from the
 * shared features, so they are left out. Leave-one-language-out CV of the pooled frames model
 * (scripts/cv-unseen-language.ts): see models/frames/MODEL_CARD.md.
 */
export function featuresForLanguage(header: Pick<ModelHeader, 'features' | 'languages'>, lang: string): FeatureConfig {
  return header.features.langFeatures && !header.languages.includes(lang) ? { ...header.features, langFeatures: false } : header.features;
}

/** Calibration and thresholds of one language. */
export interface LanguageDecisionData {
  platt: Platt[];
  thresholds: number[];
  /**
   * Technique models trained with the span tagger's signal: the calibration over margin and signal
   * and its thresholds, used when the language's span model is at hand (see models/span-signal.ts).
   */
  span?: { platt: SpanPlatt[]; thresholds: number[] };
  /**
   * Models with a `companion` (header): the calibration over this model's margin and the
   * companion's, σ(a·own + c·companion + b), and its thresholds. It replaces `platt` and
   * `thresholds`, which stay as the calibration of the margin alone.
   */
  companion?: { platt: PairPlatt[]; thresholds: number[] };
  /**
   * Genre models: a decision over the article's cue densities instead of the margins (see
   * models/genre-cues.ts). It replaces `platt` and `thresholds`, which stay as the decision over
   * the margins.
   */
  cues?: CueDecisionData;
  /**
   * Frames models: a decision over the margin and the article's mean word vector (see
   * models/vector-decision.ts). It replaces `platt` and `thresholds`, which stay as the
   * calibration of the margin alone.
   */
  vectors?: VectorDecisionData;
}

/**
 * A second model file whose margins the decision reads beside this model's own (a language's own
 * frames model and the pooled one): `file` in the same folder, whose bytes must hash to `sha256`
 * (the decision was fitted to that file's margins).
 */
export interface CompanionRef {
  id: string;
  file: string;
  sha256: string;
}

/**
 * The sentence model a technique model's decision reads S from, for every language it has: the
 * file `<id>.slm` in `models/sentences/`, whose bytes must hash to `sha256` (the decision was
 * fitted to that file's out-of-fold margins).
 */
export interface SentenceModelRef {
  id: string;
  sha256: string;
}

/** The tasks a model file can be for (genre and frames: issue 5). */
export type ModelTask = 'techniques' | 'genre' | 'frames';

/** Everything a model file says about itself. */
export interface ModelHeader {
  format: 'slant-model';
  formatVersion: number;
  task: ModelTask;
  /** Article-level feature settings (genre and frames models only; see features/article-features.ts). */
  articleFeatures?: { title: number; cues: number };
  id: string;
  /** Languages with their own calibration and thresholds. */
  languages: string[];
  labels: string[];
  /** Labels with no training example in a language: the model never predicts them there. */
  unsupported: Record<string, string[]>;
  features: FeatureConfig;
  decisions: Record<string, LanguageDecisionData>;
  /** The model whose margins the `companion` decisions read (absent: this model decides alone). */
  companion?: CompanionRef;
  /**
   * Genre, pooled file: the decision of a language without training data, over the article's cue
   * densities without our word lists' classes (`scriptFreeDensities`), fitted on every language's
   * articles (absent in files trained before it: the margins under the averaged calibration decide).
   */
  unseenCues?: CueDecisionData;
  /**
   * Frames, pooled file: each frame's share of the training articles, averaged over the languages
   * (src/train/frame-priors.ts): the scores of an article in a script no training language uses,
   * whose most common `UNSEEN_SCRIPT_FRAMES` are reported (absent in files trained before stop 44:
   * the highest margins are).
   */
  framePriors?: number[];
  bias: number[];
  scales: number[];
  training: { fingerprint: string; rows: number; articles: number; seed: number; learner: Record<string, number>; spanSignal?: Record<string, number>; sentenceSignal?: Record<string, number>; sentenceModel?: SentenceModelRef };
  cv: unknown;
  body: { bytes: number; sha256: string };
}

/** A decoded model: its header, its quantised weights and (when the features use it) the IDF. */
export interface ModelData {
  header: ModelHeader;
  q: Int8Array;
  idf?: Float32Array;
}

/** Serialises a model; `header.body` is filled in here. */
export function encodeModel(header: Omit<ModelHeader, 'body'>, q: Int8Array, idf?: Float32Array): Uint8Array {
  const weights = new Uint8Array(q.buffer, q.byteOffset, q.byteLength);
  // IDF values are multiples of 1/16 below 16, so one byte each holds them exactly.
  const raw = idf ? Buffer.concat([weights, Uint8Array.from(idf, (v) => Math.min(255, Math.round(v * 16)))]) : weights;
  const body = deflateRawSync(raw, { level: 9 });
  const full: ModelHeader = { ...header, body: { bytes: raw.byteLength, sha256: sha256(raw) } };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.byteLength);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), len, json, body]);
}

/**
 * The validated header of a model file without inflating its weights (to choose between models
 * before loading one); `source` names it in error messages; `task` is the one expected.
 */
export function readModelHeader(bytes: Uint8Array, source: string, task: ModelTask = 'techniques'): ModelHeader {
  return parseHeader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source, task).header;
}

/** Length of a model file's fixed prefix: the magic and the header's length. */
export const HEADER_PREFIX_BYTES = 12;

/**
 * How many bytes from the start of a model file hold its magic, length and JSON header, read from
 * the file's first `HEADER_PREFIX_BYTES` bytes (so a listing reads no weights).
 * @throws ModelError when they are not a slant model file's.
 */
export function headerBytes(prefix: Uint8Array, source: string): number {
  const buf = Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  if (buf.byteLength < HEADER_PREFIX_BYTES || buf.toString('ascii', 0, 8) !== MAGIC) throw new ModelError(`${source}: not a slant model file`);
  return HEADER_PREFIX_BYTES + buf.readUInt32LE(8);
}

/**
 * The JSON header of a model container of any task, unvalidated beyond being JSON (the weights
 * may be absent: `bytes` need only reach the header's end).
 * @throws ModelError when `bytes` are not a slant model file's or the header is cut or not JSON.
 */
export function containerHeader(bytes: Uint8Array, source: string): { header: Record<string, unknown>; len: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = headerBytes(buf, source);
  if (end > buf.byteLength) throw new ModelError(`${source}: model file is truncated`);
  try {
    return { header: JSON.parse(buf.toString('utf8', HEADER_PREFIX_BYTES, end)) as Record<string, unknown>, len: end - HEADER_PREFIX_BYTES };
  } catch (cause) {
    throw new ModelError(`${source}: model header is not valid JSON`, { cause });
  }
}

function parseHeader(buf: Buffer, source: string, task: ModelTask): { header: ModelHeader; len: number } {
  const { header: h, len } = containerHeader(buf, source);
  const header = h as unknown as ModelHeader;
  const problem = checkHeader(header, task);
  if (problem) throw new ModelError(`${source}: ${problem}`);
  return { header, len };
}

/** Reads and validates a model file's bytes; `source` names it in error messages; `task` is the one expected. */
export function decodeModel(bytes: Uint8Array, source: string, task: ModelTask = 'techniques'): ModelData {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { header, len } = parseHeader(buf, source, task);
  let raw: Buffer;
  try {
    raw = inflateRawSync(buf.subarray(12 + len));
  } catch (cause) {
    throw new ModelError(`${source}: model weights are corrupt`, { cause });
  }
  if (raw.byteLength !== header.body.bytes || sha256(raw) !== header.body.sha256) throw new ModelError(`${source}: model weights are corrupt (checksum mismatch)`);
  const dim = 1 << header.features.bits;
  const weightBytes = dim * header.labels.length;
  const q = new Int8Array(raw.buffer, raw.byteOffset, weightBytes);
  if (!header.features.idf) return { header, q };
  return { header, q, idf: Float32Array.from(raw.subarray(weightBytes), (b) => b / 16) };
}

function checkHeader(h: ModelHeader, task: ModelTask): string | null {
  if (h.format !== 'slant-model') return 'not a slant model file';
  if (h.formatVersion !== MODEL_FORMAT_VERSION) return `unsupported model format version ${String(h.formatVersion)} (this slant reads ${MODEL_FORMAT_VERSION})`;
  if (h.task !== task) return `model is for task '${String(h.task)}', not ${task}`;
  const fc = checkFeatureConfig(h.features);
  if (fc) return fc;
  const L = Array.isArray(h.labels) ? h.labels.length : 0;
  if (L === 0 || !Array.isArray(h.bias) || h.bias.length !== L || !Array.isArray(h.scales) || h.scales.length !== L) return 'labels, bias and scales disagree';
  if (!Array.isArray(h.languages) || h.languages.some((l) => h.decisions?.[l]?.thresholds?.length !== L || h.decisions[l]?.platt?.length !== L)) return 'per-language thresholds missing';
  if (h.languages.some((l) => { const s = h.decisions[l]?.span; return s !== undefined && (s.platt?.length !== L || s.thresholds?.length !== L || s.platt.some((p) => ![p.a, p.b, p.sb, p.si, p.ss ?? 0].every(Number.isFinite))); })) return 'span-signal decision malformed';
  const companion = companionProblem(h, L);
  if (companion) return companion;
  for (const l of h.languages) {
    const c = h.decisions[l]?.cues;
    if (c === undefined) continue;
    if (task !== 'genre') return 'cue decision in a model that is not for genre';
    const problem = cueDecisionProblem(c, L, ARTICLE_CUE_DENSITY_NAMES.length);
    if (problem) return problem;
  }
  if (h.unseenCues !== undefined) {
    if (task !== 'genre') return 'cue decision in a model that is not for genre';
    const problem = cueDecisionProblem(h.unseenCues, L, ARTICLE_CUE_DENSITY_NAMES.length);
    if (problem) return `unseen-language ${problem}`;
  }
  if (h.framePriors !== undefined) {
    if (task !== 'frames') return 'frame priors in a model that is not for frames';
    if (!Array.isArray(h.framePriors) || h.framePriors.length !== L || h.framePriors.some((p) => typeof p !== 'number' || !(p >= 0 && p <= 1))) return 'frame priors malformed (one share from 0 to 1 per label)';
  }
  for (const l of h.languages) {
    const v = h.decisions[l]?.vectors;
    if (v === undefined) continue;
    if (task !== 'frames') return 'word-vector decision in a model that is not for frames';
    if (h.decisions[l]?.companion !== undefined) return `language '${l}' decides with a companion and with word vectors`;
    const problem = vectorDecisionProblem(v, L);
    if (problem) return problem;
  }
  const dim = 1 << h.features.bits;
  if (h.body?.bytes !== dim * L + (h.features.idf ? dim : 0)) return 'weight block has the wrong size';
  return null;
}

/** What is wrong with a header's companion and its decisions, if anything. */
function companionProblem(h: ModelHeader, L: number): string | null {
  const c = h.companion;
  const decided = h.languages.filter((l) => h.decisions[l]?.companion !== undefined);
  if (c === undefined) return decided.length ? 'companion decision without a companion model' : null;
  if (typeof c.file !== 'string' || !/^[\w.-]+\.slm$/.test(c.file) || typeof c.sha256 !== 'string' || typeof c.id !== 'string') return 'companion model reference malformed';
  const bad = decided.some((l) => {
    const d = h.decisions[l]?.companion;
    return d?.platt?.length !== L || d.thresholds?.length !== L || d.platt.some((p) => ![p.a, p.b, p.c].every(Number.isFinite));
  });
  return bad ? 'companion decision malformed' : null;
}

/** Hex SHA-256 of `bytes` (model bodies, and the companion file a decision was fitted to). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The same container (magic, header length, JSON header, raw-deflated body with size and SHA-256
 * in `header.body`) for other model kinds, e.g. the span tagger (issue 6); the caller validates
 * its own header.
 */
export function encodeContainer(header: Record<string, unknown>, raw: Uint8Array): Uint8Array {
  const body = deflateRawSync(raw, { level: 9 });
  const json = Buffer.from(JSON.stringify({ ...header, body: { bytes: raw.byteLength, sha256: sha256(raw) } }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.byteLength);
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), len, json, body]);
}

/** Reads a container written by `encodeContainer`: its parsed header (unchecked) and its body. */
export function decodeContainer(bytes: Uint8Array, source: string): { header: Record<string, unknown>; raw: Uint8Array } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { header, len } = containerHeader(buf, source);
  if (header === null || typeof header !== 'object' || header['format'] !== 'slant-model') throw new ModelError(`${source}: not a slant model file`);
  const body = header['body'] as { bytes?: unknown; sha256?: unknown } | undefined;
  let raw: Buffer;
  try {
    raw = inflateRawSync(buf.subarray(12 + len));
  } catch (cause) {
    throw new ModelError(`${source}: model weights are corrupt`, { cause });
  }
  if (raw.byteLength !== body?.bytes || sha256(raw) !== body.sha256) throw new ModelError(`${source}: model weights are corrupt (checksum mismatch)`);
  return { header, raw };
}
