/**
 * slant as a library (the package's entry point): the one analysis pipeline, its parts, and the
 * types of what it returns. The CLI, the HTTP API and the corpus store are shells over the same
 * functions.
 * @example
 * import { analyzeArticle } from 'slant';
 * const analysis = analyzeArticle({ id: 'a1', text: 'Title\n\nThey are traitors, all of them!' });
 * analysis.paragraphs[1].techniques; // [{ label, category, score, evidence: [{ start, end, text, weight }] }]
 * analyzeArticle(article, { tasks: ['genre'] }).paragraphs[1].techniques; // undefined: not analysed ([] is "none found")
 */
export { analyzeArticle, analyzeArticle as analyze, analyzeDocument, TASKS, type Task, type AnalyzeOptions } from './pipeline/analyze.js';
export { loadModels, type LoadedModels } from './pipeline/load-models.js';
export { SUPPORTED_LANGUAGES } from './pipeline/run-models.js';
export type { Analysis, AnalysedArticle, ArticleEvidence, Evidence, FrameResult, GenreCue, GenreResult, ParagraphResult, ParagraphShare, SpanFinding, TechniqueFinding } from './result.js';
export type { Article, SourceMeta } from './document/article.js';
export type { Document, LanguageGuess, Paragraph, Sentence, Token, TokenKind, Warning } from './document/document.js';
export { sliceSpan, type Span } from './document/span.js';
export { codePointToUtf16, utf16ToCodePoint } from './document/offsets.js';
export { segment, type SegmentOptions } from './segment/index.js';
export { detectLanguage } from './lang/detect.js';
export {
  CATEGORIES, FRAMES, GENRES, TECHNIQUES, TECHNIQUES_ABSENT_IN_ENGLISH, FRAME_INFO, GENRE_INFO, TECHNIQUE_INFO,
  categoryOf, isFrame, isGenre, isTechnique,
  type Category, type Frame, type Genre, type Technique,
} from './labels.js';
export { InputError, ModelError, SlantError, isInputError, isModelError, isSlantError } from './errors.js';
export { readTextFile, readHtmlFile, readJsonl, readUrl, readArticleFolder, type InputResult, type ReadOptions } from './ingest/index.js';
export { extractHtml } from './ingest/extract-html.js';
export { FORMATS, renderArticle, type Format, type RenderOptions } from './render/index.js';
export { openStore, type OpenStoreOptions } from './store/open-store.js';
export { StoreError, isStoreError } from './store/store-error.js';
export { evaluateFiles, SUBTASKS, type Comparison, type EvalOptions, type EvalReport, type Figure, type Subtask } from './eval/evaluate-files.js';
export { bootstrapInterval, pairedBootstrap, type BootstrapOptions, type BootstrapResult, type PairedResult, type UnitCounts } from './eval/bootstrap.js';
export type { CorpusStore } from './store/corpus-store.js';
export { VERSION } from './version.js';
