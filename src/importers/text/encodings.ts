/**
 * The text encodings an import understands, by the names people type (`--encoding`). Decoding
 * is iconv-lite's; what is ours is the list, the canonical name used in messages, and whether
 * the bytes can be checked one by one (see byte-validators.ts).
 */
import iconv from 'iconv-lite';
import { AppError } from '../../core/errors.js';

/** How invalid bytes are found: by a scanner of the encoding's structure. */
export type ByteRule = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932' | 'single-byte';

export interface TextEncoding {
  /** Canonical name, as messages show it. */
  readonly name: string;
  /** The name iconv-lite decodes with. */
  readonly codec: string;
  readonly rule: ByteRule;
}

export const UTF8: TextEncoding = { name: 'UTF-8', codec: 'utf8', rule: 'utf-8' };
export const UTF16LE: TextEncoding = { name: 'UTF-16LE', codec: 'utf16le', rule: 'utf-16le' };
export const UTF16BE: TextEncoding = { name: 'UTF-16BE', codec: 'utf16be', rule: 'utf-16be' };
/** Windows' Japanese code page: Shift_JIS plus NEC and IBM extensions, what Japanese Excel writes. */
export const CP932: TextEncoding = { name: 'CP932', codec: 'cp932', rule: 'cp932' };
export const WINDOWS_1252: TextEncoding = { name: 'Windows-1252', codec: 'windows-1252', rule: 'single-byte' };

const key = (name: string): string => name.trim().toLowerCase().replace(/[\s_-]/g, '');

const NAMED: ReadonlyMap<string, TextEncoding> = new Map([
  ['utf8', UTF8],
  ['utf8bom', UTF8],
  ['utf16le', UTF16LE],
  ['utf16', UTF16LE],
  ['unicode', UTF16LE],
  ['utf16be', UTF16BE],
  // Text files that say Shift_JIS are in practice written by Windows, i.e. CP932, a superset.
  ['cp932', CP932],
  ['ms932', CP932],
  ['windows31j', CP932],
  ['shiftjis', CP932],
  ['sjis', CP932],
  ['windows1252', WINDOWS_1252],
  ['cp1252', WINDOWS_1252],
]);

/** Multi-byte encodings iconv-lite decodes but whose bytes we cannot check one by one. */
const MULTI_BYTE = /^(euc|gb|big5|cp9(36|49|50)|ksc|iso2022|utf(7|32)|ucs|cesu|hkscs|windows9(36|49|50))/;

/**
 * The encoding `--encoding NAME` asks for. Besides the named ones, any single-byte code page
 * iconv-lite knows (ISO-8859-x, Windows-125x, ...) is accepted.
 */
export const resolveEncoding = (name: string): TextEncoding => {
  const known = NAMED.get(key(name));
  if (known) return known;
  const k = key(name);
  if (!iconv.encodingExists(name) || MULTI_BYTE.test(k)) {
    throw new AppError(
      'BadRequest',
      `--encoding: '${name.slice(0, 40)}' is not an encoding we can read; use UTF-8, UTF-16LE, UTF-16BE, CP932 (Shift_JIS) ` +
        'or a single-byte code page such as Windows-1252 or ISO-8859-1',
    );
  }
  return { name: name.trim(), codec: name.trim(), rule: 'single-byte' };
};
