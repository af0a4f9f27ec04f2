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
 * Accumulates occurrences into one sparse row, then log-scales (sign · log(1 + |v|)) and
 * L2-normalises it. Reusable: `take()` returns the row and clears the accumulator.
 */
export class RowBuilder implements FeatureSink {
  private readonly acc: Float64Array;
  /** Buckets touched since the last take(), `touchedCount` of them (may repeat). */
  private touched = new Int32Array(1024);
  private touchedCount = 0;
  /** Meta features' sums by bucket, and which buckets have one. */
  private readonly rawAcc: Float64Array;
  private readonly rawBuckets: number[] = [];

  /** Inverse document frequency per bucket (log-scaled), applied before normalisation. */
  idf: Float32Array | null = null;

  constructor(bits: number, idf: Float32Array | null = null) {
    this.acc = new Float64Array(1 << bits);
    this.rawAcc = new Float64Array(1 << bits);
    this.idf = idf;
  }

  add(index: number, value: number, _from?: number, _to?: number, raw = false): void {
    if (raw) {
      if (this.rawAcc[index] === 0) this.rawBuckets.push(index);
      this.rawAcc[index] += value;
      return;
    }
    if (this.acc[index] === 0) this.touch(index);
    this.acc[index] += value;
    // A bucket that cancels back to exactly 0 stays in `touched`; take() drops it.
  }

  private touch(index: number): void {
    if (this.touchedCount === this.touched.length) {
      const bigger = new Int32Array(this.touched.length * 2);
      bigger.set(this.touched);
      this.touched = bigger;
    }
    this.touched[this.touchedCount++] = index;
  }

  /** The finished row; the builder is empty afterwards. */
  take(): SparseRow {
    // Meta features are added after normalisation; mark their buckets as touched too.
    for (const i of this.rawBuckets) if (this.acc[i] === 0) this.touch(i);
    const idx = this.touched.subarray(0, this.touchedCount).sort();
    const indices = new Int32Array(idx.length);
    const values = new Float64Array(idx.length);
    const acc = this.acc;
    const idf = this.idf;
    let count = 0;
    let norm = 0;
    let prev = -1;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k] as number;
      if (i === prev) continue;
      prev = i;
      const raw = acc[i] as number;
      acc[i] = 0;
      const v = raw === 0 ? 0 : Math.sign(raw) * Math.log1p(Math.abs(raw)) * (idf ? (idf[i] as number) : 1);
      indices[count] = i;
      values[count++] = v;
      norm += v * v;
    }
    this.touchedCount = 0;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const rawAcc = this.rawAcc;
    let out = 0;
    for (let k = 0; k < count; k++) {
      const i = indices[k] as number;
      const r = rawAcc[i] as number;
      // An unset meta bucket reads 0 and adds exactly 0, as a missing one did.
      const v = (values[k] as number) * scale + (r === 0 ? 0 : Math.sign(r) * Math.log1p(Math.abs(r)));
      if (v === 0) continue;
      indices[out] = i;
      values[out++] = v;
    }
    for (const i of this.rawBuckets) rawAcc[i] = 0;
    this.rawBuckets.length = 0;
    return { indices: indices.slice(0, out), values: Float32Array.from(values.subarray(0, out)) };
  }
}

/** Smoothed log inverse document frequency of each bucket over `rows`, quantised to 1/16 steps. */
export function inverseDocumentFrequency(rows: SparseRow[], bits: number): Float32Array {
  const df = new Uint32Array(1 << bits);
  for (const r of rows) for (const i of r.indices) df[i] = (df[i] as number) + 1;
  const n = rows.length;
  return Float32Array.from(df, (d) => Math.round(16 * (1 + Math.log((1 + n) / (1 + d)))) / 16);
}
