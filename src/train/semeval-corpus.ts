/**
 * Reads the SemEval-2023 subtask-3 training layout of one language into segmented documents with
 * gold technique sets per paragraph, segmented by `segment()` exactly as at inference.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Document } from '../document/document.js';
import { segment } from '../segment/index.js';
import { isTechnique } from '../labels.js';
import { FOLDER_LANG } from '../lang/training-languages.js';

/** One training paragraph: its document, index in `doc.paragraphs`, and gold labels. */
export interface TrainRow {
  doc: Document;
  index: number;
  lang: string;
  articleId: string;
  labels: string[];
}

export { FOLDER_LANG } from '../lang/training-languages.js';

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
  if (!existsSync(labelsPath)) throw new InputError({ input: labelsPath }, 'SemEval subtask-3 labels not found: --data must name the SemEval-2023 Task 3 root (folders en fr ge it po ru); --lang trains fewer languages');
  const gold = parseLabels(readFileSync(labelsPath, 'utf8'), labelsPath);
  const iso = isoOf(lang);
  const artDir = path.join(dir, 'train-articles-subtask-3');
  if (!existsSync(artDir)) throw new InputError({ input: artDir }, 'SemEval subtask-3 articles folder not found');
  const names = readdirSync(artDir).filter((f) => /^article\d+\.txt$/.test(f)).sort();
  const rows: TrainRow[] = [];
  const files = [labelsPath];
  const found = new Set<string>();
  for (const name of names) {
    const id = name.slice(7, -4);
    const byPar = gold.get(id);
    if (!byPar) continue;
    found.add(id);
    const file = path.join(artDir, name);
    files.push(file);
    // The same segmenter as inference, so the model is trained on exactly the tokens it will see.
    const doc = segment({ id, text: readFileSync(file, 'utf8') }, { lang: iso });
    const paragraphs = new Set(doc.paragraphs.map((p) => p.n));
    for (const [n, row] of byPar) {
      if (!paragraphs.has(n)) throw new InputError({ input: labelsPath, line: row.line }, `article ${id} has no paragraph ${n} (its non-empty lines are ${describeLines(paragraphs)})`);
    }
    doc.paragraphs.forEach((p, index) => {
      const labels = byPar.get(p.n)?.labels;
      if (labels) rows.push({ doc, index, lang: iso, articleId: id, labels });
    });
  }
  for (const [id, byPar] of gold) {
    if (!found.has(id)) throw new InputError({ input: labelsPath, line: Math.min(...[...byPar.values()].map((r) => r.line)) }, `article ${id} is not in ${artDir}`);
  }
  return { rows, files };
}

/** `1–12` or `1, 3, 5` for a short list of paragraph numbers. */
function describeLines(ns: ReadonlySet<number>): string {
  const sorted = [...ns].sort((a, b) => a - b);
  if (sorted.length === 0) return 'none';
  return sorted.length > 6 ? `${sorted[0]} to ${sorted.at(-1)}` : sorted.join(', ');
}

/** A paragraph's gold labels and the label-file line that gave them. */
interface GoldRow {
  labels: string[];
  line: number;
}

function parseLabels(text: string, input: string): Map<string, Map<number, GoldRow>> {
  const out = new Map<string, Map<number, GoldRow>>();
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const [id, par, techs] = raw.replace(/\r$/, '').split('\t');
    const n = Number(par);
    if (!id || !Number.isInteger(n) || n < 1) throw new InputError({ input, line }, 'malformed label row (expected id, paragraph number from 1, techniques)');
    const labels = techs ? techs.split(',').map((t) => t.trim()).filter((t) => t !== '') : [];
    const unknown = labels.find((t) => !isTechnique(t));
    if (unknown !== undefined) throw new InputError({ input, line }, `unknown technique "${unknown}"`);
    let m = out.get(id);
    if (!m) out.set(id, (m = new Map()));
    const first = m.get(n);
    if (first !== undefined) throw new InputError({ input, line }, `article ${id} paragraph ${n} again (first on line ${first.line})`);
    m.set(n, { labels, line });
  });
  return out;
}
