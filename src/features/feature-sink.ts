/**
 * Where extracted features go. Training collects only indices and values; explaining also keeps
 * which tokens produced each feature (provenance is computed only when asked for).
 */

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

/** `sign(v) · log(1 + |v|)` (0 for 0), the row's scaling of a summed bucket. */
function signedLog(v: number): number {
  return v === 0 ? 0 : Math.sign(v) * log1pMemo(Math.abs(v));
}

/**
 * Accumulates occurrences into one sparse row, then log-scales (sign · log(1 + |v|)) and
 * L2-normalises it. Reusable: `take()` returns the row and clears the accumulator.
 */
export class RowBuilder implements FeatureSink {
  private readonly acc: Float64Array;
  /** Touched buckets as a two-level bitmap: bit i of `bits`, and bit i/32 of `words` (sorted, unique read-out). */
  private readonly bits: Uint32Array;
  private readonly words: Uint32Array;
  private touchedCount = 0;
  /** Meta features' sums by bucket, and which buckets have one. */
  private readonly rawAcc: Float64Array;
  private readonly rawBuckets: number[] = [];
  /** Scratch of `takeView()`, grown as needed. */
  private scratchIndices = new Int32Array(1024);
  private scratchValues = new Float64Array(1024);
  private scratchOut = new Float32Array(1024);

  /** Inverse document frequency per bucket (log-scaled), applied before normalisation. */
  idf: Float32Array | null = null;

  constructor(bits: number, idf: Float32Array | null = null) {
    this.acc = new Float64Array(1 << bits);
    this.rawAcc = new Float64Array(1 << bits);
    this.bits = new Uint32Array(Math.max(1, (1 << bits) >>> 5));
    this.words = new Uint32Array(Math.max(1, (1 << bits) >>> 10));
    this.idf = idf;
  }

  add(index: number, value: number, _from?: number, _to?: number, raw = false): void {
    if (raw) {
      if (this.rawAcc[index] === 0) this.rawBuckets.push(index);
      this.rawAcc[index] += value;
      return;
    }
    this.touch(index);
    this.acc[index] += value;
    // A bucket that cancels back to exactly 0 stays touched; take() drops it.
  }

  private touch(index: number): void {
    const w = index >>> 5;
    const bit = 1 << (index & 31);
    const old = this.bits[w] as number;
    if ((old & bit) !== 0) return;
    this.bits[w] = old | bit;
    this.words[w >>> 5] = (this.words[w >>> 5] as number) | (1 << (w & 31));
    this.touchedCount++;
  }

  /** The touched buckets in increasing order, into `out` (grown when short); clears the bitmap. */
  private drainTouched(): Int32Array {
    if (this.scratchIndices.length < this.touchedCount) this.grow(this.touchedCount);
    const out = this.scratchIndices;
    const { bits, words } = this;
    let count = 0;
    for (let hi = 0; hi < words.length; hi++) {
      let ws = words[hi] as number;
      if (ws === 0) continue;
      words[hi] = 0;
      while (ws !== 0) {
        const low = ws & -ws;
        const w = (hi << 5) | (31 - Math.clz32(low));
        ws ^= low;
        let b = bits[w] as number;
        bits[w] = 0;
        while (b !== 0) {
          const lb = b & -b;
          out[count++] = (w << 5) | (31 - Math.clz32(lb));
          b ^= lb;
        }
      }
    }
    this.touchedCount = 0;
    return out.subarray(0, count);
  }

  private grow(size: number): void {
    let n = this.scratchIndices.length;
    while (n < size) n *= 2;
    this.scratchIndices = new Int32Array(n);
    this.scratchValues = new Float64Array(n);
    this.scratchOut = new Float32Array(n);
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
    // Meta features are added after normalisation; mark their buckets as touched too.
    for (const i of this.rawBuckets) this.touch(i);
    const indices = this.drainTouched();
    const values = this.scratchValues;
    const acc = this.acc;
    const idf = this.idf;
    const n = indices.length;
    let norm = 0;
    for (let k = 0; k < n; k++) {
      const i = indices[k] as number;
      const raw = acc[i] as number;
      acc[i] = 0;
      const v = raw === 0 ? 0 : signedLog(raw) * (idf ? (idf[i] as number) : 1);
      values[k] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const rawAcc = this.rawAcc;
    const outValues = this.scratchOut;
    let out = 0;
    for (let k = 0; k < n; k++) {
      const i = indices[k] as number;
      const r = rawAcc[i] as number;
      // An unset meta bucket reads 0 and adds exactly 0, as a missing one did.
      const v = (values[k] as number) * scale + (r === 0 ? 0 : signedLog(r));
      if (v === 0) continue;
      indices[out] = i;
      outValues[out++] = v;
    }
    for (const i of this.rawBuckets) rawAcc[i] = 0;
    this.rawBuckets.length = 0;
    return { indices: indices.subarray(0, out), values: outValues.subarray(0, out) };
  }
}

/** Smoothed log inverse document frequency of each bucket over `rows`, quantised to 1/16 steps. */
export function inverseDocumentFrequency(rows: SparseRow[], bits: number): Float32Array {
  const df = new Uint32Array(1 << bits);
  for (const r of rows) for (const i of r.indices) df[i] = (df[i] as number) + 1;
  const n = rows.length;
  return Float32Array.from(df, (d) => Math.round(16 * (1 + Math.log((1 + n) / (1 + d)))) / 16);
}
