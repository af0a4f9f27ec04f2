/**
 * The folder reader on the real SemEval-2023 folders (when ../shared/data is present): every
 * article of every language and split is read, in numeric order, with its language, and its text
 * re-encodes to exactly the bytes of the file (the raw text is untouched: BOMs and CRLF kept).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleFolder } from '../src/ingest/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(repoRoot, '../shared/data');
const SEMEVAL = path.join(DATA, 'semeval2023');
const EXPECTED_LANG: Record<string, string | undefined> = { en: 'en', fr: 'fr', ge: 'de', it: 'it', po: 'pl', ru: 'ru' };

/** Every `<lang>/<split>-articles-subtask-N` folder. */
function articleFolders(): string[] {
  const folders: string[] = [];
  for (const lang of readdirSync(SEMEVAL).sort()) {
    const langDir = path.join(SEMEVAL, lang);
    if (!existsSync(langDir) || lang === 'scorers-lists' || !/^[a-z]{2}$/.test(lang)) continue;
    for (const name of readdirSync(langDir).sort()) if (/-articles-subtask-\d$/.test(name)) folders.push(path.join(langDir, name));
  }
  return folders;
}

test('every SemEval article folder reads back byte for byte', { skip: !existsSync(DATA) && 'shared data absent: ../shared/data' }, async () => {
  let articles = 0;
  let withBom = 0;
  let withCrlf = 0;
  const folders = articleFolders();
  assert.ok(folders.length > 0, 'no article folders found');
  for (const folder of folders) {
    const read = await readArticleFolder(folder);
    const files = readdirSync(folder).filter((n) => /^article\d+\.txt$/.test(n));
    assert.equal(read.length, files.length, folder);
    const lang = EXPECTED_LANG[path.basename(path.dirname(folder))];
    for (let i = 0; i < read.length; i++) {
      const article = read[i]!;
      if (i > 0) assert.ok(BigInt(read[i - 1]!.id) < BigInt(article.id), `${folder}: ids out of order`);
      assert.equal(article.lang, lang);
      const file = path.join(folder, `article${article.id}.txt`);
      assert.ok(Buffer.from(article.text, 'utf8').equals(readFileSync(file)), `${file}: text differs from the file`);
      if (article.text.startsWith('\uFEFF')) withBom++;
      if (article.text.includes('\r\n')) withCrlf++;
      articles++;
    }
  }
  console.log(`read ${articles} articles in ${folders.length} folders (${withBom} with a BOM, ${withCrlf} with CRLF)`);
});
