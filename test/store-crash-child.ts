/**
 * Child process of the crash test (store-crash.test.ts): ingests a corpus with the fake analyzer
 * in small transactions, printing `committed <total>` after each, until it is killed.
 * Usage: node --import tsx test/store-crash-child.ts <db> <corpus.jsonl>
 */
import { readInputs } from '../src/ingest/index.js';
import { openStore } from '../src/store/open-store.js';
import { ingestArticles } from '../src/store/ingest-articles.js';
import { fakeAnalyzer } from './store-fake-analyzer.js';

const [db = '', corpus = ''] = process.argv.slice(2);
const store = await openStore(db, { create: true });
let total = 0;
await ingestArticles(readInputs([corpus]), {
  store,
  analyzer: fakeAnalyzer(1),
  commitEvery: 20,
  onCommit: (n) => {
    total += n;
    process.stdout.write(`committed ${total}\n`);
  },
});
await store.close();
process.stdout.write('done\n');
