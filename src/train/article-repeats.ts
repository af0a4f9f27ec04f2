/**
 * How `slant train genre|frames` cross-validates: how many times it repeats the cross-validation
 * when given no `--repeats` (what the shipped files were cross-validated with, so that one command
 * retrains a shipped folder byte for byte), and how it draws the folds. A leaf module, so the
 * CLI's help text can state them without loading the training code.
 */

/**
 * Repeats per task: for the pooled model, and for each language's own model (for frames also
 * the repeats of the pooled model's out-of-fold margins that the own models decide with). The own
 * frames models take 6 because their figures choose between them, the pooled model and the pair.
 * Genre takes 12 (2 before stop 42): its folds hold 2–4 satire articles of a language, so a
 * 2 × 5 mean moved by up to 0.05 with the fold seed, and it chooses between the own and the
 * pooled file; 12 × 5 folds train in about 3 minutes on two cores.
 */
export const ARTICLE_REPEATS: Record<'genre' | 'frames', { pooled: number; own: number }> = {
  genre: { pooled: 12, own: 12 },
  frames: { pooled: 2, own: 6 },
};

/**
 * How the folds of a task are drawn, as logs, help, model headers (`cv.grouping`) and cards say
 * it: genre folds are also stratified (`genreFolds` in genre-frames-cv.ts).
 */
export function foldGrouping(task: 'genre' | 'frames'): string {
  return task === 'genre' ? 'article, stratified by language and genre' : 'article';
}
