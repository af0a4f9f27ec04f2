/**
 * Child process of the analysis benchmark: cold load time of each shipped model file and lexicon
 * (first load in a fresh process, file read and decode), the fast model set, and the language
 * detector's tables. Prints JSON.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadTechniqueModel, shippedModelDir } from '../src/models/model-registry.js';
import { readSpanModel, spanModelDir } from '../src/spans/predict-spans.js';
import { articleModelFile, loadArticleModel } from '../src/models/genre-frames-load.js';
import { lexiconDir } from '../src/features/lexicon-file.js';
import { loadWordClusters } from '../src/features/word-clusters.js';
import { readWordVectors } from '../src/features/word-vectors.js';
import { loadFastModels } from '../src/models/fast-models.js';

const ms = (t: number): number => Math.round((performance.now() - t) * 10) / 10;
const out: Record<string, number> = {};
let t = performance.now();
const { detectLanguage } = await import('../src/lang/detect.js');
detectLanguage('The council said on Tuesday that the plan would go ahead.');
out['lang/eld'] = ms(t);
// Lexicons first: the models below read them only when they score, but time them on their own.
for (const f of readdirSync(lexiconDir()).filter((x) => x.endsWith('.txt') || x.endsWith('.bin')).sort()) {
  t = performance.now();
  if (f.endsWith('.txt')) loadWordClusters(f);
  else readWordVectors(f);
  out[`lexicon/${f}`] = ms(t);
}
const techDir = shippedModelDir();
for (const f of readdirSync(techDir).filter((x) => x.endsWith('.slm')).sort()) {
  t = performance.now();
  loadTechniqueModel(path.join(techDir, f));
  out[`techniques/${f}`] = ms(t);
}
const spanDir = spanModelDir();
for (const f of readdirSync(spanDir).filter((x) => x.endsWith('.slm')).sort()) {
  t = performance.now();
  readSpanModel(path.join(spanDir, f));
  out[`spans/${f}`] = ms(t);
}
for (const task of ['genre', 'frames'] as const) {
  t = performance.now();
  loadArticleModel(task, 'en');
  out[`${task}/${path.basename(articleModelFile(task, 'en'))}`] = ms(t);
}
t = performance.now();
loadFastModels();
out['fast/*.slm'] = ms(t);
process.stdout.write(`${JSON.stringify({ loadMs: out, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) })}\n`);
