/**
 * Frames of an article in a script no training language uses (Greek, Georgian, …): leave one
 * language out, map every letter of its articles to an Ethiopic syllable (one syllable per letter,
 * case folded), and score micro-F1 (official subtask 2) on its gold frames of
 * - margins: the shipped pooled frames file's rule before stop 44, the 4 highest margins under the
 *   averaged calibration (a language without data in a seen script gets the 5 highest since then,
 *   `UNSEEN_LANGUAGE_FRAMES`). That file was trained on the held-out language's articles in their
 *   own script, so this flatters it a little;
 * - top k: the k frames most common among the other five languages' articles, each language
 *   weighed alike (`framePriors` over those five), the same k on every article.
 * The shipped rule since stop 44 is the six languages' top `UNSEEN_SCRIPT_FRAMES` (5).
 *
 *   node --import tsx scripts/cv-unseen-script-frames.ts [lang,lang...]     (FAST=1: the fast frames file)
 *
 * Stop 44, en / fr / de / it / pl / ru: margins 0.308 / 0.371 / 0.464 / 0.371 / 0.435 / 0.279
 * (fast 0.382 mean), top 4 0.341 / 0.434 / 0.457 / 0.428 / 0.444 / 0.352, top 5 0.334 / 0.437 /
 * 0.496 / 0.434 / 0.507 / 0.361, top 6 0.314 / 0.416 / 0.474 / 0.424 / 0.496 / 0.338.
 */
import { FRAMES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { inUnseenScript } from '../src/lang/script.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import { fastFramesFor, loadFastModels } from '../src/models/fast-models.js';
import { topMargins } from '../src/models/frames-model.js';
import { scoreMultiLabel } from '../src/eval/multi-label.js';
import { readArticleTask } from '../src/train/genre-frames-corpus.js';
import { framePriors } from '../src/train/frame-priors.js';
import { scriptArgs, TRAINING_LANGUAGES as ALL, type ScriptArgs } from './script-args.js';

const args: ScriptArgs = scriptArgs('cv-unseen-script-frames');
const held = args.languages(process.argv[2], 'languages');
const root = args.semevalRoot();
const KS = [3, 4, 5, 6, 7, 8];
/** A language code no model has a calibration for. */
const UNSEEN = 'am';

/** Each letter of `text` as an Ethiopic syllable (the same one for a letter and its capital). */
const syllables = new Map<string, string>();
function unseenScript(text: string): string {
  return text.replace(/\p{L}/gu, (ch) => {
    const c = ch.toLowerCase();
    let s = syllables.get(c);
    if (s === undefined) syllables.set(c, (s = String.fromCodePoint(0x1200 + syllables.size)));
    return s;
  });
}

const corpora = new Map(await Promise.all(ALL.map(async (l) => [l, (await readArticleTask(root, l, 2)).rows] as const)));
const frames = process.env.FAST ? fastFramesFor(loadFastModels(), UNSEEN) : loadArticleModel('frames', UNSEEN);
const labels = FRAMES as readonly string[];
const micro = (gold: string[][], pred: (i: number) => string[]): number => scoreMultiLabel(gold.map((g, i) => ({ gold: g, pred: pred(i) })), labels).micro.f1;

for (const lang of held) {
  const rows = corpora.get(lang) ?? [];
  const gold = rows.map((r) => r.labels);
  // The old rule: the pooled file's 4 highest margins on the article in an unseen script.
  const OLD_FRAMES = 4;
  const byMargin = rows.map((r) => {
    const doc = segment({ id: r.articleId, text: unseenScript(r.doc.article.text) }, { lang: UNSEEN });
    if (!inUnseenScript(doc.article.text)) args.fail(`article ${r.articleId} (${lang}) is not in an unseen script after the mapping`);
    return [...topMargins(frames.margins(doc), OLD_FRAMES)].map((l) => frames.header.labels[l] as string);
  });
  const others = ALL.filter((l) => l !== lang).flatMap((l) => corpora.get(l) ?? []);
  const targets = Uint8Array.from(others.flatMap((r) => labels.map((f) => (r.labels.includes(f) ? 1 : 0))));
  const priors = framePriors(targets, others.map((r) => r.lang), labels.length);
  const order = [...topMargins(Float64Array.from(priors), labels.length)].map((l) => labels[l] as string);
  const constant = KS.map((k) => micro(gold, () => order.slice(0, k)));
  console.log(`${lang}: margins ${micro(gold, (i) => byMargin[i] as string[]).toFixed(3)}, ${KS.map((k, j) => `top ${k} ${(constant[j] as number).toFixed(3)}`).join(', ')}`);
}
