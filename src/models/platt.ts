/**
 * Platt scaling: maps a label's raw margin s to a calibrated probability σ(a·s + b), fitted on
 * out-of-fold margins with Platt's smoothed targets (Newton's method on the log-loss).
 */

/** The two calibration parameters of one label. */
export interface Platt {
  a: number;
  b: number;
}

/** Calibrated probability of a margin. */
export function applyPlatt(c: Platt, margin: number): number {
  return 1 / (1 + Math.exp(-(c.a * margin + c.b)));
}

/**
 * Fits σ(a·s + b) to (margins, labels): Newton's method with backtracking line search on the
 * smoothed log-loss (Lin, Lin & Weng 2007), which stays stable on separable or extreme margins.
 */
export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>): Platt {
  const n = margins.length;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += labels[i] as number;
  const t = Float64Array.from({ length: n }, (_, i) => ((labels[i] as number) === 1 ? (pos + 1) / (pos + 2) : 1 / (n - pos + 2)));
  let a = 0;
  let b = Math.log((pos + 1) / (n - pos + 1));
  let loss = plattLoss(margins, t, a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
    for (let i = 0; i < n; i++) {
      const s = margins[i] as number;
      const p = sigmoid(a * s + b);
      const d = p - (t[i] as number);
      const w = p * (1 - p);
      ga += d * s; gb += d;
      haa += w * s * s; hab += w * s; hbb += w;
    }
    if (Math.abs(ga) < 1e-6 && Math.abs(gb) < 1e-6) break;
    const det = haa * hbb - hab * hab;
    const da = -(hbb * ga - hab * gb) / det;
    const db = -(haa * gb - hab * ga) / det;
    let step = 1;
    while (step > 1e-8) {
      const next = plattLoss(margins, t, a + step * da, b + step * db);
      if (next < loss + 1e-4 * step * (ga * da + gb * db)) { a += step * da; b += step * db; loss = next; break; }
      step /= 2;
    }
    if (step <= 1e-8) break;
  }
  return { a, b };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function plattLoss(margins: ArrayLike<number>, t: Float64Array, a: number, b: number): number {
  let loss = 0;
  for (let i = 0; i < t.length; i++) {
    const z = a * (margins[i] as number) + b;
    const ti = t[i] as number;
    // log(1 + e^z) − t·z, computed without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - ti * z;
  }
  return loss;
}
