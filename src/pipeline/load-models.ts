/**
 * Loads every model the pipeline would use for some languages up front (they load lazily, once,
 * otherwise), so a server or a batch pays the load before its first article, and a missing or
 * corrupt model file is reported before any work starts.
 */
import { sentenceModelFor, techniqueModelFor } from '../models/model-registry.js';
import { loadArticleModel } from '../models/genre-frames-load.js';
import { loadSpanModel } from '../spans/predict-spans.js';
import { SUPPORTED_LANGUAGES } from './run-models.js';
import { SlantError } from '../errors.js';
import { analyzeArticle } from './analyze.js';
import { isLangCode, normalizeLangCode } from '../lang/normalize-lang-code.js';

/** The ids of the models that serve one language (`spans`, `sentences` null where it has none). */
export interface LoadedModels {
  lang: string;
  techniques: string;
  spans: string | null;
  /** The sentence model the technique decision reads (see models/sentence-signal.ts). */
  sentences: string | null;
  genre: string;
  frames: string;
}

/**
 * Loads the models for `langs` (ISO 639-1; the six trained languages by default; each once) and
 * says which model serves each; `fast` loads the fast models too (`analyze(…, { fast: true })`).
 * @throws ModelError when a model file is missing, corrupt or foreign.
 * @example
 * loadModels(['en']); // [{ lang: 'en', techniques: 'techniques-en', spans: 'spans-en', sentences: 'sentences', genre: 'genre-en', frames: 'frames' }]
 */
export function loadModels(langs: readonly string[] = SUPPORTED_LANGUAGES, options: { fast?: boolean } = {}): LoadedModels[] {
  if (!Array.isArray(langs)) throw new SlantError('slant: loadModels: give a list of language codes, e.g. [\'en\', \'fr\']');
  if (options === null || typeof options !== 'object' || (options.fast !== undefined && typeof options.fast !== 'boolean')) throw new SlantError('slant: loadModels: options must be { fast?: true or false }');
  const codes = langs.map((given) => {
    // Codes as analyze() reads them: 'EN' is en, SemEval's 'ge' and 'po' are de and pl.
    if (typeof given !== 'string' || !isLangCode(given)) throw new SlantError(`slant: loadModels: ${JSON.stringify(given)} is not a language code`);
    return normalizeLangCode(given);
  });
  return [...new Set(codes)].map((lang) => {
    const techniques = techniqueModelFor(lang);
    const loaded = {
      lang,
      techniques: techniques.header.id,
      spans: loadSpanModel(lang)?.header.id ?? null,
      sentences: sentenceModelFor(techniques, lang)?.header.id ?? null,
      genre: loadArticleModel('genre', lang).header.id,
      frames: loadArticleModel('frames', lang).header.id,
    };
    // One short analysis reads what the files name on first use (word lexicons, a decision's
    // companion, the script-free model) and warms the code: the first real article then takes
    // milliseconds, not the 120 ms it took after the files alone.
    analyzeArticle({ id: 'warm-up', text: WARM_UP_TEXT, lang });
    if (options.fast === true) analyzeArticle({ id: 'warm-up', text: WARM_UP_TEXT, lang }, { fast: true });
    return loaded;
  });
}

/** The warm-up article (our own words). */
const WARM_UP_TEXT = 'Warm-up\n\nThe council met on Tuesday and, once again, nobody listened to the people of this town!';
