/**
 * Child process of the analysis benchmark: the fast analysis (`analyze --fast`) on one core, in a
 * fresh process as a `slant analyze --fast` run is, over the first N generated articles (with and
 * without evidence, and by stage) and the SemEval sample. Argument: JSON `{ articles, perLang }`.
 * Prints JSON (`FastInProcess`).
 */
import { pathToFileURL } from 'node:url';
import { generatedArticles, semevalSample } from './analyze-corpus.js';
import { fastStageTimes } from './analyze-stages.js';
import { inProcess } from './analyze-in-process.js';

/** What this child measures. */
export interface FastInProcess {
  fast: ReturnType<typeof inProcess>;
  fastNoEvidence: ReturnType<typeof inProcess>;
  fastStages: ReturnType<typeof fastStageTimes>;
  semevalFast: ReturnType<typeof inProcess> | null;
}

// Run as a script (the parent imports only the type).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { articles, perLang } = JSON.parse(process.argv[2] ?? '{}') as { articles: number; perLang: number };
  const generated = generatedArticles(articles);
  const semeval = semevalSample(perLang);
  const out: FastInProcess = {
    fast: inProcess(generated, { fast: true }),
    fastNoEvidence: inProcess(generated, { fast: true, evidence: false }),
    fastStages: fastStageTimes(generated.slice(0, 300)),
    semevalFast: semeval.length > 0 ? inProcess(semeval, { fast: true, evidence: false }) : null,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
