/**
 * Where extracted features go. Training collects only indices and values; explaining also keeps
 * which tokens produced each feature (provenance is computed only when asked for).
 */

import { BucketSums } from './bucket-sums.js';

/** Receives one feature occurrence: hashed bucket, signed value, and the tokens behind it. */
export interface FeatureSink {
  /**
   * @param index bucket in `[0, 2^bits)`
   * @param value signed value (hash sign times group weight)
   * @param tokenFrom first token (index in the paragraph's tokens) or -1 for a non-token feature
   * @param tokenTo last token, inclusive (or -1)
   * @param raw true for dense-like meta features (length, position, cue counts) that are kept out
   *   of the row's L2 normalisation so that they keep their strength
   */
  add(index: number, value: number, tokenFrom: number, tokenTo: number, raw?: boolean): void;
}

/** A sparse row: sorted unique indices and their values. */
export interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
}

/**
 * `Math.log1p(x)` through a small direct-mapped memo: rows hold few distinct sums (group weights
 * and their small multiples), and log1p is a slow library call. A hit returns the very number
 * Math.log1p returned for the same argument, so results are unchanged.
 */
const LOG_SLOTS = 4096;
const logKeys = new Float64Array(LOG_SLOTS).fill(NaN);
const logValues = new Float64Array(LOG_SLOTS);
function log1pMemo(x: number): number {
  const slot = (x * 4099) & (LOG_SLOTS - 1);
  if (logKeys[slot] === x) return logValues[slot] as number;
  const y = Math.log1p(x);
  logKeys[slot] = x;
  logValues[slot] = y;
  return y;
}

/** `values` × 16 as bytes when each is k/16 for a whole k in 0 … 255 (so k / 16 gives it back exactly), else null. */
function sixteenths(values: Float32Array): Uint8Array | null {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const k = (values[i] as number) * 16;
    if (!(k >= 0 && k <= 255 && Number.isInteger(k))) return null;
    out[i] = k;
  }
  return out;
}

/** `sign(v) · log(1 + |v|)` (0 for 0), the row's scaling of a summed bucket. */
function signedLog(v: number): number {
  return v === 0 ? 0 : Math.sign(v) * log1pMemo(Math.abs(v));
}

/**
 * Accumulates occurrences into one sparse row, then log-scales (sign · log(1 + |v|)) and
 * L2-normalises it. Reusable: `take()` returns the row and clears the accumulator.
 */
export class RowBuilder implements FeatureSink {
  /** Normalised features' occurrences, and the meta features' ones (kept out of the norm). */
  private readonly occ: BucketSums;
  private readonly raw: BucketSums;
  /** Scratch of `takeView()`, grown as needed. */
  private scratchIndices = new Int32Array(1024);
  private scratchValues = new Float64Array(1024);
  private scratchOut = new Float32Array(1024);

  private idfValues: Float32Array | null = null;
  /** `idfValues` × 16 as bytes when every value is a whole number of sixteenths in 0 … 255/16 (4× less memory to miss in). */
  private idfSteps: Uint8Array | null = null;

  /** The L2 normalisation factor (1 / norm) of the last row `takeView()` finished. */
  lastNormScale = 1;

  /** Inverse document frequency per bucket (log-scaled), applied before normalisation. */
  get idf(): Float32Array | null {
    return this.idfValues;
  }
  set idf(values: Float32Array | null) {
    this.idfValues = values;
    this.idfSteps = values ? sixteenths(values) : null;
  }
  /** `idf` × 16 as bytes (`steps[i] / 16 === idf[i]` exactly), or null when it does not fit them. */
  get idfSixteenths(): Uint8Array | null {
    return this.idfSteps;
  }

  constructor(bits: number, idf: Float32Array | null = null) {
    this.occ = new BucketSums(bits);
    this.raw = new BucketSums(bits);
    this.idf = idf;
  }

  add(index: number, value: number, _from?: number, _to?: number, raw = false): void {
    if (raw) this.raw.push(index, value);
    else this.occ.push(index, value);
  }

  /** Normalised occurrences of hashed features in bulk (see `BucketSums.pushHashes`). */
  addHashes(hashes: Uint32Array, mask: number, weight: number, langSeed: number, copyWeight = weight): void {
    this.occ.pushHashes(hashes, hashes.length, mask, weight, langSeed, copyWeight);
  }

  /** The finished row; the builder is empty afterwards. */
  take(): SparseRow {
    const { indices, values } = this.takeView();
    return { indices: indices.slice(), values: values.slice() };
  }

  /**
   * The finished row as views of the builder's scratch (the same numbers as `take()`), valid
   * until the next call: for scoring, which reads the row once.
   */
  takeView(): SparseRow {
    const n = this.occ.sum();
    const m = this.raw.sum();
    if (this.scratchIndices.length < n + m) this.grow(n + m);
    // Every touched bucket (normalised or meta) in increasing order; meta-only ones count 0 here.
    const indices = this.scratchIndices;
    const values = this.scratchValues;
    const { buckets, sums } = this.occ;
    const rawBuckets = this.raw.buckets;
    const idf = this.idfValues;
    const steps = this.idfSteps;
    let count = 0;
    let norm = 0;
    for (let a = 0, b = 0; a < n || b < m; ) {
      const i = a < n ? (buckets[a] as number) : Infinity;
      const j = b < m ? (rawBuckets[b] as number) : Infinity;
      let v = 0;
      if (i <= j) {
        const sum = sums[a++] as number;
        v = sum === 0 ? 0 : signedLog(sum) * (steps ? (steps[i] as number) / 16 : idf ? (idf[i] as number) : 1);
        if (i === j) b++;
      } else b++;
      indices[count] = i <= j ? i : j;
      values[count++] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    this.lastNormScale = scale;
    const rawSums = this.raw.sums;
    const outValues = this.scratchOut;
    let out = 0;
    for (let k = 0, b = 0; k < count; k++) {
      const i = indices[k] as number;
      let r = 0;
      if (b < m && rawBuckets[b] === i) r = rawSums[b++] as number;
      // A bucket without meta features adds exactly 0, as before.
      const v = (values[k] as number) * scale + (r === 0 ? 0 : signedLog(r));
      if (v === 0) continue;
      indices[out] = i;
      outValues[out++] = v;
    }
    return { indices: indices.subarray(0, out), values: outValues.subarray(0, out) };
  }

  private grow(size: number): void {
    let n = this.scratchIndices.length;
    while (n < size) n *= 2;
    this.scratchIndices = new Int32Array(n);
    this.scratchValues = new Float64Array(n);
    this.scratchOut = new Float32Array(n);
  }
}

/** Smoothed log inverse document frequency of each bucket over `rows`, quantised to 1/16 steps. */
export function inverseDocumentFrequency(rows: SparseRow[], bits: number): Float32Array {
  const df = new Uint32Array(1 << bits);
  for (const r of rows) for (const i of r.indices) df[i] = (df[i] as number) + 1;
  const n = rows.length;
  return Float32Array.from(df, (d) => Math.round(16 * (1 + Math.log((1 + n) / (1 + d)))) / 16);
}
