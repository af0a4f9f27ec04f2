/** Reads an HTTP response body, decompressed, up to a size cap that is enforced while streaming. */
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { InputError } from '../errors.js';
import { formatMegabytes } from './read-options.js';

/** The decompressor for a Content-Encoding, null for none; throws for an unknown encoding. */
function decoderFor(encoding: string | undefined, input: string): Transform | null {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return null;
  if (name === 'gzip' || name === 'x-gzip') return zlib.createGunzip();
  if (name === 'deflate') return zlib.createInflate();
  if (name === 'br') return zlib.createBrotliDecompress();
  throw new InputError({ input }, `uses an unsupported content encoding (${name})`);
}

/**
 * The body of `res`, decompressed. Fails as soon as the declared length or the bytes read (after
 * decompression, so a small compressed bomb is caught too) pass `maxBytes`.
 */
export async function readResponseBody(res: IncomingMessage, input: string, maxBytes: number): Promise<Buffer> {
  const tooBig = (size?: number): InputError =>
    new InputError({ input }, size === undefined
      ? `is over the limit of ${formatMegabytes(maxBytes)}`
      : `is ${formatMegabytes(size)}, over the limit of ${formatMegabytes(maxBytes)}`);
  let decoder: Transform | null;
  try {
    decoder = decoderFor(res.headers['content-encoding'], input);
    const declared = Number(res.headers['content-length']);
    if (decoder === null && Number.isFinite(declared) && declared > maxBytes) throw tooBig(declared);
  } catch (error) {
    res.destroy();
    throw error;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw tooBig();
      chunks.push(chunk);
    }
  };
  if (decoder === null) await pipeline(res, collect);
  else await pipeline(res, decoder, collect);
  return Buffer.concat(chunks, total);
}
