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
  private readonly touched: number[] = [];
  private readonly raw = new Map<number, number>();

  /** Inverse document frequency per bucket (log-scaled), applied before normalisation. */
  idf: Float32Array | null = null;

  constructor(bits: number, idf: Float32Array | null = null) {
    this.acc = new Float64Array(1 << bits);
    this.idf = idf;
  }

  add(index: number, value: number, _from?: number, _to?: number, raw = false): void {
    if (raw) {
      this.raw.set(index, (this.raw.get(index) ?? 0) + value);
      return;
    }
    if (this.acc[index] === 0) this.touched.push(index);
    this.acc[index] += value;
    // A bucket that cancels back to exactly 0 stays in `touched`; take() drops it.
  }

  /** The finished row; the builder is empty afterwards. */
  take(): SparseRow {
    for (const [i, v] of this.raw) {
      // Meta features are added after normalisation; mark their buckets as touched too.
      if (this.acc[i] === 0) this.touched.push(i);
    }
    const idx = Int32Array.from(this.touched).sort();
    const indices = new Int32Array(idx.length);
    const values = new Float64Array(idx.length);
    let count = 0;
    let norm = 0;
    let prev = -1;
    for (const i of idx) {
      if (i === prev) continue;
      prev = i;
      const raw = this.acc[i] as number;
      this.acc[i] = 0;
      const v = raw === 0 ? 0 : Math.sign(raw) * Math.log1p(Math.abs(raw)) * (this.idf ? (this.idf[i] as number) : 1);
      indices[count] = i;
      values[count++] = v;
      norm += v * v;
    }
    this.touched.length = 0;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    let out = 0;
    for (let k = 0; k < count; k++) {
      const i = indices[k] as number;
      const r = this.raw.get(i);
      const v = (values[k] as number) * scale + (r === undefined ? 0 : Math.sign(r) * Math.log1p(Math.abs(r)));
      if (v === 0) continue;
      indices[out] = i;
      values[out++] = v;
    }
    this.raw.clear();
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
