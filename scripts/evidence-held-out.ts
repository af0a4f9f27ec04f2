/**
 * How often technique evidence points at the words the annotators marked, on articles the models
 * never saw. Two steps, with a copy of the repository between them (the analysis reads the models
 * of its own checkout):
 *
 *   node --import tsx scripts/evidence-held-out.ts split <out> [langs]
 *     writes <out>/data, a SemEval root without every fourth article (by id) of each language's
 *     subtask 3, and <out>/held-<code>.txt, the ids left out. Subtasks 1 and 2 and languages
 *     not named are linked whole.
 *   (in a copy: slant train spans --data <out>/data --lang L --folds 0, then
 *    slant train techniques --data <out>/data --lang L --mode lang, after removing the copy's
 *    pooled models/techniques/techniques.slm so that the languages keep their own files; for
 *    --fast, slant train fast --data <out>/data)
 *   node --import tsx scripts/evidence-held-out.ts measure <out> [langs] [--fast]
 *     analyses the held-out articles (in the checkout it runs from) and compares each correctly
 *     reported technique's evidence phrases with the gold spans of that technique in the paragraph.
 *
 * Printed per language: the (paragraph, technique) pairs judged; the share of pairs with at least
 * one phrase touching a gold span, and whose strongest phrase does; the share of evidence
 * characters inside gold spans against the share of the paragraphs' characters (what phrases
 * placed at random would reach); and (full analysis) the same for the technique spans the
 * analysis predicts in the paragraph (the report's highlights).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSpanCorpus } from '../src/train/spans-corpus.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';
import { scriptArgs, type ScriptArgs } from './script-args.js';

const args: ScriptArgs = scriptArgs('evidence-held-out');
const CODES: Record<string, string> = { en: 'en', fr: 'fr', de: 'ge', it: 'it', pl: 'po', ru: 'ru' };
const SUBTASK3 = ['train-articles-subtask-3', 'train-labels-subtask-3', 'train-labels-subtask-3-spans'];

const [step, out, langArg, flag] = process.argv.slice(2);
if ((step !== 'split' && step !== 'measure') || out === undefined) args.fail('usage: evidence-held-out.ts split|measure <out> [langs, default en,fr,pl,ru] [--fast]');
const langs = args.languages(langArg, 'languages', ['en', 'fr', 'pl', 'ru']);
const root = args.semevalRoot();

/** The id in a subtask-3 file name (`article<ID>.txt`, `article<ID>-labels-subtask-3.txt…`). */
const idOf = (name: string): string => (/^article(\d+)/.exec(name)?.[1] ?? '');

if (step === 'split') {
  const data = path.join(out, 'data');
  for (const code of readdirSync(root).filter((f) => !f.includes('.') && f !== 'scorers-lists')) {
    const from = path.join(root, code);
    const to = path.join(data, code);
    if (!langs.some((l) => CODES[l] === code)) {
      mkdirSync(data, { recursive: true });
      if (!existsSync(to)) symlinkSync(from, to);
      continue;
    }
    const ids = readdirSync(path.join(from, SUBTASK3[0] as string)).map(idOf).filter((id) => id !== '').sort();
    const held = new Set(ids.filter((_, i) => i % 4 === 0));
    for (const entry of readdirSync(from)) {
      mkdirSync(to, { recursive: true });
      if (SUBTASK3.includes(entry)) {
        mkdirSync(path.join(to, entry), { recursive: true });
        for (const f of readdirSync(path.join(from, entry))) if (!held.has(idOf(f)) && !existsSync(path.join(to, entry, f))) symlinkSync(path.join(from, entry, f), path.join(to, entry, f));
      } else if (entry === 'train-labels-subtask-3.txt') {
        const rows = readFileSync(path.join(from, entry), 'utf8').split(/(?<=\n)/);
        writeFileSync(path.join(to, entry), rows.filter((r) => !held.has(r.split('\t')[0] ?? '')).join(''));
      } else if (!existsSync(path.join(to, entry))) symlinkSync(path.join(from, entry), path.join(to, entry));
    }
    writeFileSync(path.join(out, `held-${code}.txt`), `${[...held].join('\n')}\n`);
    console.log(`${code}: ${held.size} of ${ids.length} articles held out`);
  }
} else {
  const fast = flag === '--fast';
  for (const lang of langs) {
    const list = path.join(out, `held-${CODES[lang]}.txt`);
    if (!existsSync(list)) {
      args.fail(`${list} is missing; run the split step for ${lang} first`);
    }
    const held = new Set(readFileSync(list, 'utf8').split('\n').filter((id) => id !== ''));
    const { articles } = await readSpanCorpus(root, lang);
    let pairs = 0, withHit = 0, strongestHits = 0, chars = 0, inGold = 0, paragraphChars = 0, paragraphInGold = 0;
    let spanHit = 0, spanChars = 0, spanInGold = 0;
    for (const { doc, spans } of articles.filter((a) => held.has(a.doc.article.id))) {
      const analysis = analyzeDocument(doc, fast ? { tasks: ['techniques'], fast: true } : { tasks: ['techniques', 'spans'] });
      analysis.paragraphs.forEach((p, i) => {
        const para = doc.paragraphs[i]!;
        for (const t of p.techniques ?? []) {
          const gold = spans.filter((s) => s.label === t.label && s.end > para.start && s.start < para.end);
          if (gold.length === 0) continue;
          const inside = (c: number): boolean => gold.some((g) => g.start <= c && c < g.end);
          const touches = (e: { start: number; end: number }): boolean => gold.some((g) => g.start < e.end && e.start < g.end);
          pairs++;
          for (let c = para.start; c < para.end; c++) if (inside(c)) paragraphInGold++;
          paragraphChars += para.end - para.start;
          if (t.evidence.some(touches)) withHit++;
          const strongest = [...t.evidence].sort((a, b) => b.weight - a.weight)[0];
          if (strongest && touches(strongest)) strongestHits++;
          for (const e of t.evidence) for (let c = e.start; c < e.end; c++) { chars++; if (inside(c)) inGold++; }
          const predicted = (analysis.spans ?? []).filter((s) => s.label === t.label && s.end > para.start && s.start < para.end);
          if (predicted.some(touches)) spanHit++;
          for (const s of predicted) for (let c = s.start; c < s.end; c++) { spanChars++; if (inside(c)) spanInGold++; }
        }
      });
    }
    const share = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));
    console.log(`${lang}${fast ? ' (fast)' : ''}: ${pairs} correct (paragraph, technique) pairs in ${held.size} held-out articles; a phrase touches gold ${share(withHit, pairs)}, the strongest one ${share(strongestHits, pairs)}; evidence characters inside gold ${share(inGold, chars)} against ${share(paragraphInGold, paragraphChars)} of the paragraphs' characters`);
    if (!fast) console.log(`${lang}: the predicted spans of the technique: one touches gold ${share(spanHit, pairs)}; their characters inside gold ${share(spanInGold, spanChars)}`);
  }
}
