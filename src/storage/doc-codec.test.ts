// Document blocks: every codec version ever written decodes, forever, from committed golden files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, VERSION, decodeBlock, docRef, blockOf, indexOf, encodeBlock, inflateBlock, lineOf, packLine, parseLine, spliceLine, unpackLine } from './doc-codec.js';
import type { SignInRow } from '../core/model/sign-in-row.js';

const dir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'doc-blocks');
const lines = JSON.parse(readFileSync(join(dir, 'lines.json'), 'utf8')) as string[];

describe('document block codec', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));

  it('has a golden block for the version it writes and for v0.1\'s', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['v3.bin', `v${VERSION}.bin`]));
  });

  it.each(files)('decodes the committed %s to the exact lines', (f) => {
    const blob = readFileSync(join(dir, f));
    expect(blob[0]).toBe(Number(f.slice(1, -4)));
    expect(decodeBlock(blob)).toEqual(lines);
  });

  it('round-trips what it writes, with the current version byte', () => {
    const blob = encodeBlock(lines);
    expect(blob[0]).toBe(VERSION);
    expect(decodeBlock(blob)).toEqual(lines);
  });

  it.each(files)('inflates %s to line bytes equal to the decoded lines', (f) => {
    const block = inflateBlock(readFileSync(join(dir, f)));
    expect(lines.map((_, i) => lineOf(block, i)?.toString('utf8'))).toEqual(lines);
    expect(lineOf(block, lines.length)).toBeUndefined();
  });

  it('refuses a block of an unknown version', () => {
    expect(() => decodeBlock(Buffer.from([99, 1, 2]))).toThrow(/unknown document block version 99/);
  });

  it('splits document references into block and index', () => {
    const ref = docRef(12345, BLOCK_SIZE - 1);
    expect([blockOf(ref), indexOf(ref)]).toEqual([12345, BLOCK_SIZE - 1]);
  });
});

describe('stored lines', () => {
  const doc = { id: '0396591d-39ae-4582-919a-4fd43ae21e00', userId: 'u1', appDisplayName: 'App "quoted"', nested: { id: 'other', userId: 'u1x' }, n: 1 };
  const row = { id: doc.id, userId: 'u1', appDisplayName: 'App "quoted"' } as unknown as SignInRow;

  it.each([
    ['compact text', JSON.stringify(doc)],
    ['spaced text', JSON.stringify(doc, null, 1).replace(/\n/g, '')],
    ['a member first and last', JSON.stringify({ userId: 'u1', n: 1, id: doc.id })],
  ])('leaves column-held members out and gets them back: %s', (_, text) => {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const line = packLine({ row, doc: parsed as never, text });
    expect(line.startsWith('~')).toBe(true);
    expect(line).not.toContain(doc.id);
    expect(JSON.parse(unpackLine(line, row))).toEqual(parsed);
  });

  it('keeps the parsed value when the text repeats a key (the last one wins, as in JSON.parse)', () => {
    const text = `{"id":"decoy","n":1,"id":"${doc.id}"}`;
    const line = packLine({ row, doc: JSON.parse(text) as never, text });
    expect((JSON.parse(unpackLine(line, row)) as { id: string }).id).toBe(doc.id);
    expect(JSON.stringify(parseLine(Buffer.from(line), row))).toBe(JSON.stringify(JSON.parse(unpackLine(line, row))));
  });

  it('reads v0.1 lines with the members in front', () => {
    expect(unpackLine('1\t{"n":1}', row)).toBe(`{"id":"${doc.id}","n":1}`);
  });

  it.each([
    ['plain ASCII', 'App "quoted"', 'user@contoso.com'],
    ['accents and Japanese', 'Équipe サインイン', 'ユーザー@contoso.com'],
    ['an emoji (a surrogate pair)', 'App 🚀', 'u\\back\\slash@contoso.com'],
    ['control characters', 'tab\there', 'line\u0001feed'],
  ])('splices the same bytes as unpackLine gives text: %s', (_, appDisplayName, userPrincipalName) => {
    const full = { ...doc, appDisplayName, userPrincipalName };
    const r = { ...row, appDisplayName, userPrincipalName } as unknown as SignInRow;
    const text = JSON.stringify(full);
    for (const line of [packLine({ row: r, doc: full as never, text }), '1\t{"n":1}', '~1\t{}', text]) {
      const pieces: Buffer[] = [];
      spliceLine(Buffer.from(line, 'utf8'), r, pieces);
      expect(Buffer.concat(pieces).toString('utf8')).toBe(unpackLine(line, r));
      // Parsed from the body with the members set on it: equal, keys in the same order.
      expect(JSON.stringify(parseLine(Buffer.from(line, 'utf8'), r))).toBe(JSON.stringify(JSON.parse(unpackLine(line, r))));
    }
    expect(JSON.parse(unpackLine(packLine({ row: r, doc: full as never, text }), r))).toEqual(full);
  });
});
