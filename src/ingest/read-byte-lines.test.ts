import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByteLines, type ByteLine } from './read-byte-lines.js';

async function collect(chunks: string[], max = 100): Promise<Array<string | number>> {
  const out: Array<string | number> = [];
  const source = (async function* () {
    for (const chunk of chunks) yield Buffer.from(chunk);
  })();
  for await (const item of readByteLines(source, max) as AsyncGenerator<ByteLine>) {
    out.push('bytes' in item ? `${item.line}:${item.bytes.toString()}` : -item.line);
  }
  return out;
}

test('lines split across chunks are joined; a last line without newline is kept', async () => {
  assert.deepEqual(await collect(['ab', 'c\nd', 'e\n\nf']), ['1:abc', '2:de', '3:', '4:f']);
});
test('a too long line is reported by number and reading goes on', async () => {
  assert.deepEqual(await collect(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nok\n'], 40), ['1:short', -2, '3:ok']);
});
test('a multi-byte character split between chunks survives', async () => {
  const bytes = Buffer.from('é\n');
  const source = (async function* () {
    yield bytes.subarray(0, 1);
    yield bytes.subarray(1);
  })();
  const lines: string[] = [];
  for await (const item of readByteLines(source, 10)) if ('bytes' in item) lines.push(item.bytes.toString('utf8'));
  assert.deepEqual(lines, ['é']);
});
