/**
 * How many times `slant train genre|frames` repeats its cross-validation when given no
 * `--repeats`: what the shipped files were cross-validated with, so that one command retrains a
 * shipped folder byte for byte. A leaf module, so the CLI's help text can state it without loading
 * the training code.
 */

/**
 * Repeats per task: for the pooled model, and for each language's own model (for frames also
 * the repeats of the pooled model's out-of-fold margins that the own models decide with). The own
 * frames models take 6 because their figures choose between them, the pooled model and the pair.
 */
export const ARTICLE_REPEATS: Record<'genre' | 'frames', { pooled: number; own: number }> = {
  genre: { pooled: 2, own: 2 },
  frames: { pooled: 2, own: 6 },
};
