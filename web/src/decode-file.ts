/**
 * A picked or dropped file's bytes as text, decoded as `slant analyze` decodes the same file: a
 * BOM first; for a web page the charset its `<meta>` declares in the first 1,024 bytes; else
 * UTF-8, strictly (a .txt in another encoding is refused, not garbled).
 */

/** How far into a page a `<meta charset>` is looked for (the HTML standard says 1024 bytes). */
const META_SNIFF_BYTES = 1024;

/** The charset a BOM declares, if any. */
function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset an early `<meta>` declares, lower-cased, if any. */
function metaCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const b of bytes.subarray(0, META_SNIFF_BYTES)) head += String.fromCharCode(b);
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * The text of file `name`, or a message saying why it cannot be read.
 * @example
 * decodeFile(new Uint8Array(await file.arrayBuffer()), file.name, true);
 */
export function decodeFile(bytes: Uint8Array, name: string, isHtml: boolean): { text: string } | { error: string } {
  const charset = bomCharset(bytes) ?? (isHtml ? metaCharset(bytes) : undefined) ?? 'utf-8';
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
