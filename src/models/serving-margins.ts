/**
 * The least cross-validated gains for which training and loading pick the costlier of two
 * models. Two decisions with the same value: a leaf module, so the CLI's help text and the model
 * cards can state them without loading the model code.
 */

/**
 * How much higher the pooled technique model's CV figure for a language must be for it to serve
 * instead of the language's own model. The pooled model scores a language copy of every feature
 * besides the shared one, which cost about a fifth more technique CPU per English article (stop-19
 * bench); a smaller gain is far inside the fold spread (±0.02), so the cheaper own model serves.
 */
export const POOLED_MIN_GAIN = 0.005;

/**
 * The least cross-validated gain (micro-F1) of a frames pair (own and pooled model deciding
 * together) over the better single model for which it is kept: the pair scores two models per
 * article, doubling the frames stage's cost.
 */
export const COMPANION_MIN_GAIN = 0.005;

/**
 * Whether a language's own genre or frames model is kept beside the pooled one: its
 * cross-validated figure must beat the pooled model's figure for that language; on a tie the
 * pooled model serves, and the own file is not written.
 */
export function keepsOwnArticleModel(own: number, pooled: number): boolean {
  return own > pooled;
}
