/**
 * Splits a byte stream into lines without decoding it, so each line can be decoded strictly on
 * its own and a bad line named by number. Memory stays bounded by the longest accepted line.
 */

/** One line of the stream: its bytes (without `\n`), or a note that it was too long and skipped. */
export type ByteLine = { line: number; bytes: Buffer } | { line: number; tooLong: true };

/**
 * Yields the lines of `stream`, numbered from 1. A line longer than `maxLineBytes` is not kept:
 * its bytes are dropped as they come and it is yielded as `{ line, tooLong: true }`.
 * @example
 * for await (const l of readByteLines(createReadStream(path), 1 << 20)) if ('bytes' in l) use(l.bytes);
 */
export async function* readByteLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let line = 1;
  for await (const chunk of stream) {
    let data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let newline = data.indexOf(0x0a);
    while (newline !== -1) {
      const head = data.subarray(0, newline);
      if (skipping || pendingBytes + head.length > maxLineBytes) yield { line, tooLong: true };
      else yield { line, bytes: Buffer.concat([...pending, head]) };
      pending = [];
      pendingBytes = 0;
      skipping = false;
      line++;
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    if (skipping) continue;
    pending.push(data);
    pendingBytes += data.length;
    if (pendingBytes > maxLineBytes) {
      skipping = true;
      pending = [];
      pendingBytes = 0;
    }
  }
  if (skipping) yield { line, tooLong: true };
  else if (pendingBytes > 0) yield { line, bytes: Buffer.concat(pending) };
}
