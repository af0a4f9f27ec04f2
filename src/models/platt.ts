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

/** log(1 + e^z) − t·z, the log-loss of logit z against target t, computed without overflow. */
function logLoss(z: number, t: number): number {
  return (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
}

function plattLoss(margins: ArrayLike<number>, t: Float64Array, a: number, b: number): number {
  let loss = 0;
  for (let i = 0; i < t.length; i++) loss += logLoss(a * (margins[i] as number) + b, t[i] as number);
  return loss;
}

/**
 * Platt scaling with the span tagger's signal beside the margin: σ(a·s + sb·B + si·I + ss·S + b),
 * where B and I are the paragraph's highest B and I emissions of the label's BIO tagger (see
 * `span-signal.ts`) and S the highest margin of the label's sentence model over the paragraph's
 * sentences (see `sentence-signal.ts`). The tagger learnt from the gold spans which words carry
 * the technique and the sentence model which sentences do, so both add what a bag of n-grams over
 * the whole paragraph dilutes. Files without `ss` predate the sentence signal (slope 0).
 */
export interface SpanPlatt extends Platt {
  sb: number;
  si: number;
  ss?: number;
}

/** Calibrated probability of a margin, the label's span signal (B, I) and its sentence signal S. */
export function applySpanPlatt(c: SpanPlatt, margin: number, b: number, i: number, s = 0): number {
  return 1 / (1 + Math.exp(-(c.a * margin + c.sb * b + c.si * i + (c.ss ?? 0) * s + c.b)));
}

/**
 * Fits `SpanPlatt` to out-of-fold margins, span signals, sentence signals (when given) and labels
 * (see `fitLogisticColumns`; a label whose signal is constant, e.g. one the tagger was not trained
 * for, gets a zero slope instead of a singular step).
 */
export function fitSpanPlatt(margins: ArrayLike<number>, b: ArrayLike<number>, i: ArrayLike<number>, labels: ArrayLike<number>, s?: ArrayLike<number>): SpanPlatt {
  const w = fitLogisticColumns(s ? [margins, b, i, s] : [margins, b, i], labels);
  const fit: SpanPlatt = { a: w[0] as number, sb: w[1] as number, si: w[2] as number, b: w[w.length - 1] as number };
  if (s) fit.ss = w[3] as number;
  return fit;
}

/**
 * Platt scaling over two margins of the same label, the model's own (s) and its companion's (t),
 * for example a language's own frames model and the pooled multilingual one: σ(a·s + c·t + b).
 */
export interface PairPlatt extends Platt {
  c: number;
}

/** Calibrated probability of a margin and its companion's margin. */
export function applyPairPlatt(p: PairPlatt, margin: number, companion: number): number {
  return 1 / (1 + Math.exp(-(p.a * margin + p.c * companion + p.b)));
}

/** Fits `PairPlatt` to out-of-fold margins of a model and of its companion (see `fitLogisticColumns`). */
export function fitPairPlatt(margins: ArrayLike<number>, companion: ArrayLike<number>, labels: ArrayLike<number>): PairPlatt {
  const w = fitLogisticColumns([margins, companion], labels);
  return { a: w[0] as number, c: w[1] as number, b: w[2] as number };
}

/**
 * Logistic regression of `labels` on a few dense `columns` plus an intercept: Newton's method on
 * the summed log-loss with Platt's smoothed targets and a ridge (by default a small 1e-3) on the
 * slopes, each step halved until the loss falls enough (backtracking, as `fitPlatt`). Without the
 * line search, columns that nearly separate the labels (a tagger that learnt its set phrases)
 * sent the full steps back and forth into slopes of the wrong sign: a toy corpus's techniques
 * scored 1.00 on every wrong paragraph. Returns one slope per column, then the intercept.
 */
export function fitLogisticColumns(columns: readonly ArrayLike<number>[], labels: ArrayLike<number>, ridge = 1e-3): number[] {
  const n = labels.length;
  let pos = 0;
  for (let k = 0; k < n; k++) pos += labels[k] as number;
  const t = Float64Array.from({ length: n }, (_, k) => ((labels[k] as number) === 1 ? (pos + 1) / (pos + 2) : 1 / (n - pos + 2)));
  const d = columns.length + 1;
  const w = new Array<number>(d).fill(0);
  w[d - 1] = Math.log((pos + 1) / (n - pos + 1));
  const x = new Array<number>(d).fill(1);
  for (let iter = 0; iter < 60; iter++) {
    const g = w.map((v, r) => (r < d - 1 ? ridge * v : 0));
    const H = Array.from({ length: d }, (_, r) => Array.from({ length: d }, (_, c) => (r !== c ? 0 : r < d - 1 ? ridge : 1e-9)));
    for (let k = 0; k < n; k++) {
      let z = 0;
      for (let r = 0; r < d; r++) {
        if (r < d - 1) x[r] = (columns[r] as ArrayLike<number>)[k] as number;
        z += (w[r] as number) * (x[r] as number);
      }
      const p = sigmoid(z);
      const e = p - (t[k] as number);
      const q = p * (1 - p);
      for (let r = 0; r < d; r++) {
        g[r] = (g[r] as number) + e * (x[r] as number);
        const row = H[r] as number[];
        for (let c = 0; c < d; c++) row[c] = (row[c] as number) + q * (x[r] as number) * (x[c] as number);
      }
    }
    const step = solve(H, g);
    // A step that raises the loss (beyond rounding) overshot: halve it until it does not.
    const limit = columnsLoss(columns, t, w, ridge) * (1 + 1e-9);
    let scale = 1;
    while (scale > 1e-8 && columnsLoss(columns, t, w.map((v, r) => v - scale * (step[r] as number)), ridge) > limit) scale /= 2;
    if (scale <= 1e-8) break;
    for (let r = 0; r < d; r++) w[r] = (w[r] as number) - scale * (step[r] as number);
    if (scale * Math.hypot(...step) < 1e-7) break;
  }
  return w;
}

/** The loss `fitLogisticColumns` minimises at weights `w`: log-loss against `t`, plus the ridge on the slopes. */
function columnsLoss(columns: readonly ArrayLike<number>[], t: Float64Array, w: readonly number[], ridge: number): number {
  const d = w.length;
  let loss = 0;
  for (let r = 0; r < d - 1; r++) loss += (ridge / 2) * (w[r] as number) ** 2;
  for (let k = 0; k < t.length; k++) {
    let z = w[d - 1] as number;
    for (let r = 0; r < d - 1; r++) z += (w[r] as number) * ((columns[r] as ArrayLike<number>)[k] as number);
    loss += logLoss(z, t[k] as number);
  }
  return loss;
}

/** Solves `A x = y` by Gaussian elimination with partial pivoting (A small and positive definite). */
function solve(A: number[][], y: number[]): number[] {
  const d = y.length;
  const m = A.map((row, r) => [...row, y[r] as number]);
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c] as number[];
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let k = c; k <= d; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
  }
  return m.map((row, r) => (row[d] as number) / (row[r] as number));
}
