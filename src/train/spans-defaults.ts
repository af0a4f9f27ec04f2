/**
 * Defaults of `slant train spans`, as used for the shipped models (kept apart so the CLI can show
 * them without loading training code). The technique models' out-of-fold span signal uses the
 * same settings (span-signal-oof.ts), so changing them means retraining those too.
 *
 * Epochs: 8 passes over 3 raised technique-aware span F1 in every language (grouped 5-fold CV:
 * en 0.245 → 0.258, fr 0.152 → 0.169, de 0.232 → 0.238, it 0.229 → 0.245, pl 0.187 → 0.190,
 * ru 0.195 → 0.198); Italian went 0.239 / 0.245 / 0.247 at 5 / 8 / 12 passes.
 */
export const SPAN_TRAIN_DEFAULTS = { folds: 5, seed: 1, epochs: 8, bits: 18, missCost: 3, minSpans: 10 } as const;
