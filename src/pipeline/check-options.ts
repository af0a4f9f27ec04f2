/**
 * Checks of what a library caller hands `analyzeArticle`, so that a wrong argument is one clear
 * SlantError naming it, not a TypeError from deep inside, nor a silently odd analysis (a null
 * threshold read as 0 reported all 23 techniques). The CLI and the API check their own inputs
 * before they get here.
 */
import { SlantError } from '../errors.js';
import { isFrame, isTechnique } from '../labels.js';
import { isAutoLang, isLangCode } from '../lang/normalize-lang-code.js';
import { TASKS, type AnalyzeOptions } from './options.js';

/** Every option `analyzeArticle` reads. */
const OPTION_NAMES = ['lang', 'tasks', 'allScores', 'threshold', 'thresholds', 'minScore', 'evidence', 'fast'] as const satisfies readonly (keyof AnalyzeOptions)[];

const fail = (what: string): never => {
  throw new SlantError(`slant: analyze: ${what}`);
};

const isScore = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
/** A value as the caller wrote it: JSON, except the numbers JSON cannot spell (NaN, Infinity), which it would call null. */
const shown = (v: unknown): string => (typeof v === 'number' ? String(v) : JSON.stringify(v));

/**
 * Throws a SlantError when `article` is not an article or `options` hold a value the pipeline
 * cannot mean.
 * @example
 * checkAnalyzeInput({ id: 'a', text: 'Hi.' }, { threshold: null as never }); // throws: threshold must be …
 */
export function checkAnalyzeInput(article: unknown, options: unknown): void {
  if (article === null || typeof article !== 'object') fail(`the article must be an object with id and text, not ${article === null ? 'null' : typeof article}`);
  const a = article as Record<string, unknown>;
  if (typeof a['text'] !== 'string') fail(`article.text must be a string, not ${a['text'] === null ? 'null' : typeof a['text']}`);
  if (typeof a['id'] !== 'string') fail('article.id must be a string');
  for (const field of ['title', 'lang'] as const) {
    if (a[field] !== undefined && typeof a[field] !== 'string') fail(`article.${field} must be a string, not ${a[field] === null ? 'null' : typeof a[field]}`);
  }
  const lang = a['lang'];
  if (lang !== undefined && (typeof lang !== 'string' || (lang.trim() !== '' && !isAutoLang(lang) && !isLangCode(lang)))) fail(`article.lang must be a language code such as en or fr, or auto, not ${JSON.stringify(lang)}`);
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') fail('options must be an object');
  const o = options as Record<keyof AnalyzeOptions, unknown>;
  // A misspelt option would otherwise be dropped without a word ({ fastt: true } ran in full).
  const unknown = Object.keys(o).filter((k) => !(OPTION_NAMES as readonly string[]).includes(k));
  if (unknown.length > 0) fail(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')} (the options are ${OPTION_NAMES.join(', ')})`);
  if (o.lang !== undefined && (typeof o.lang !== 'string' || (!isAutoLang(o.lang) && !isLangCode(o.lang)))) fail(`options.lang must be auto or a language code such as en or fr, not ${JSON.stringify(o.lang)}`);
  if (o.tasks !== undefined) {
    if (!Array.isArray(o.tasks) || o.tasks.some((t) => !(TASKS as readonly unknown[]).includes(t))) fail(`options.tasks must be a list of ${TASKS.join(', ')}`);
    if ((o.tasks as unknown[]).length === 0) fail(`options.tasks is empty: name at least one of ${TASKS.join(', ')}, or leave it out for all`);
  }
  if (o.threshold !== undefined && !isScore(o.threshold)) fail(`options.threshold must be a number from 0 to 1, not ${shown(o.threshold)}`);
  if (o.minScore !== undefined && !isScore(o.minScore)) fail(`options.minScore must be a number from 0 to 1, not ${shown(o.minScore)}`);
  if (o.thresholds !== undefined) {
    if (o.thresholds === null || typeof o.thresholds !== 'object') fail('options.thresholds must be an object of label ids and numbers from 0 to 1');
    for (const [label, v] of Object.entries(o.thresholds as object)) {
      if (!isTechnique(label) && !isFrame(label)) fail(`options.thresholds: unknown label ${JSON.stringify(label)}`);
      if (!isScore(v)) fail(`options.thresholds.${label} must be a number from 0 to 1`);
    }
  }
  for (const flag of ['allScores', 'evidence', 'fast'] as const) if (o[flag] !== undefined && typeof o[flag] !== 'boolean') fail(`options.${flag} must be true or false`);
}
