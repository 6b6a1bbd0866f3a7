/**
 * Which encoding a file is in, from its first bytes:
 * 1. a byte-order mark says it (UTF-8, UTF-16LE, UTF-16BE: Excel's "Unicode text" starts FF FE);
 * 2. bytes that are valid UTF-8 are UTF-8 (plain ASCII included);
 * 3. otherwise jschardet ranks the legacy encodings a spreadsheet writes — CP932 (Japanese
 *    Excel) and Windows-1252 (Western Excel) — and the best one in which the bytes are valid
 *    wins. If none fits, UTF-8 is kept, and reading stops at the first invalid byte with its
 *    offset (see open-text.ts), asking for `--encoding`.
 */
import jschardet from 'jschardet';
import { createByteValidator } from './byte-validators.js';
import { CP932, UTF16BE, UTF16LE, UTF8, WINDOWS_1252, type TextEncoding } from './encodings.js';

export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  readonly how: 'byte-order mark' | 'valid UTF-8' | 'detected' | 'fallback' | 'forced';
}

const startsWith = (head: Uint8Array, ...bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

/** The head of a file may end inside a character: only a cut at its very end is forgiven. */
const isValidHead = (head: Uint8Array, encoding: TextEncoding): boolean =>
  createByteValidator(encoding.rule, encoding.codec).check(head) === -1;

const CANDIDATES: Readonly<Record<string, TextEncoding>> = {
  CP932,
  SHIFT_JIS: CP932,
  'WINDOWS-1252': WINDOWS_1252,
  'ISO-8859-1': WINDOWS_1252,
};

export const detectEncoding = (head: Uint8Array): DetectedEncoding => {
  if (startsWith(head, 0xef, 0xbb, 0xbf)) return { encoding: UTF8, how: 'byte-order mark' };
  if (startsWith(head, 0xff, 0xfe)) return { encoding: UTF16LE, how: 'byte-order mark' };
  if (startsWith(head, 0xfe, 0xff)) return { encoding: UTF16BE, how: 'byte-order mark' };
  if (isValidHead(head, UTF8)) return { encoding: UTF8, how: 'valid UTF-8' };
  const ranked = jschardet.detectAll(Buffer.from(head.buffer, head.byteOffset, head.byteLength), {
    detectEncodings: ['SHIFT_JIS', 'CP932', 'windows-1252', 'ISO-8859-1'],
    minimumThreshold: 0,
  });
  for (const r of ranked) {
    const encoding = r.encoding ? CANDIDATES[r.encoding.toUpperCase()] : undefined;
    if (encoding && isValidHead(head, encoding)) return { encoding, how: 'detected' };
  }
  return { encoding: UTF8, how: 'fallback' };
};
