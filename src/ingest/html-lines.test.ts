import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom-types.js';
import { htmlLines } from './html-lines.js';
import { withHtmlShell } from './html-shell.js';

const body = (html: string): DomDocument['body'] => (parseHTML(withHtmlShell(html)).document as unknown as DomDocument).body;
const lines = (html: string): string[] => htmlLines(body(html)!);

test('each block element is one line, inline markup stays inside it', () => {
  assert.deepEqual(lines('<p>One <b>bold</b>\n  word.</p><h2>Head</h2><ul><li>a</li><li>b</li></ul>'), ['One bold word.', 'Head', 'a', 'b']);
});
test('<br> ends a line after a sentence, and two in a row always do; inside a sentence it is a space', () => {
  assert.deepEqual(lines('<p>First one.<br>Second one!<br/>“Third?”<br>Fourth</p>'), ['First one.', 'Second one!', '“Third?”', 'Fourth']);
  assert.deepEqual(lines('<p>Either we stop this tax now<br/>or we watch the harbour die.</p>'), ['Either we stop this tax now or we watch the harbour die.']);
  assert.deepEqual(lines('<p>first<br>second<br/>\n<br>third</p>'), ['first second', 'third']);
  assert.deepEqual(lines('<div><br>after<br><br></div>'), ['after']);
});
test('scripts, styles and hidden elements are dropped', () => {
  assert.deepEqual(lines('<p>kept</p><script>var x = 1;</script><style>p{}</style><p hidden>gone</p>'), ['kept']);
});
test('a table row is one line', () => {
  assert.deepEqual(lines('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>'), ['a b', 'c']);
});
test('<pre> keeps its lines', () => {
  assert.deepEqual(lines('<pre>line one\nline two</pre>'), ['line one', 'line two']);
});
test('text directly in a div between blocks becomes its own line', () => {
  assert.deepEqual(lines('<div>loose text<p>para</p>tail</div>'), ['loose text', 'para', 'tail']);
});
test('the shell is added only when missing', () => {
  const full = '<html><head></head><body><p>x</p></body></html>';
  assert.equal(withHtmlShell(full), full);
  assert.equal(withHtmlShell('<title>T</title><p>x</p>'), '<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>');
});
