/**
 * Compares eld's n-gram databases on the SemEval training articles (subtask 3, six languages, the
 * language known from the folder): load time, then how many articles
 * (their first 2,000 characters, as detection reads them), first three paragraphs and short
 * paragraphs (40–120 characters) each one names right. Reads ../shared/data; prints one line per
 * database.
 *
 *   node --import tsx scripts/check-eld-databases.ts [small extrasmall ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Eld = { detect(text: string): { language: string } };
const ROOT = path.resolve(import.meta.dirname, '../../shared/data/semeval2023');
const FOLDERS: Record<string, string> = { en: 'en', fr: 'fr', ge: 'de', it: 'it', po: 'pl', ru: 'ru' };
const SIZES = new Set(['extrasmall', 'small', 'medium', 'large']);
/** As src/lang/detect.ts's DETECT_CHARS (not imported: that module loads the shipped database). */
const DETECT_CHARS = 2000;

const sizes = process.argv.slice(2);
if (sizes.length === 0) sizes.push('small', 'extrasmall');
const unknown = sizes.filter((s) => !SIZES.has(s));
if (unknown.length > 0) {
  process.stderr.write(`check-eld-databases: unknown database ${unknown.join(', ')} (use ${[...SIZES].join(', ')})\n`);
  process.exit(2);
}

/** The texts to detect: each article with its language, from the SemEval folders present. */
function articles(): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  for (const [folder, lang] of Object.entries(FOLDERS)) {
    const dir = path.join(ROOT, folder, 'train-articles-subtask-3');
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files) out.push({ text: readFileSync(path.join(dir, f), 'utf8'), lang });
  }
  return out;
}

const texts = articles();
if (texts.length === 0) {
  process.stderr.write(`check-eld-databases: no SemEval articles under ${ROOT}\n`);
  process.exit(2);
}
for (const size of sizes) {
  // Each database in turn in this process: the first one's load time includes eld's own modules.
  const t = performance.now();
  const { eld } = (await import(`eld/${size}`)) as { eld: Eld };
  const loadMs = performance.now() - t;
  let art = 0, par = 0, parN = 0, short = 0, shortN = 0;
  for (const { text, lang } of texts) {
    if (eld.detect(text.slice(0, DETECT_CHARS)).language === lang) art++;
    const paragraphs = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
    for (const p of paragraphs.slice(0, 3)) {
      parN++;
      if (eld.detect(p).language === lang) par++;
    }
    const s = paragraphs.find((p) => p.length >= 40 && p.length <= 120);
    if (s !== undefined) {
      shortN++;
      if (eld.detect(s).language === lang) short++;
    }
  }
  console.log(`${size}: load ${loadMs.toFixed(0)} ms; articles ${art}/${texts.length}, first three paragraphs ${par}/${parN}, short paragraphs ${short}/${shortN}`);
}
