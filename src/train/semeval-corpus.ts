/**
 * Reads the SemEval-2023 subtask-3 training layout of one language into segmented documents with
 * gold technique sets per paragraph, segmented by `segment()` exactly as at inference.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Document } from '../document/document.js';
import { segment } from '../segment/index.js';

/** One training paragraph: its document, index in `doc.paragraphs`, and gold labels. */
export interface TrainRow {
  doc: Document;
  index: number;
  lang: string;
  articleId: string;
  labels: string[];
}

/** SemEval folder codes → ISO 639-1. */
export const FOLDER_LANG: Record<string, string> = { en: 'en', fr: 'fr', ge: 'de', it: 'it', po: 'pl', ru: 'ru' };

/** Folder of a language code (either spelling). */
export function folderOf(lang: string): string {
  const hit = Object.entries(FOLDER_LANG).find(([folder, iso]) => folder === lang || iso === lang);
  if (!hit) throw new InputError({ input: lang }, `unknown language '${lang}' (use en fr de it pl ru)`);
  return hit[0];
}

/** ISO 639-1 code of a language code (either spelling): `po` and `pl` both give `pl`. */
export function isoOf(lang: string): string {
  return FOLDER_LANG[folderOf(lang)] as string;
}

/** The rows of one language, in article-id then paragraph order, plus the raw label file text. */
export function readSemevalLanguage(root: string, lang: string): { rows: TrainRow[]; files: string[] } {
  const dir = path.join(root, folderOf(lang));
  const labelsPath = path.join(dir, 'train-labels-subtask-3.txt');
  if (!existsSync(labelsPath)) throw new InputError({ input: labelsPath }, 'SemEval subtask-3 labels not found');
  const gold = parseLabels(readFileSync(labelsPath, 'utf8'), labelsPath);
  const iso = isoOf(lang);
  const artDir = path.join(dir, 'train-articles-subtask-3');
  const names = readdirSync(artDir).filter((f) => /^article\d+\.txt$/.test(f)).sort();
  const rows: TrainRow[] = [];
  const files = [labelsPath];
  for (const name of names) {
    const id = name.slice(7, -4);
    const byPar = gold.get(id);
    if (!byPar) continue;
    const file = path.join(artDir, name);
    files.push(file);
    // The same segmenter as inference, so the model is trained on exactly the tokens it will see.
    const doc = segment({ id, text: readFileSync(file, 'utf8') }, { lang: iso });
    doc.paragraphs.forEach((p, index) => {
      const labels = byPar.get(p.n);
      if (labels) rows.push({ doc, index, lang: iso, articleId: id, labels });
    });
  }
  return { rows, files };
}

function parseLabels(text: string, input: string): Map<string, Map<number, string[]>> {
  const out = new Map<string, Map<number, string[]>>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, par, techs] = line.replace(/\r$/, '').split('\t');
    const n = Number(par);
    if (!id || !Number.isInteger(n)) throw new InputError({ input, line: i + 1 }, 'malformed label row');
    let m = out.get(id);
    if (!m) out.set(id, (m = new Map()));
    m.set(n, techs ? techs.split(',').filter((t) => t !== '') : []);
  });
  return out;
}
