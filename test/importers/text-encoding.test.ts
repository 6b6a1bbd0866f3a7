// Text encodings: invalid bytes found with their offset whatever the chunking, detection by
// byte-order mark, UTF-8 validity and jschardet, and streamed decoding to UTF-8.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createByteValidator } from '../../src/importers/text/byte-validators.js';
import { detectEncoding } from '../../src/importers/text/detect-encoding.js';
import { CP932, UTF16BE, UTF16LE, UTF8, WINDOWS_1252, resolveEncoding, type TextEncoding } from '../../src/importers/text/encodings.js';
import { InvalidTextError, openText, peekText } from '../../src/importers/text/open-text.js';

const JAPANESE = '山田 太郎,"大阪市, 大阪府, JP",ｶﾀｶﾅ,①\r\n';

/** The first invalid offset when `bytes` arrive cut at `split` (or -1). */
const firstInvalid = (enc: TextEncoding, bytes: Uint8Array, split: number): number => {
  const v = createByteValidator(enc.rule, enc.codec);
  const a = v.check(bytes.subarray(0, split));
  if (a >= 0) return a;
  const b = v.check(bytes.subarray(split));
  return b >= 0 ? b : v.end();
};

const everySplit = (enc: TextEncoding, bytes: Uint8Array): number[] =>
  [...Array(bytes.length + 1).keys()].map((split) => firstInvalid(enc, bytes, split));

describe('byte validators', () => {
  it.each([
    [UTF8, Buffer.from(`é€😀${JAPANESE}`, 'utf8')],
    [UTF16LE, iconv.encode(`😀${JAPANESE}`, 'utf16le')],
    [UTF16BE, iconv.encode(`😀${JAPANESE}`, 'utf16be')],
    [CP932, iconv.encode(JAPANESE, 'cp932')],
    [WINDOWS_1252, iconv.encode('Hélène Dupré, Zürich €', 'windows-1252')],
  ])('accepts valid %s text cut anywhere', (enc, bytes) => {
    expect(new Set(everySplit(enc, bytes))).toEqual(new Set([-1]));
  });

  it.each([
    ['UTF-8 stray continuation byte', UTF8, Buffer.from([0x61, 0x62, 0x80, 0x63]), 2],
    ['UTF-8 overlong', UTF8, Buffer.from([0x61, 0xc0, 0x80]), 1],
    ['UTF-8 surrogate', UTF8, Buffer.from([0x61, 0x61, 0xed, 0xa0, 0x80]), 2],
    ['UTF-8 cut at the end', UTF8, Buffer.from([0x61, 0xe3, 0x81]), 1],
    ['CP932 read as UTF-8', UTF8, Buffer.concat([Buffer.from('abc,'), iconv.encode('山田', 'cp932')]), 4],
    ['CP932 unassigned pair', CP932, Buffer.concat([iconv.encode('山田', 'cp932'), Buffer.from([0x85, 0x40])]), 4],
    ['CP932 lead byte at the end', CP932, Buffer.from([0x41, 0x42, 0x88]), 2],
    ['UTF-16LE lone low surrogate', UTF16LE, Buffer.from([0x41, 0x00, 0x00, 0xdc, 0x41, 0x00]), 2],
    ['UTF-16BE high surrogate without its pair', UTF16BE, Buffer.from([0x00, 0x41, 0xd8, 0x00, 0x00, 0x41]), 2],
    ['UTF-16LE odd length', UTF16LE, Buffer.from([0x41, 0x00, 0x42]), 2],
  ])('%s: names the offset whatever the chunking', (_label, enc, bytes, offset) => {
    expect(new Set(everySplit(enc, bytes))).toEqual(new Set([offset]));
  });
});

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from(`\uFEFF${JAPANESE}`, 'utf8'), 'UTF-8', 'byte-order mark'],
    ['UTF-16LE with BOM', iconv.encode(`\uFEFF${JAPANESE}`, 'utf16le'), 'UTF-16LE', 'byte-order mark'],
    ['UTF-16BE with BOM', iconv.encode(`\uFEFF${JAPANESE}`, 'utf16be'), 'UTF-16BE', 'byte-order mark'],
    ['UTF-8 without BOM', Buffer.from(JAPANESE, 'utf8'), 'UTF-8', 'valid UTF-8'],
    ['ASCII', Buffer.from('"Date (UTC)","Request ID"\r\n'), 'UTF-8', 'valid UTF-8'],
    ['CP932', iconv.encode(`"User","Location"\r\n${JAPANESE}`, 'cp932'), 'CP932', 'detected'],
    ['Windows-1252', iconv.encode('Name;Ort\r\nJürgen Groß;München, BY, DE\r\nHélène;Genève\r\n', 'windows-1252'), 'Windows-1252', 'detected'],
  ])('%s', (_label, bytes, name, how) => {
    const d = detectEncoding(bytes);
    expect([d.encoding.name, d.how]).toEqual([name, how]);
  });

  it('resolves the names people type and refuses unknown ones', () => {
    expect(resolveEncoding('Shift_JIS')).toBe(CP932);
    expect(resolveEncoding('windows-31j')).toBe(CP932);
    expect(resolveEncoding('UTF-16')).toBe(UTF16LE);
    expect(resolveEncoding('iso-8859-1').rule).toBe('single-byte');
    expect(() => resolveEncoding('klingon')).toThrow(/--encoding: 'klingon'/);
    expect(() => resolveEncoding('euc-jp')).toThrow(/not an encoding we can read/);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'signin-text-'));

const read = async (file: string, forced?: TextEncoding): Promise<{ text: string; failure: Error | undefined }> => {
  const { chosen } = await peekText(file, forced);
  const parts: Buffer[] = [];
  const opened = openText(file, chosen);
  for await (const c of opened.stream as AsyncIterable<Buffer>) parts.push(c);
  return { text: Buffer.concat(parts).toString('utf8'), failure: opened.failure?.() };
};

const readAll = async (file: string, forced?: TextEncoding): Promise<string> => {
  const r = await read(file, forced);
  expect(r.failure).toBeUndefined();
  return r.text;
};

describe('openText', () => {
  it('streams a large CP932 file as UTF-8, characters cut by chunks included', async () => {
    const text = `"User","Location"\r\n${JAPANESE.repeat(60_000)}`;
    const file = join(dir, 'big-cp932.csv');
    writeFileSync(file, iconv.encode(text, 'cp932'));
    expect(await readAll(file)).toBe(text);
  });

  it('decodes UTF-16LE without its byte-order mark', async () => {
    const file = join(dir, 'utf16.txt');
    writeFileSync(file, iconv.encode(`\uFEFFa\tb\r\n${JAPANESE}`, 'utf16le'));
    expect(await readAll(file)).toBe(`a\tb\r\n${JAPANESE}`);
  });

  it('ends at the first invalid byte, after the whole lines before it, naming its offset', async () => {
    const file = join(dir, 'mixed.csv');
    const good = Buffer.from('"User"\r\nplain ascii\r\nsame line, then ');
    writeFileSync(file, Buffer.concat([good, iconv.encode('山田\r\nnext\r\n', 'cp932')]));
    const r = await read(file, UTF8);
    expect(r.text).toBe('"User"\r\nplain ascii\r\n');
    expect(r.failure).toBeInstanceOf(InvalidTextError);
    expect((r.failure as InvalidTextError).offset).toBe(good.length);
    expect(r.failure?.message).toMatch(new RegExp(`not valid UTF-8 at byte offset ${good.length} \\(0x8E\\).*--encoding`));
    expect(await readAll(file, CP932)).toBe('"User"\r\nplain ascii\r\nsame line, then 山田\r\nnext\r\n');
  });

  it('keeps a last line without a line break', async () => {
    const file = join(dir, 'no-final-break.csv');
    writeFileSync(file, iconv.encode('a,b\r\n山田,1', 'cp932'));
    expect(await readAll(file)).toBe('a,b\r\n山田,1');
  });
});
