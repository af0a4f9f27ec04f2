/**
 * int8 quantisation of label-minor weights with one scale per label, and pruning of weights that
 * round to zero. Keeps a 2^18 × 23 model at one byte per weight before compression.
 */

/** Quantised weights: `q[feature * labels + label] * scales[label]` ≈ the float weight. */
export interface QuantisedWeights {
  q: Int8Array;
  scales: Float32Array;
}

/** Quantises `weights` (label-minor, `labelCount` labels) to int8 with per-label scales. */
export function quantise(weights: Float32Array, labelCount: number): QuantisedWeights {
  const L = labelCount;
  const max = new Float64Array(L);
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i] as number);
    if (a > (max[i % L] as number)) max[i % L] = a;
  }
  const scales = Float32Array.from(max, (m) => (m > 0 ? m / 127 : 1));
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round((weights[i] as number) / (scales[i % L] as number));
  return { q, scales };
}
