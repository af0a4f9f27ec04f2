import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSegments } from './split-segments.js';
import { escapeHtml, jsonForScript, safeHttpUrl } from './escape-html.js';
import { escapeMarkdown } from './render-markdown.js';
import { stripControls } from './ansi.js';

const cut = (start: number, end: number, spans: { start: number; end: number }[]) => splitSegments(start, end, spans).map((s) => [s.start, s.end, s.marks]);

test('segments: overlapping spans split at every boundary, the overlap carries both', () => {
  assert.deepEqual(cut(0, 10, [{ start: 2, end: 6 }, { start: 4, end: 8 }]), [[0, 2, []], [2, 4, [0]], [4, 6, [0, 1]], [6, 8, [1]], [8, 10, []]]);
});

test('segments: a nested span and a span past the range are clipped to it', () => {
  assert.deepEqual(cut(0, 6, [{ start: 0, end: 6 }, { start: 2, end: 3 }, { start: 5, end: 9 }]), [[0, 2, [0]], [2, 3, [0, 1]], [3, 5, [0]], [5, 6, [0, 2]]]);
});

test('segments: no spans give the whole range as one plain segment', () => {
  assert.deepEqual(cut(3, 7, []), [[3, 7, []]]);
});

test('escapeHtml escapes the five markup characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('jsonForScript cannot close its script element', () => {
  const json = jsonForScript({ t: '</script><!-- \u2028' });
  assert.ok(!json.includes('<'));
  assert.deepEqual(JSON.parse(json), { t: '</script><!-- \u2028' });
});

test('safeHttpUrl refuses javascript: and data: URLs', () => {
  assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
  assert.equal(safeHttpUrl('data:text/html,x'), undefined);
  assert.equal(safeHttpUrl('https://example.org/a b'), 'https://example.org/a%20b');
});

test('escapeMarkdown keeps article text from becoming markup', () => {
  assert.equal(escapeMarkdown('<b>*x*</b> [l](u)'), '&lt;b&gt;\\*x\\*&lt;/b&gt; \\[l\\](u)');
  assert.equal(escapeMarkdown('- item'), '\\- item');
});

test('stripControls removes terminal escape sequences from article text', () => {
  assert.equal(stripControls('a\u001b[31mred\u0007b'), 'a[31mredb');
  assert.equal(stripControls('left \u202eright\u2066 x\u2069'), 'left right x', 'bidirectional overrides and isolates go too');
});

test('Markdown drops control characters from article text', () => {
  assert.equal(escapeMarkdown('a\u001b]0;pwned\u0007b\u0000\u202ec'), 'a\\]0;pwnedbc', 'the bracket is escaped as Markdown');
});
