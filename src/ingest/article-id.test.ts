import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleIdFromPath, compareNumericIds } from './article-id.js';
import { semevalLangFromPath } from './semeval-lang.js';

test('article<ID>.txt gives the ID', () => assert.equal(articleIdFromPath('/d/article111111111.txt'), '111111111'));
test('other files give the base name without extension', () => {
  assert.equal(articleIdFromPath('notes/my.story.html'), 'my.story');
  assert.equal(articleIdFromPath('README'), 'README');
  assert.equal(articleIdFromPath('.hidden'), '.hidden');
  assert.equal(articleIdFromPath('article12.txt.bak'), 'article12.txt');
});
test('ids sort numerically, even past 2^53', () => {
  const ids = ['10', '9', '99999999999999999999', '100', '2'];
  assert.deepEqual(ids.sort(compareNumericIds), ['2', '9', '10', '100', '99999999999999999999']);
});
test('the language comes from the folder above the articles folder', () => {
  assert.equal(semevalLangFromPath('/x/semeval2023/it/train-articles-subtask-3/article123.txt'), 'it');
  assert.equal(semevalLangFromPath('/x/ge/test-articles-subtask-1/article1.txt'), 'de');
  assert.equal(semevalLangFromPath('/x/po/train-articles-subtask-2/article1.txt'), 'pl');
  assert.equal(semevalLangFromPath('/x/es/test-articles-subtask-3/article1.txt'), undefined);
  assert.equal(semevalLangFromPath('/x/articles/article1.txt'), undefined);
});
