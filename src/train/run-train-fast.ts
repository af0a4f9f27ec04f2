/**
 * `slant train fast` as a function: trains the fast model set (src/train/fast-settings.ts) over
 * the six languages of the SemEval layout (or those asked for: the pooled files then know only
 * them, and treat the others as languages without training data), prints the cross-validated figures, and writes
 * `<out>/fast/{techniques,genre,frames}.slm`, `frames-<lang>.slm` for the languages whose own
 * frames model beats the pooled one, and their `MODEL_CARD.md`.
 */
import { writeFileSync } from 'node:fs';
import { removeLosingOwnFile } from './genre-frames-run.js';
import path from 'node:path';
import { makeFoldersSync } from '../make-folders.js';
import { TECHNIQUES } from '../labels.js';
import { FOLDER_LANG, isoOf } from './semeval-corpus.js';
import { techniqueCorpus, articleCorpus } from './train-jobs.js';
import { trainTechniqueModel } from './train-techniques.js';
import { trainArticleModel } from './genre-frames-train.js';
import { formatCv } from './run-train-techniques.js';
import { ARTICLE_REPEATS } from './article-repeats.js';
import { DEFAULT_THRESHOLDS } from '../models/thresholds.js';
import { keepsOwnArticleModel } from '../models/serving-margins.js';
import { FAST_ARTICLE, FAST_ARTICLE_SETTINGS, FAST_NGRAMS, FAST_OWN_FRAMES, FAST_SVM, FAST_TECHNIQUE_FEATURES } from './fast-settings.js';
import { FAST_FILES, ownFramesFile } from '../models/fast-models.js';
import type { ArticleCorpus } from './genre-frames-corpus.js';
import type { LanguageFigure } from './genre-frames-cv.js';
import { foldGrouping } from './article-repeats.js';
import { writeFastModelCard } from './fast-model-card.js';

/** Options of a training run, as the CLI passes them. */
export interface RunTrainFastOptions {
  data: string;
  /** Languages to train on (ISO or SemEval codes); empty for all six. */
  langs?: readonly string[];
  out: string;
  folds: number;
  seed: number;
}

/** Runs the training and returns the written files. */
export async function runTrainFast(o: RunTrainFastOptions, log: (line: string) => void): Promise<string[]> {
  const langs = o.langs?.length ? o.langs.map(isoOf) : Object.values(FOLDER_LANG);
  // Every corpus is read (and checked) before any training starts, so a bad file stops the run at once.
  const techniques = langs.map((l) => techniqueCorpus(o.data, l));
  const genre = await Promise.all(langs.map((l) => articleCorpus(o.data, l, 1)));
  const frames = await Promise.all(langs.map((l) => articleCorpus(o.data, l, 2)));
  const dir = path.join(o.out, 'fast');
  makeFoldersSync(dir);
  const written: string[] = [];
  const write = (file: string, bytes: Uint8Array, started: number): void => {
    const at = path.join(dir, file);
    writeFileSync(at, bytes);
    written.push(at);
    log(`wrote ${at} (${(bytes.byteLength / 1048576).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };

  /** Each language's own frames model, written where it beats the pooled one's figure `pooled` for it (else removed). */
  const ownFrames = (pooled: readonly LanguageFigure[], corpora: readonly ArticleCorpus[]): void => {
    const s = FAST_OWN_FRAMES;
    const repeats = ARTICLE_REPEATS.frames.own;
    for (const [i, lang] of langs.entries()) {
      const began = Date.now();
      const corpus = corpora[i] as ArticleCorpus;
      log(`training fast frames for ${lang}, ${repeats} × ${o.folds}-fold CV grouped by article`);
      const m = trainArticleModel(corpus.rows, {
        task: 'frames', id: `fast-frames-${lang}`, labels: s.labels, base: FAST_NGRAMS, article: FAST_ARTICLE, learner: s.learner, thresholds: s.thresholds,
        folds: o.folds, repeats, seed: o.seed, files: corpus.files,
      });
      const mine = m.cv[0]?.value.mean ?? 0;
      const rival = pooled.find((c) => c.lang === lang)?.value.mean ?? 0;
      if (keepsOwnArticleModel(mine, rival)) {
        log(`${lang}: micro-F1 ${mine.toFixed(3)} against the pooled model's ${rival.toFixed(3)}`);
        write(ownFramesFile(lang), m.bytes, began);
      } else {
        log(`kept the pooled fast frames model for ${lang}: micro-F1 ${rival.toFixed(3)} against ${mine.toFixed(3)} for its own (not written${removeLosingOwnFile(path.join(dir, ownFramesFile(lang)), lang)})`);
      }
    }
  };

  let started = Date.now();
  log(`training fast techniques (${langs.join(', ')}), ${o.folds}-fold CV grouped by article`);
  const t = trainTechniqueModel(techniques.flatMap((c) => c.rows), {
    id: 'fast-techniques', labels: TECHNIQUES, features: FAST_TECHNIQUE_FEATURES, learner: FAST_SVM, thresholds: DEFAULT_THRESHOLDS,
    folds: o.folds, innerFolds: 0, seed: o.seed, files: techniques.flatMap((c) => c.files),
  }, log);
  for (const c of t.cv) log(formatCv(c));
  write(FAST_FILES.techniques, t.bytes, started);

  for (const [task, corpora] of [['genre', genre], ['frames', frames]] as const) {
    started = Date.now();
    const s = FAST_ARTICLE_SETTINGS[task];
    const repeats = ARTICLE_REPEATS[task].pooled;
    log(`training fast ${task} (${langs.join(', ')}), ${repeats} × ${o.folds}-fold CV grouped by ${foldGrouping(task)}`);
    const m = trainArticleModel(corpora.flatMap((c) => c.rows), {
      task, id: `fast-${task}`, labels: s.labels, base: FAST_NGRAMS, article: FAST_ARTICLE, learner: s.learner, thresholds: s.thresholds,
      folds: o.folds, repeats, seed: o.seed, files: corpora.flatMap((c) => c.files), ...(s.cueLangs ? { cueLangs: s.cueLangs } : {}),
      // A language without training data is decided by its style, as in the full analysis.
      // An article in an unseen script gets the most common frames, as in the full analysis.
      ...(task === 'genre' ? { unseenCues: true } : { framePriors: true }),
    }, log);
    const metric = task === 'genre' ? 'macro-F1' : 'micro-F1';
    for (const c of m.cv) log(`${c.lang}: ${metric} ${c.value.mean.toFixed(3)} ± ${c.value.std.toFixed(3)} (${c.values.length} folds)`);
    write(FAST_FILES[task], m.bytes, started);
    if (task === 'frames') ownFrames(m.cv, corpora);
  }
  written.push(writeFastModelCard(dir, { task: 'fast', data: o.data, langs: langs }));
  return written;
}
