/**
 * `MODEL_CARD.md` of the fast model set, generated from the three files' headers (data
 * fingerprint, settings and cross-validated figures).
 */
import { foldGrouping } from './article-repeats.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeModel, type ModelHeader, type ModelTask } from '../models/model-file.js';
import { FAST_FILES, ownFramesFile } from '../models/fast-models.js';
import { INTERVAL_NOTE, intervalCell, type CvInterval } from './cv-interval.js';
import { trainRunNote, type TrainRun } from './model-card.js';

interface TechniqueCv { lang: string; micro: { mean: number; std: number }; macro: { mean: number }; interval?: CvInterval }
interface ArticleCv { lang: string; mean: number; std: number; interval?: CvInterval }

/** Writes `<dir>/MODEL_CARD.md` for the fast files in `dir`; returns its path. */
export function writeFastModelCard(dir: string, run?: TrainRun): string {
  const read = (task: ModelTask, file: string): { header: ModelHeader; size: number } => {
    const bytes = readFileSync(path.join(dir, file));
    return { header: decodeModel(bytes, path.join(dir, file), task).header, size: bytes.byteLength };
  };
  const t = read('techniques', FAST_FILES.techniques);
  const g = read('genre', FAST_FILES.genre);
  const f = read('frames', FAST_FILES.frames);
  const tcv = (t.header.cv as { folds: number; perLanguage: TechniqueCv[] });
  const gcv = (g.header.cv as { folds: number; repeats: number; perLanguage: ArticleCv[] });
  const fcv = (f.header.cv as { folds: number; repeats: number; perLanguage: ArticleCv[] });
  const langs = t.header.languages.slice().sort();
  const own = new Map(langs.filter((l) => existsSync(path.join(dir, ownFramesFile(l)))).map((l) => [l, read('frames', ownFramesFile(l))]));
  const framesCell = (lang: string): string => {
    const mine = own.get(lang);
    if (!mine) return cell(fcv.perLanguage, lang);
    const c = mine.header.cv as { repeats: number; folds: number; perLanguage: ArticleCv[] };
    return `${cell(c.perLanguage, lang)} (own file, ${c.repeats} × ${c.folds}; pooled ${cell(fcv.perLanguage, lang)})`;
  };
  /** The interval of the file that serves `lang` (its own frames file where it has one). */
  const framesInterval = (lang: string): CvInterval | undefined => {
    const mine = own.get(lang);
    const rows = mine ? (mine.header.cv as { perLanguage: ArticleCv[] }).perLanguage : fcv.perLanguage;
    return rows.find((r) => r.lang === lang)?.interval;
  };
  const cell = (rows: ArticleCv[], lang: string): string => {
    const c = rows.find((r) => r.lang === lang);
    return c ? `${c.mean.toFixed(3)} ± ${c.std.toFixed(3)}` : '–';
  };
  const mb = (n: number): string => `${(n / 1048576).toFixed(2)} MB`;
  const lines = [
    '# slant fast models',
    '',
    ...trainRunNote(run),
    '> **Notice.** These models were trained on the SemEval-2023 Task 3 training data, which may be used',
    '> only for scientific research in the context of the shared task and may not be redistributed. The',
    '> model files contain no text from the corpus, only hashed feature weights; treat them as research',
    '> artefacts derived from research-only data.',
    '',
    '## What they are',
    '`slant analyze --fast` (and `analyze(…, { fast: true })`) uses these files instead of the full models: for triage of',
    'large corpora, where articles per second matter more than the last points of accuracy. The technique, genre and frames',
    'models are pooled over en, fr, de, it, pl and ru, with a calibration and thresholds per language; some languages have',
    'a frames model of their own (below). All read the same hashed word unigrams and bigrams (weight 1, 2^18 buckets, no',
    'character n-grams, no language-specific copies, no IDF), so one extraction per paragraph feeds them all: the',
    'paragraph row (plus cue counts and position, technique model only) and the article row (the sum of its',
    "paragraphs' n-grams, genre and frames). The technique decision is the margin alone: no span tagger and no sentence",
    'model, and so no technique spans. Evidence works as in the full models.',
    '',
    `- \`${FAST_FILES.techniques}\` (${mb(t.size)}): linear SVM, C 0.1, positives weighted up to 100; Platt per language and label, per-label thresholds. Paragraphs: ${t.header.training.rows}, articles: ${t.header.training.articles}.`,
    `- \`${FAST_FILES.genre}\` (${mb(g.size)}): logistic regression (AdaGrad), per-language class offsets for macro-F1${styleLangs(g.header).length > 0 ? `; ${styleLangs(g.header).join(', ')} decided by the article's style (cue densities) instead, as the full model is (\`models/genre/MODEL_CARD.md\`)` : ''}. Articles: ${g.header.training.articles}.`,
    `- \`${FAST_FILES.frames}\` (${mb(f.size)}): linear SVM, C 0.1, balanced positives; one threshold per language. Articles: ${f.header.training.articles}.`,
    ...[...own].map(([lang, m]) => `- \`${ownFramesFile(lang)}\` (${mb(m.size)}): ${lang} only, linear SVM, C 0.02, positives weighted (negatives / positives)^1.25; one threshold. Articles: ${m.header.training.articles}. It serves ${lang} instead of the pooled file, which it beat in CV.`),
    '',
    "An article in another language gets every language's technique calibration averaged, thresholds × 0.5 (the full models: × 0.25;",
    'left-out languages fr, de, it, pl: mean micro-F1 0.339 against 0.300 with the English calibration × 0.25), the genre its style decides (`unseenCues` in the genre file\'s header: the cue densities any language has, one decision fitted on all six languages\' articles, as in the full set) and the five frames with the highest margins, with a warning (leaving one language out, en / fr / de / it / pl 0.319 / 0.462 / 0.502 / 0.449 / 0.471 against 0.303 / 0.470 / 0.469 / 0.455 / 0.442 for four, what served until stop 44: `FAST=1 SKIP_UNSEEN=1 PRIORS=1 node --import tsx scripts/cv-unseen-language.ts frames`). In a script no training language uses, its frames are the five most common in the training articles, scored with their share of them (`framePriors` in the frames file\'s header, as in the full set; leaving one language out, mean micro-F1 0.428 against 0.382 for the highest margins: `FAST=1 node --import tsx scripts/cv-unseen-script-frames.ts`), and its techniques come from the full set\'s `techniques/techniques-script-free.slm` (cues and position only); in any other script each technique score is averaged with that model\'s, against the mean of both thresholds (leaving one language out, en / fr / de / it / pl 0.221 / 0.353 / 0.345 / 0.417 / 0.283 against 0.202 / 0.350 / 0.342 / 0.389 / 0.275 for the fast model alone: `FAST=1 POOLED=1 node --import tsx scripts/cv-script-free.ts`).',
    '',
    '## Cross-validated figures',
    `Grouped by article; techniques ${tcv.folds}-fold (micro-F1 over paragraphs, cross-fitted thresholds), genre`,
    `${gcv.repeats} × ${gcv.folds}-fold (macro-F1; grouped by ${foldGrouping('genre')}), frames ${fcv.repeats} × ${fcv.folds}-fold (micro-F1). Mean ± std over folds.`,
    '',
    '| language | techniques micro-F1 | techniques macro-F1 | genre macro-F1 | frames micro-F1 |',
    '|---|---|---|---|---|',
    ...langs.map((lang) => {
      const c = tcv.perLanguage.find((r) => r.lang === lang);
      return `| ${lang} | ${c ? `${c.micro.mean.toFixed(3)} ± ${c.micro.std.toFixed(3)}` : '–'} | ${c ? c.macro.mean.toFixed(3) : '–'} | ${cell(gcv.perLanguage, lang)} | ${framesCell(lang)} |`;
    }),
    '',
    INTERVAL_NOTE,
    '',
    '| language | techniques micro-F1, all out of fold | genre macro-F1 | frames micro-F1 |',
    '|---|---|---|---|',
    ...langs.map((lang) => `| ${lang} | ${intervalCell(tcv.perLanguage.find((r) => r.lang === lang)?.interval)} | ${intervalCell(gcv.perLanguage.find((r) => r.lang === lang)?.interval)} | ${intervalCell(framesInterval(lang))} |`),
    '',
    `Training data fingerprints: techniques \`${t.header.training.fingerprint}\`, genre \`${g.header.training.fingerprint}\`, frames \`${f.header.training.fingerprint}\`. Seed ${t.header.training.seed}.`,
    '',
    "Compare with the full models' cards (`models/techniques/`, `models/genre/`, `models/frames/`): the fast technique and frames models score lower in every language; genre, whose figures swing by ±0.1 between folds, comes out close.",
    '',
    `Retrain: \`slant train fast --folds ${tcv.folds} --seed ${t.header.training.seed}\` (settings in \`src/train/fast-settings.ts\`).`,
    '',
  ];
  const out = path.join(dir, 'MODEL_CARD.md');
  writeFileSync(out, lines.join('\n'));
  return out;
}

/** The languages of a genre header whose decision reads the article's cue densities. */
function styleLangs(header: ModelHeader): string[] {
  return header.languages.filter((l) => header.decisions[l]?.cues !== undefined);
}
