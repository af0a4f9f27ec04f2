/**
 * Turns the bytes of a text input into its raw text, or says why it is not one: binary, not
 * UTF-8, or empty. The text is returned exactly as decoded: BOM and CRLF are kept (DESIGN.md §2.1).
 */
import { InputError } from '../errors.js';
import { findInvalidUtf8 } from './utf8-validate.js';

/** How many leading bytes the binary sniffing looks at. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file is taken for binary. */
const CONTROL_SHARE = 0.1;

/** True for C0 controls other than tab, line feed, vertical tab, form feed, carriage return, escape; and DEL. */
function isControlByte(b: number): boolean {
  if (b === 0x7f) return true;
  if (b >= 0x20) return false;
  return !(b >= 0x09 && b <= 0x0d) && b !== 0x1b;
}

/** True when the first bytes hold a NUL or a high share of control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (isControlByte(b)) controls++;
  }
  return controls / sample.length > CONTROL_SHARE;
}

/** `UTF-16LE`/`UTF-16BE` when the bytes start with a UTF-16 byte-order mark. */
function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/** Decodes UTF-8 strictly, keeping a BOM; throws an InputError naming the first bad byte. */
export function decodeUtf8Strict(bytes: Uint8Array, input: string, line?: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const place = line === undefined ? { input } : { input, line };
    const offset = Math.max(0, findInvalidUtf8(bytes));
    throw new InputError(place, `not valid UTF-8 (byte offset ${offset})`);
  }
}

/**
 * The raw text of a whole text input (file or stdin), checked: not binary, valid UTF-8, not empty
 * or whitespace-only. `ignoreBOM` keeps a leading BOM in the text, as the SemEval offsets count it.
 * @example
 * const text = decodeTextBytes(await readFile(path), path);
 */
export function decodeTextBytes(bytes: Uint8Array, input: string): string {
  const utf16 = utf16Bom(bytes);
  if (utf16 !== undefined) throw new InputError({ input }, `is ${utf16} text, not UTF-8`);
  if (looksBinary(bytes)) throw new InputError({ input }, 'looks like a binary file');
  const text = decodeUtf8Strict(bytes, input);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new InputError({ input }, body === '' ? 'is empty' : 'is empty (only white space)');
  return text;
}
