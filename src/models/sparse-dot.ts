/**
 * The scoring loop of the linear models: adds `Σ_k (values[k] · q[indices[k]·L + l]) · scales[l]`
 * to `out[l]` for every label l, with the terms of each label summed in row order, so every margin
 * is bit-identical to the plain feature-by-feature loop. Labels go four at a time with their sums
 * in locals: four independent chains instead of one memory round-trip per term.
 */

/**
 * Adds the sparse row `(indices, values)` times the quantised weights `q` (feature-major, `L` per
 * bucket, dequantised by `scales`) to `out`. `stride`: the distance between buckets in `q` (≥ L; a
 * padded copy keeps every bucket's weights inside one cache line).
 * @example
 * const m = Float64Array.from(bias); addSparseDot(row.indices, row.values, q, scales, bias.length, m);
 */
export function addSparseDot(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, L: number, out: Float64Array, stride = L): void {
  const n = indices.length;
  let l = 0;
  for (; l + 3 < L; l += 4) {
    let a0 = out[l] as number, a1 = out[l + 1] as number, a2 = out[l + 2] as number, a3 = out[l + 3] as number;
    const s0 = scales[l] as number, s1 = scales[l + 1] as number, s2 = scales[l + 2] as number, s3 = scales[l + 3] as number;
    for (let k = 0; k < n; k++) {
      const base = (indices[k] as number) * stride + l;
      const v = values[k] as number;
      // (v × q) × scale, in this order: the sums must stay bit-identical to the trained model's.
      a0 += v * (q[base] as number) * s0;
      a1 += v * (q[base + 1] as number) * s1;
      a2 += v * (q[base + 2] as number) * s2;
      a3 += v * (q[base + 3] as number) * s3;
    }
    out[l] = a0; out[l + 1] = a1; out[l + 2] = a2; out[l + 3] = a3;
  }
  for (; l < L; l++) {
    let a = out[l] as number;
    const s = scales[l] as number;
    for (let k = 0; k < n; k++) a += (values[k] as number) * (q[(indices[k] as number) * stride + l] as number) * s;
    out[l] = a;
  }
}

/**
 * `q` (feature-major, `L` weights per bucket) re-laid with each bucket at a multiple of `stride`
 * bytes, the next power of two ≥ L up to 64, so no bucket straddles two cache lines; the same
 * int8 values. Returns `q` itself with stride `L` when L is 0 or above 64.
 * @example
 * const [padded, stride] = padWeightRows(q, 23); // stride 32: padded[b * 32 + l] === q[b * 23 + l]
 */
export function padWeightRows(q: Int8Array, L: number): [Int8Array, number] {
  if (L === 0 || L > 64) return [q, L];
  let stride = 1;
  while (stride < L) stride *= 2;
  if (stride === L) return [q, L];
  const rows = q.length / L;
  const out = new Int8Array(rows * stride);
  for (let r = 0; r < rows; r++) for (let l = 0; l < L; l++) out[r * stride + l] = q[r * L + l] as number;
  return [out, stride];
}
