import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../errors.js';
import {
  PTC_TECHNIQUES,
  PTC_TO_TECHNIQUE,
  parseFrameLabels,
  parseGenreLabels,
  parsePtcSpans,
  parsePtcTechniques,
  parseSpanLabels,
  parseTechniqueLabels,
  parseTemplate,
} from './semeval-labels.js';

/** Asserts that `fn` throws an InputError at `line` whose message matches `re`. */
function throwsAt(fn: () => unknown, line: number, re: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof InputError && e.place.line === line && re.test(e.message));
}

test('subtask 1: BOM, CRLF, blank lines and trailing tabs are tolerated', () => {
  const file = parseGenreLabels('\uFEFF1\topinion\r\n\r\n2\tsatire\t\t\r\n  \n3\treporting ', 'g.txt');
  assert.deepEqual(file.rows.map((r) => [r.id, r.genre, r.line]), [['1', 'opinion', 1], ['2', 'satire', 3], ['3', 'reporting', 5]]);
});

test('subtask 1: unknown genre refused with its line', () => {
  throwsAt(() => parseGenreLabels('1\topinion\n2\tnews\n', 'g.txt'), 2, /unknown genre "news"/);
});

test('subtask 1: duplicate row refused', () => {
  throwsAt(() => parseGenreLabels('1\topinion\n1\tsatire\n', 'g.txt'), 2, /duplicate.*first on line 1/);
});

test('subtask 1: a missing genre is refused', () => {
  throwsAt(() => parseGenreLabels('1\t\n', 'g.txt'), 1, /article 1 has no genre/);
  throwsAt(() => parseGenreLabels('1\n', 'g.txt'), 1, /expected 2/);
});

test('subtask 2: empty frame list and trailing comma accepted', () => {
  const file = parseFrameLabels('7\t\n8\tEconomic,Political,\n9\n', 'f.txt');
  assert.deepEqual(file.rows.map((r) => r.frames), [[], ['Economic', 'Political'], []]);
});

test('subtask 2: unknown frame refused', () => {
  throwsAt(() => parseFrameLabels('7\tEconomic,Legality\n', 'f.txt'), 1, /unknown frame "Legality"/);
});

test('subtask 3: empty technique field and trailing tab accepted', () => {
  const file = parseTechniqueLabels('5\t1\t\n5\t3\tDoubt,Loaded_Language\r\n', 't.txt');
  assert.deepEqual(file.rows.map((r) => [r.paragraph, r.techniques]), [[1, []], [3, ['Doubt', 'Loaded_Language']]]);
});

test('subtask 3: bad paragraph number refused', () => {
  throwsAt(() => parseTechniqueLabels('5\tx\tDoubt\n', 't.txt'), 1, /bad paragraph number "x"/);
});

test('subtask 3: duplicate (article, paragraph) refused', () => {
  throwsAt(() => parseTechniqueLabels('5\t1\t\n5\t2\t\n5\t1\tDoubt\n', 't.txt'), 3, /duplicate/);
});

test('lenient reading skips bad rows and collects them', () => {
  const problems: InputError[] = [];
  const file = parseTechniqueLabels('5\t1\tDoubt\n5\t2\tNope\n5\t3\t\n', 't.txt', { lenient: true, problems });
  assert.equal(file.rows.length, 2);
  assert.equal(problems[0]?.place.line, 2);
});

test('spans: CRLF rows parse, end must follow start', () => {
  const file = parseSpanLabels('9\tDoubt\t0\t4\r\n9\tSlogans\t10\t12\r\n', 's.txt');
  assert.deepEqual([...file.articles], ['9']);
  assert.equal(file.rows[1]?.end, 12);
  throwsAt(() => parseSpanLabels('9\tDoubt\t5\t5\n', 's.txt'), 1, /not after its start/);
  throwsAt(() => parseSpanLabels('9\tDoubt\t-1\t5\n', 's.txt'), 1, /bad start offset/);
});

test('template: text kept as is, CRLF line break dropped', () => {
  const file = parseTemplate('4\t1\tTitle here \r\n4\t3\tBody\twith a tab\r\n', 't.template');
  assert.deepEqual(file.rows.map((r) => r.text), ['Title here ', 'Body\twith a tab']);
});

test('template: a glued row is split when the next row confirms the id', () => {
  const file = parseTemplate('4\t1\tEnds in 2019.77\t1\tNext one\n77\t3\tMore\n', 'all.template');
  assert.deepEqual(file.rows.map((r) => [r.id, r.paragraph, r.text]), [
    ['4', 1, 'Ends in 2019.'],
    ['77', 1, 'Next one'],
    ['77', 3, 'More'],
  ]);
});

test('template: an unconfirmed glue is refused', () => {
  throwsAt(() => parseTemplate('4\t1\tEnds.77\t1\tNext one\n', 'all.template'), 1, /glued/);
});

test('PTC: SI and TC rows; 12 of 14 classes map exactly', () => {
  assert.equal(parsePtcSpans('1\t3\t8\n', 'si.labels').rows[0]?.end, 8);
  const tc = parsePtcTechniques('1\tBandwagon,Reductio_ad_hitlerum\t3\t8\n', 'tc.labels');
  assert.equal(tc.rows[0]?.technique, 'Bandwagon,Reductio_ad_hitlerum');
  assert.equal(PTC_TECHNIQUES.filter((t) => PTC_TO_TECHNIQUE[t] !== undefined).length, 12);
  throwsAt(() => parsePtcTechniques('1\tLoaded_language\t3\t8\n', 'tc.labels'), 1, /unknown PTC technique/);
});
