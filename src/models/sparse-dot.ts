/**
 * The scoring loop of the linear models: adds `Σ_k (values[k] · q[indices[k]·L + l]) · scales[l]`
 * to `out[l]` for every label l, with the terms of each label summed in row order, so every margin
 * is bit-identical to the plain feature-by-feature loop. Labels go eight, four, then the last one
 * to three at a time with their sums in locals: independent chains instead of one memory round-trip
 * per term, and few passes over the row (14 frames: 3; 3 genres: 1).
 */

/**
 * Adds the sparse row `(indices, values)` times the quantised weights `q` (feature-major, `L` per
 * bucket, dequantised by `scales`) to `out`. `stride`: the distance between buckets in `q` (≥ L; a
 * padded copy keeps every bucket's weights inside one cache line).
 * @example
 * const m = Float64Array.from(bias); addSparseDot(row.indices, row.values, q, scales, bias.length, m);
 */
export function addSparseDot(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, L: number, out: Float64Array, stride = L): void {
  let l = 0;
  for (; l + 7 < L; l += 8) dot8(indices, values, q, scales, out, stride, l);
  for (; l + 3 < L; l += 4) dot4(indices, values, q, scales, out, stride, l);
  if (L - l === 3) dot3(indices, values, q, scales, out, stride, l);
  else if (L - l === 2) dot2(indices, values, q, scales, out, stride, l);
  else if (L - l === 1) dot1(indices, values, q, scales, out, stride, l);
}

// One pass over the row per block of labels; within a block each label keeps its own sum, so
// every margin takes its terms in row order whatever the block size. (v × q) × scale, in this
// order: the sums must stay bit-identical to the trained model's.

function dot8(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, out: Float64Array, stride: number, l: number): void {
  let a0 = out[l] as number, a1 = out[l + 1] as number, a2 = out[l + 2] as number, a3 = out[l + 3] as number;
  let a4 = out[l + 4] as number, a5 = out[l + 5] as number, a6 = out[l + 6] as number, a7 = out[l + 7] as number;
  const s0 = scales[l] as number, s1 = scales[l + 1] as number, s2 = scales[l + 2] as number, s3 = scales[l + 3] as number;
  const s4 = scales[l + 4] as number, s5 = scales[l + 5] as number, s6 = scales[l + 6] as number, s7 = scales[l + 7] as number;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] as number) * stride + l;
    const v = values[k] as number;
    a0 += v * (q[base] as number) * s0;
    a1 += v * (q[base + 1] as number) * s1;
    a2 += v * (q[base + 2] as number) * s2;
    a3 += v * (q[base + 3] as number) * s3;
    a4 += v * (q[base + 4] as number) * s4;
    a5 += v * (q[base + 5] as number) * s5;
    a6 += v * (q[base + 6] as number) * s6;
    a7 += v * (q[base + 7] as number) * s7;
  }
  out[l] = a0; out[l + 1] = a1; out[l + 2] = a2; out[l + 3] = a3;
  out[l + 4] = a4; out[l + 5] = a5; out[l + 6] = a6; out[l + 7] = a7;
}

function dot4(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, out: Float64Array, stride: number, l: number): void {
  let a0 = out[l] as number, a1 = out[l + 1] as number, a2 = out[l + 2] as number, a3 = out[l + 3] as number;
  const s0 = scales[l] as number, s1 = scales[l + 1] as number, s2 = scales[l + 2] as number, s3 = scales[l + 3] as number;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] as number) * stride + l;
    const v = values[k] as number;
    a0 += v * (q[base] as number) * s0;
    a1 += v * (q[base + 1] as number) * s1;
    a2 += v * (q[base + 2] as number) * s2;
    a3 += v * (q[base + 3] as number) * s3;
  }
  out[l] = a0; out[l + 1] = a1; out[l + 2] = a2; out[l + 3] = a3;
}

function dot3(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, out: Float64Array, stride: number, l: number): void {
  let a0 = out[l] as number, a1 = out[l + 1] as number, a2 = out[l + 2] as number;
  const s0 = scales[l] as number, s1 = scales[l + 1] as number, s2 = scales[l + 2] as number;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] as number) * stride + l;
    const v = values[k] as number;
    a0 += v * (q[base] as number) * s0;
    a1 += v * (q[base + 1] as number) * s1;
    a2 += v * (q[base + 2] as number) * s2;
  }
  out[l] = a0; out[l + 1] = a1; out[l + 2] = a2;
}

function dot2(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, out: Float64Array, stride: number, l: number): void {
  let a0 = out[l] as number, a1 = out[l + 1] as number;
  const s0 = scales[l] as number, s1 = scales[l + 1] as number;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] as number) * stride + l;
    const v = values[k] as number;
    a0 += v * (q[base] as number) * s0;
    a1 += v * (q[base + 1] as number) * s1;
  }
  out[l] = a0; out[l + 1] = a1;
}

function dot1(indices: Int32Array, values: Float32Array, q: Int8Array, scales: Float64Array, out: Float64Array, stride: number, l: number): void {
  let a = out[l] as number;
  const s = scales[l] as number;
  for (let k = 0; k < indices.length; k++) a += (values[k] as number) * (q[(indices[k] as number) * stride + l] as number) * s;
  out[l] = a;
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
