/**
 * A picked or dropped file's bytes as text, decoded as `slant analyze` decodes the same file: a
 * BOM first; for a web page the charset its `<meta>` declares in the first 1,024 bytes; else
 * UTF-8, strictly (a .txt in another encoding is refused, not garbled).
 */
import { bomCharset, sniffHtmlCharset } from '../../src/ingest/sniff-charset.js';

/**
 * The text of file `name`, or a message saying why it cannot be read.
 * @example
 * decodeFile(new Uint8Array(await file.arrayBuffer()), file.name, true);
 */
export function decodeFile(bytes: Uint8Array, name: string, isHtml: boolean): { text: string } | { error: string } {
  const charset = (isHtml ? sniffHtmlCharset(bytes) : bomCharset(bytes)) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { error: `${name} declares a charset this page cannot read (${charset}).` };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return {
      error: isHtml
        ? `${name} is not valid ${charset === 'utf-8' ? 'UTF-8 and declares no other charset' : charset}: declare its charset with <meta charset> or save it as UTF-8.`
        : `${name} is not UTF-8 text: save it as UTF-8 and try again.`,
    };
  }
}
