/**
 * The core pipeline: article → segmented document → model findings → Analysis (DESIGN.md §3).
 * Every surface (library, CLI, server, store) calls `analyzeArticle`; none re-implements it.
 */
import type { Article } from '../document/article.js';
import type { Document, Warning } from '../document/document.js';
import { segment } from '../segment/index.js';
import { NO_WORDS, type Analysis, type AnalysedArticle } from '../result.js';
import { runModels } from './run-models.js';
import { runFastModels } from './run-fast-models.js';
import { languageWarnings } from './language-warnings.js';

export { TASKS, type Task, type AnalyzeOptions } from './options.js';
import { FAST_TASKS, TASKS, type AnalyzeOptions, type Task } from './options.js';
import { articleWords } from '../models/short-text.js';
import { checkAnalyzeInput } from './check-options.js';
import { filterAnalysis } from './filter-analysis.js';
import { isAutoLang } from '../lang/normalize-lang-code.js';

/** The article part of the result. */
function describeArticle(doc: Document): AnalysedArticle {
  const { article } = doc;
  const out: AnalysedArticle = {
    id: article.id,
    lang: doc.lang.code,
    chars: article.text.length,
    paragraphs: doc.paragraphs.map((p) => ({ n: p.n, start: p.start, end: p.end })),
  };
  if (article.title !== undefined) out.title = article.title;
  const source = article.source?.outlet;
  if (source !== undefined) out.source = source;
  const url = article.source?.canonicalUrl ?? article.source?.url;
  if (url !== undefined) out.url = url;
  if (article.source?.publishedAt !== undefined) out.publishedAt = article.source.publishedAt;
  return out;
}

/** The warning of a text without a word. */
const NO_WORDS_WARNING: Warning = { code: NO_WORDS, message: 'this text has no word (only punctuation, numbers or symbols): nothing was analysed' };

/**
 * Analyses one segmented document with the shipped models (loaded lazily, once). Its language is
 * the one `segment()` gave it: `options.lang` applies when segmenting (`analyzeArticle`), not here.
 */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  // A text without a word (punctuation, digits, symbols) gives the models nothing to read: every
  // score would be a prior, so no task runs and the analysis says why.
  const wordless = articleWords(doc) === 0;
  const tasks = wordless ? new Set<Task>() : new Set(options.tasks ?? (options.fast ? FAST_TASKS : TASKS));
  const found = options.fast ? runFastModels(doc, options, tasks) : runModels(doc, options, tasks);
  const analysis: Analysis = {
    article: describeArticle(doc),
    paragraphs: found.paragraphs,
    warnings: wordless ? [...doc.warnings, NO_WORDS_WARNING] : [...doc.warnings, ...languageWarnings(doc, options.fast === true), ...found.warnings],
    model: found.model,
  };
  if (found.genre) analysis.genre = found.genre;
  if (found.frames) analysis.frames = found.frames;
  if (found.frameScores) analysis.frameScores = found.frameScores;
  if (found.spans) analysis.spans = found.spans;
  return options.minScore === undefined ? analysis : filterAnalysis(analysis, { minScore: options.minScore, ...(options.tasks === undefined ? {} : { tasks: options.tasks }) });
}

/**
 * Analyses one article.
 * @example
 * const result = analyzeArticle({ id: 'a', text: 'Title\n\nThey are traitors!' });
 * result.paragraphs.length; // 2
 */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  checkAnalyzeInput(article, options);
  const lang = options.lang === undefined || isAutoLang(options.lang) ? undefined : options.lang;
  // The fast models read no sentence, so the fast analysis skips splitting them, and it asks the
  // quick language vote before eld.
  const doc = segment(article, { ...(lang === undefined ? {} : { lang }), ...(options.fast ? { sentences: false, quickLanguage: true } : {}) });
  return analyzeDocument(doc, options);
}
