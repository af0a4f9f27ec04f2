/**
 * Decoding of web pages and HTML files by their declared charset: the HTTP content type, a BOM,
 * or a `<meta>` in the first KB; UTF-8 otherwise. UTF-8 is decoded strictly, like text files.
 */
import { InputError } from '../errors.js';
import { decodeUtf8Strict } from './decode-text.js';

export { sniffHtmlCharset } from './sniff-charset.js';

/** The `charset` parameter of a Content-Type header value, lower-cased, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/**
 * Decodes `bytes` in `charset` (UTF-8 when undefined). UTF-8 must be valid; other charsets are
 * those TextDecoder knows (iso-8859-1 and windows-1252 among them). Throws an InputError for an
 * unknown charset or invalid UTF-8.
 * @example
 * decodeCharset(bytes, charsetFromContentType(res.headers['content-type']) ?? sniffHtmlCharset(bytes), url);
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined, input: string): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8') {
    return decodeUtf8Strict(bytes, input).replace(/^\uFEFF/, '');
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new InputError({ input }, `uses an unsupported charset (${label})`);
  }
  return decoder.decode(bytes);
}
