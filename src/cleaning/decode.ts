// Turns a document's bytes into text, refusing empty, binary and wrongly encoded input with a clear reason.
import { DyadError } from '../shared/errors';

/** Share of control characters above which bytes are not text, even without a NUL. */
const MAX_CONTROL_RATIO = 0.1;
const SAMPLE_BYTES = 8192;

function label(source: string): string {
  return source === '-' ? 'standard input' : source;
}

function utf16(body: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

function looksBinary(body: Buffer): boolean {
  const sample = body.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, newline, form feed and carriage return are text; the rest of C0 and DEL are not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO;
}

/** UTF-8 (or UTF-16 with a byte order mark) to a string; the BOM is dropped. */
export function decodeText(body: Buffer, source: string): string {
  const name = label(source);
  if (body.length === 0) throw new DyadError('empty', `${name}: document is empty`, { input: source });
  const wide = utf16(body);
  if (!wide && looksBinary(body)) {
    throw new DyadError('binary', `${name}: looks like a binary file, not text or HTML`, { input: source });
  }
  let text: string;
  try {
    text = new TextDecoder(wide ?? 'utf-8', { fatal: true }).decode(body);
  } catch (err) {
    throw new DyadError('encoding', `${name}: not valid ${wide ? 'UTF-16' : 'UTF-8'} text (convert it to UTF-8 first)`, { input: source, cause: err });
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DyadError('empty', `${name}: document contains only whitespace`, { input: source });
  return text;
}
