/**
 * Reads the SemEval-2023 subtask-3 span layout of one language (articles and per-article span
 * files) into segmented documents with gold spans in UTF-16 offsets. PTC is not read: its articles
 * are the SemEval English training articles with the same spans, so it would count them twice.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Document } from '../document/document.js';
import { OffsetMap } from '../document/offsets.js';
import { readSpanLabels } from '../ingest/semeval-spans.js';
import { segment } from '../segment/index.js';
import type { LabelledSpan } from '../spans/gold-tags.js';
import { FOLDER_LANG, folderOf } from './semeval-corpus.js';

/** One training article: its document and its gold spans (UTF-16). */
export interface SpanArticle {
  doc: Document;
  spans: LabelledSpan[];
}

/** The articles of one language with span files, in article-id order, and the files read. */
export async function readSpanCorpus(root: string, lang: string): Promise<{ articles: SpanArticle[]; files: string[] }> {
  const folder = folderOf(lang);
  const iso = FOLDER_LANG[folder] as string;
  const dir = path.join(root, folder);
  const spanDir = path.join(dir, 'train-labels-subtask-3-spans');
  const artDir = path.join(dir, 'train-articles-subtask-3');
  if (!existsSync(spanDir) || !existsSync(artDir)) throw new InputError({ input: spanDir }, 'SemEval subtask-3 span folder or articles not found');
  const gold = await readSpanLabels(spanDir);
  const byId = new Map<string, LabelledSpan[]>();
  const raw = new Map<string, { technique: string; start: number; end: number; input: string; line: number }[]>();
  for (const r of gold.rows) (raw.get(r.id) ?? raw.set(r.id, []).get(r.id)!).push(r);
  const names = readdirSync(artDir).filter((f) => /^article\d+\.txt$/.test(f)).sort();
  const present = new Set(names.map((n) => n.slice(7, -4)));
  const orphan = gold.rows.find((r) => !present.has(r.id));
  if (orphan !== undefined) throw new InputError({ input: orphan.input, line: orphan.line }, `article ${orphan.id} is not in ${artDir}`);
  const articles: SpanArticle[] = [];
  const files: string[] = [];
  for (const name of names) {
    const id = name.slice(7, -4);
    if (!gold.articles.has(id)) continue;
    const file = path.join(artDir, name);
    const text = readFileSync(file, 'utf8');
    files.push(file);
    const map = new OffsetMap(text);
    const length = map.codePointLength;
    const spans = (raw.get(id) ?? []).map((r) => {
      if (r.end > length) throw new InputError({ input: r.input, line: r.line }, `span ${r.start}–${r.end} ends past its article ${id}, of ${length} characters (code points)`);
      return { label: r.technique, start: map.toUtf16(r.start), end: map.toUtf16(r.end) };
    });
    byId.set(id, spans);
    articles.push({ doc: segment({ id, text, lang: iso }, { lang: iso }), spans });
  }
  return { articles, files };
}
