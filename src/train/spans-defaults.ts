/** Defaults of `slant train spans`, as used for the shipped models (kept apart so the CLI can show them without loading training code). */
export const SPAN_TRAIN_DEFAULTS = { folds: 5, seed: 1, epochs: 3, bits: 18, missCost: 3, minSpans: 10 } as const;
