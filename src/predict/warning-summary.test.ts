import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warningSummary } from './warning-summary.js';

const unsupported = (lang: string) => ({ code: 'language-unsupported', message: `no training data for '${lang}'` });
const unseen = { code: 'script-unseen', message: 'unseen script' };

test('one line per code, in first-seen order, counting each article once, naming the first article', () => {
  const lines = warningSummary([
    { id: '7', warnings: [] },
    { id: '8', warnings: [unsupported('el'), unseen, unseen] },
    { id: '9', warnings: [unsupported('es')] },
  ]);
  assert.deepEqual(lines, [
    "2 of 3 articles warned language-unsupported, e.g. article 8: no training data for 'el'",
    '1 of 3 articles warned script-unseen, e.g. article 8: unseen script',
  ]);
});

test('no warnings, no lines', () => {
  assert.deepEqual(warningSummary([{ id: '1', warnings: [] }]), []);
  assert.deepEqual(warningSummary([]), []);
});
