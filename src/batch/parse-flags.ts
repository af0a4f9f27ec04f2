/**
 * Parsers of the analysis flags of `slant analyze` (`--threshold`, `--tasks`, `--min-score`,
 * `--jobs`, `--lang`), each throwing commander's InvalidArgumentError with a one-line reason.
 */
import { existsSync, statSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { isFrame, isTechnique } from '../labels.js';
import { TASKS, type Task } from '../pipeline/options.js';
import { isAutoLang, isLangCode, normalizeLangCode } from '../lang/normalize-lang-code.js';
import { FOLDER_LANG, TRAINING_LANGUAGES } from '../lang/training-languages.js';

/** A score in [0, 1]. */
export function parseScore(value: string): number {
  const n = Number(value);
  // Decimal only: Number() also reads 0x1 and 1e-1, which no one means as a score.
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return n;
}

/** `--threshold`: one number for every label, or `Label=0.3,Other=0.6` per label. */
export function parseThreshold(value: string): { threshold?: number; thresholds?: Record<string, number> } {
  if (!value.includes('=')) return { threshold: parseScore(value) };
  const thresholds: Record<string, number> = {};
  for (const part of value.split(',')) {
    const [label = '', score = ''] = part.split('=').map((s) => s.trim());
    if (!isTechnique(label) && !isFrame(label)) throw new InvalidArgumentError(`unknown label "${label}" (technique or frame ids, as in slant's label list)`);
    if (label in thresholds) throw new InvalidArgumentError(`"${label}" is given twice`);
    thresholds[label] = parseScore(score);
  }
  return { thresholds };
}

/** `--tasks techniques,spans,frames,genre`. */
export function parseTasks(value: string): Task[] {
  const tasks = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const known: readonly string[] = TASKS;
  for (const t of tasks) if (!known.includes(t)) throw new InvalidArgumentError(`unknown task "${t}" (expected ${TASKS.join(', ')})`);
  if (tasks.length === 0) throw new InvalidArgumentError(`expected one or more of ${TASKS.join(', ')}`);
  return [...new Set(tasks)] as Task[];
}

/** `--jobs N`, a whole number from 1 to 256. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`expected a whole number from 1 to 256, got "${value}"`);
  return n;
}

/** `--lang`: `auto` (detect), or a language code (ISO 639, SemEval's `ge` and `po` accepted), normalised. */
export function parseLang(value: string): string {
  if (isAutoLang(value)) return 'auto';
  if (!isLangCode(value)) throw new InvalidArgumentError("expected auto or a language code such as en, fr, de, it, pl, ru (SemEval's ge and po accepted)");
  return normalizeLangCode(value);
}

/** The codes of a trainers' `--lang` value (absent: none, which means every language). */
export function trainingLangList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** `--lang` of the trainers: comma-separated training languages, either spelling (`de` or `ge`), checked and kept as given. */
export function parseTrainingLangs(value: string): string {
  for (const code of trainingLangList(value)) {
    if (!TRAINING_LANGUAGES.includes(code) && !Object.hasOwn(FOLDER_LANG, code)) {
      throw new InvalidArgumentError(`unknown language '${code}' (the training languages are en, fr, de, it, pl, ru; SemEval's ge and po accepted)`);
    }
  }
  return value;
}

/** `--data` of the trainers: a folder that exists (the SemEval root). */
export function parseDataFolder(value: string): string {
  if (!existsSync(value) || !statSync(value).isDirectory()) throw new InvalidArgumentError(`no folder ${value}`);
  return value;
}
