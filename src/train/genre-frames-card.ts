/**
 * `MODEL_CARD.md` of the genre or frames models, generated from the model files in the folder
 * (their headers hold the data fingerprint, settings and cross-validated figures).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelHeader } from '../models/model-file.js';
import { languageCopyWeight } from '../features/feature-config.js';
import { readModelFiles } from './model-header-parts.js';
import { COMPANION_MIN_GAIN } from '../models/serving-margins.js';
import { ARTICLE_REPEATS, foldGrouping } from './article-repeats.js';
import { CALIBRATION_NOTE, calibrationCells, trainRunNote, type TrainRun } from './model-card.js';
import type { CalibrationSummary } from '../eval/calibration.js';
import { INTERVAL_NOTE, intervalCell, type CvInterval } from './cv-interval.js';

interface CvBlock {
  folds: number;
  repeats: number;
  metric: string;
  perLanguage: { lang: string; mean: number; std: number; calibration?: CalibrationSummary; interval?: CvInterval }[];
  /** Frames models trained beside the pooled one: each decision's figure on the same folds. */
  decisions?: { own: number; companion: number; both: number; kept: 'own' | 'both' };
  /** The pooled frames model: per language with word vectors, each decision's figure on the same folds. */
  vectorDecisions?: Record<string, { margin: number; vectors: number; both: number; kept: 'margin' | 'both' }>;
}

/** Writes `<dir>/MODEL_CARD.md` describing every `<task>*.slm` in `dir`; returns its path. */
export function writeArticleModelCard(task: 'genre' | 'frames', dir: string, run?: TrainRun): string {
  const files = readModelFiles(dir, task);
  const lines = [
    `# slant ${task} model${files.length > 1 ? 's' : ''}`,
    '',
    ...trainRunNote(run),
    task === 'genre'
      ? 'Genre of a whole article: `opinion`, `reporting` or `satire`, with a probability for each (one-vs-rest linear model, margins Platt-calibrated per language and normalised to sum to 1; the label is the argmax after per-language class offsets chosen on out-of-fold scores for macro-F1, so the rare classes are found (since stop 43 the offsets whose macro-F1 averaged over their neighbours on the grid, each offset ±0.25, is highest, rather than the single highest point: see "Offsets" below); the calibration and offsets are fitted on the out-of-fold margins of every repeat of the cross-validation at once, while each fold\'s figure below comes from a decision fitted on its own repeat\'s other folds); evidence is the paragraphs and phrases whose n-grams pushed the decided genre\'s margin up most, as for frames. Languages the table marks are decided by the article\'s style instead (below). An article in a language without training data is decided by its style, one decision over all six languages (see "Which file serves a language" below; until stop 35 it took the n-gram model\'s most probable genre under every language\'s calibration averaged).'
      : 'Frames of a whole article: any of the 14 SemEval-2023 frames, each with a calibrated score in [0, 1] (one-vs-rest linear model, Platt per language) and a per-language threshold chosen on out-of-fold scores for micro-F1; evidence is the paragraphs and phrases whose n-grams pushed the score up most (phrases of function words alone, such as "about", only when no other phrase did; a phrase the article repeats shows once, at its strongest occurrence). An article in a language without training data gets the pooled model without its language-specific copies and the five frames with the highest margins (leave-one-language-out CV, micro-F1 on the held-out language: en 0.381, fr 0.481, de 0.535, it 0.459, pl 0.484; four, until stop 44: 0.362, 0.479, 0.504, 0.431, 0.465; with another language\'s thresholds 0.252, 0.413, 0.479, 0.445, 0.413; `SKIP_UNSEEN=1 PRIORS=1 node --import tsx scripts/cv-unseen-language.ts frames`), or in a script no training language uses the five most common training frames (below).',
    '',
    '**Training data:** SemEval-2023 Task 3 training split of subtask ' + (task === 'genre' ? '1' : '2') + ' (en, fr, de, it, pl, ru), each subtask on its own split. These data are **research-only** (they may include copyrighted content and may be used only for scientific research); models trained on them inherit that notice. Not for commercial use.',
    '',
    '**Features:** n-grams of the whole article (log-scaled, IDF-weighted, L2-normalised, hashed); the table says which groups and which learner each file uses. No technique-model features: a profile of out-of-fold technique scores per article (mean, max and share over threshold of each technique) was tried for genre and did not help (en 0.404 → 0.412, fr 0.579 → 0.535, de 0.587 → 0.590, grouped CV).',
    '',
    '**Which file serves a language:** `' + task + '-<lang>.slm` where that language has one (trained with `--mode all` or `lang`, and kept only where its cross-validated figure beat the pooled model\'s), else the pooled `' + task + '.slm`. Languages outside the six use the pooled model and carry a warning: ' + (task === 'genre'
      ? 'the pooled file\'s style decision (`unseenCues` in its header) decides them from the article\'s cue densities without the classes our word lists count (quotation marks, question and exclamation marks, percent and currency signs, numbers, years, and the article\'s length, paragraphs and paragraph length), one decision with its offsets fitted on all six languages\' articles. Leaving one language out (`node --import tsx scripts/cv-unseen-genre.ts`), macro-F1 on the held-out language en 0.308, fr 0.474, de 0.626, it 0.428, pl 0.375, ru 0.430, against 0.307, 0.322, 0.368, 0.398, 0.436, 0.339 for the n-gram margins under every language\'s calibration averaged (the most probable genre; what decided before stop 35) and 0.312, 0.264, 0.263, 0.290, 0.280, 0.264 for always opinion. It reads no word, so it holds in a script no training language uses, where the margins carry nothing.'
      : 'its five highest-scoring frames are reported, since no language\'s thresholds carry over (leaving one language out, without its language copies, micro-F1 on the held-out language en 0.381, fr 0.481, de 0.535, it 0.459, pl 0.484 against 0.362, 0.479, 0.504, 0.431, 0.465 for the four reported until stop 44: `SKIP_UNSEEN=1 PRIORS=1 node --import tsx scripts/cv-unseen-language.ts frames`; six lose fr). An article written mostly in a script no training language uses (Greek, Georgian, …) matches none of the n-grams, so its margins are the biases plus hashing noise: since stop 44 it gets the five frames most common in the training articles (`framePriors` in the pooled file\'s header: each frame\'s share of a language\'s articles, averaged over the languages so that each weighs the same), each scored with that share, without evidence. Leaving one language out, its articles with every letter mapped to an unseen script (`node --import tsx scripts/cv-unseen-script-frames.ts`), micro-F1 en / fr / de / it / pl / ru: the four highest margins 0.308 / 0.371 / 0.464 / 0.371 / 0.435 / 0.279, the other five languages\' five most common frames 0.334 / 0.437 / 0.496 / 0.434 / 0.507 / 0.361 (their four or six most common: means 0.409 and 0.410 against 0.428).'),
    ...(task === 'genre' ? ['', '**Decided by style:** where a file\'s language decides by cues (the table says so), its genre comes not from the n-gram margins but from the article\'s cue densities: quotes, questions, exclamations, percent and currency signs, numbers, years, first- and second-person words, "we", reported speech, intensifiers, hedges and absolutes per 1,000 tokens, and the article\'s length, paragraphs and paragraph length (`articleCueDensities`), log-scaled. One ridge logistic regression per genre over the standardised densities gives logits that the same calibration and offsets read (fitted on logits of regressions that did not see the article). The result names the measures that pushed the decided genre most (`cues`: "more reported speech, more years than usual"), and the evidence is the cue words of those above their usual value. Over 12 × 5 folds of English (`OWN=1 LANGS=en node --import tsx scripts/cv-genre-cues.ts`, two sets of fold seeds) it scored macro-F1 0.440 and 0.448 where the margins scored 0.401 and 0.421; for the other languages (the pooled model\'s, and the own models of it and pl) the cues did worse. A short text\'s rates are mostly noise and its size lies below every training article\'s, so before the regressions read them each rate\'s distance from the training mean is scaled by t / (t + 300) for t tokens and every standardised value is clipped to ±3 (`CUE_TEMPER`, stop 34): over 6 × 5 folds (`node --import tsx scripts/cv-short-articles.ts genre`, fold seeds 1–6 and 7–12) whole articles went from 0.454 and 0.426 to 0.482 and 0.475, and the log-loss of the gold genre on articles cut to their first 15 words from 0.794 and 0.807 to 0.522 and 0.523.', '', '**Offsets:** the class offsets are chosen on a grid of steps of 0.25 (−1 to 5). Macro-F1 over a language\'s few reporting and satire articles jumps from one grid point to the next, and until stop 43 the single highest point was taken, which need not stand on a plateau; now each setting\'s macro-F1 is averaged with its neighbours (each offset ±0.25, edges clamped: `OFFSET_SMOOTHING`) and the best average is taken. Over the same 12 × 5 folds (each fold decided on its repeat\'s other folds), macro-F1 en 0.484 → 0.488, fr 0.606 → 0.621, de 0.666 → 0.670, it 0.526 → 0.529, pl 0.709 → 0.720, ru 0.519 → 0.531. That is the gain for a decision fitted on one draw of the folds, as each fold\'s is. The shipped decision reads all 12 repeats, whose surface is already smoother, and nested cross-validation of the whole procedure (`scripts/nested-genre-folds.ts`, 12 draws, plain → smoothed) found it about even: it 0.561 → 0.571 and pl 0.719 → 0.719 (outer seeds 1–6), and for the pooled file (outer seeds 1–2) fr 0.654 → 0.664, de 0.719 → 0.706, ru 0.552 → 0.551.'] : []),
    ...(task === 'frames' ? ['', '**Own and pooled together:** a language\'s own file may decide together with the pooled `frames.slm` (its header names the file and its SHA-256, and the loader refuses any other): each frame\'s score is σ(a·own margin + c·pooled margin + b), fitted on out-of-fold margins of both models on the same folds, with a threshold chosen on those scores; the evidence weighs each model\'s token contributions by a and c. Training compares the three decisions on the same folds and keeps the pair only where it beats the better single one by at least ' + COMPANION_MIN_GAIN + ' micro-F1, since it scores the article twice. Retraining the pooled file means retraining the own files too (`slant train frames`, mode all).', '', '**Word vectors (English):** the pooled file\'s English decision also reads the article\'s mean word vector: the GloVe vectors of `models/lexicon/vectors-en.bin` (the 50,000 most frequent English words; its SHA-256 is in the decision, and the loader refuses any other file). Per frame, a ridge logistic regression over that mean (fitted on the English training articles) gives a second logit v, and the score is σ(a·margin + c·v + b), fitted on out-of-fold margins and logits on the model\'s own folds. v is linear in the mean, so each word\'s share of it is exact and joins the evidence, weighed by c, beside the n-gram contributions brought to the margin\'s units (the row\'s normalisation and the log-scaling of one occurrence); so the evidence of a frame the vectors carried names the words whose vectors lean that way, function words aside. Training keeps the pair only where it beats the better single decision by at least ' + COMPANION_MIN_GAIN + ' micro-F1. The vectors reach words no training article had, which n-grams cannot. The mean of a few words strays where no training article\'s mean lies, and the regressions read that as certainty (a one-sentence text came out Legality 0.996), so the mean is shrunk toward the training articles\' mean by n / (n + 30) for n words with a vector, in training and in use (`FRAMES_VECTORS.shrinkWords`, stop 34): out of fold (`node --max-old-space-size=6000 --import tsx scripts/cv-short-articles.ts frames`), on English articles cut to their first 15 words the log-loss went from 0.524 to 0.464 and scores of 0.8 or more were right 0.92 of the time instead of 0.81, while whole articles kept their micro-F1.'] : []),
    '',
    `| file | languages | articles | size | learner and features | cross-validated figure (mean ± std over folds × repeats, grouped by ${foldGrouping(task)}) |`,
    '|---|---|---|---|---|---|',
  ];
  for (const { file: f, header, bytes } of files) {
    const cv = header.cv as CvBlock;
    const d = cv.decisions;
    const compared = d ? ` (on the same folds: own margin alone ${d.own.toFixed(3)}, pooled model's alone ${d.companion.toFixed(3)}, both ${d.both.toFixed(3)}; ${d.kept === 'both' ? 'both decide' : 'the own margin decides'})` : '';
    const vectors = Object.entries(cv.vectorDecisions ?? {}).map(([lang, v]) => ` (${lang}, on the same folds: margin alone ${v.margin.toFixed(3)}, word vectors alone ${v.vectors.toFixed(3)}, both ${v.both.toFixed(3)}; ${v.kept === 'both' ? 'both decide' : 'the margin decides'})`).join('');
    const figs = cv.perLanguage.map((c) => `${c.lang} ${c.mean.toFixed(3)} ± ${c.std.toFixed(3)}`).join(', ') + compared + vectors;
    lines.push(`| \`${f}\` | ${header.languages.join(', ')} | ${header.training.articles} | ${(bytes / 1048576).toFixed(2)} MB | ${describe(header)} | ${cv.metric}, ${cv.repeats} × ${cv.folds} folds: ${figs} |`);
  }
  const intervals = files.flatMap(({ file: f, header }) => (header.cv as CvBlock).perLanguage.flatMap((c) => (c.interval ? [`| \`${f}\` | ${c.lang} | ${c.mean.toFixed(3)} ± ${c.std.toFixed(3)} | ${intervalCell(c.interval)} |`] : [])));
  if (intervals.length > 0) lines.push('', INTERVAL_NOTE, 'Per file and language, for the decision the file uses for that language:', '', `| file | language | ${(files[0]?.header.cv as CvBlock | undefined)?.metric ?? 'figure'}, mean ± std over folds | all out of fold (95% interval) |`, '|---|---|---|---|', ...intervals);
  const calibrated = files.flatMap(({ file: f, header }) => (header.cv as CvBlock).perLanguage.flatMap((c) => (c.calibration ? [`| \`${f}\` | ${c.lang} | ${calibrationCells(c.calibration)} |`] : [])));
  if (calibrated.length > 0) {
    const shown = task === 'genre' ? 'the genre decided' : 'frames shown';
    lines.push('', ...CALIBRATION_NOTE, '', 'Per file and language, for the decision the file uses for that language, on the folds above:', '', `| file | language | ${shown}: mean score / share right | ECE |`, '|---|---|---|---|', ...calibrated);
    if (task === 'genre') lines.push('', 'A genre\'s score is its probability, and the decided genre\'s score is the one counted; the decided genre is the argmax after the class offsets, so for a rare genre it can be the less probable one (reports say so).');
  }
  lines.push('', `Retrain: ${retrainCommand(task, files.map((f) => ({ pooled: f.header.languages.length > 1, repeats: (f.header.cv as CvBlock).repeats })))} (see \`slant train ${task} --help\`).`, '');
  const out = path.join(dir, 'MODEL_CARD.md');
  writeFileSync(out, lines.join('\n'));
  return out;
}

/**
 * The command that retrains the folder's files as they are: the plain command when every file was
 * cross-validated with the default repeats (`ARTICLE_REPEATS`), one run with `--repeats` when all
 * share another number, else the pooled file first and then the languages' own files (which read
 * it), each with its repeats.
 */
export function retrainCommand(task: 'genre' | 'frames', files: readonly { pooled: boolean; repeats: number }[]): string {
  const pooled = new Set(files.filter((f) => f.pooled).map((f) => f.repeats));
  const own = new Set(files.filter((f) => !f.pooled).map((f) => f.repeats));
  const all = new Set([...pooled, ...own]);
  const byDefault = ARTICLE_REPEATS[task];
  if ([...pooled].every((r) => r === byDefault.pooled) && [...own].every((r) => r === byDefault.own)) return `\`slant train ${task}\``;
  if (all.size <= 1) return `\`slant train ${task}${all.size === 1 ? ` --repeats ${[...all][0]}` : ''}\``;
  if (pooled.size === 1 && own.size === 1) return `\`slant train ${task} --mode pooled --repeats ${[...pooled][0]}\`, then \`slant train ${task} --mode lang --repeats ${[...own][0]}\` into the same folder`;
  return `\`slant train ${task}\` (the files were cross-validated with ${[...all].sort((a, b) => a - b).join(', ')} repeats)`;
}

/** Learner and feature groups of one model file, from its header. */
function describe(header: ModelHeader): string {
  const learner = header.training.learner as Record<string, number>;
  const weight = `positives weighted (negatives / positives)^${learner.positivePower}, at most ${learner.maxPositiveWeight}`;
  const parts = [learner.svmC !== undefined ? `linear SVM, C ${learner.svmC}` : 'logistic regression (AdaGrad)', weight];
  const f = header.features;
  const w = f.weights;
  parts.push(f.charMax > 0 ? `words, bigrams, character ${f.charMin}–${f.charMax}-grams weighted ${w.word} / ${w.bigram} / ${w.char}` : `words, bigrams weighted ${w.word} / ${w.bigram}`);
  const extras = header.articleFeatures as { title: number; cues: number } | undefined;
  if (extras && extras.title > 0) parts.push('title group');
  if (extras && extras.cues > 0) parts.push('cues');
  if (f.langFeatures) parts.push(languageCopyWeight(f) === 1 ? 'language-specific copies' : `language-specific copies weighted ${languageCopyWeight(f)}`);
  if (header.companion) parts.push(`decides together with \`${header.companion.file}\`: σ(a·own + c·pooled + b) per frame`);
  const byCues = header.languages.filter((l) => header.decisions[l]?.cues !== undefined);
  if (byCues.length > 0) parts.push(`${byCues.join(', ')} decided by cues (style densities), not by the margins`);
  return parts.join('; ');
}
