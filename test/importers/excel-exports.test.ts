// Portal CSVs as spreadsheets save them (test/fixtures/excel-csv, written by
// scripts/gen-import-fixtures.ts): CP932, UTF-16 tab-separated, Windows-1252 with semicolons and
// day-first dates, and an ambiguous file; each imports with the right names, dates, codes and
// types, or is refused with a clear message.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFixtures } from '../../scripts/gen-import-fixtures.js';
import { peekText } from '../../src/importers/text/open-text.js';
import { UTF8 } from '../../src/importers/text/encodings.js';
import { collect } from './collect.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'excel-csv');
const file = (part: string): string => join(DIR, readdirSync(DIR).find((f) => f.includes(part)) as string);

type Rec = Record<string, unknown> & { status: { errorCode: number; failureReason?: string }; location?: Record<string, string> };

const records = async (part: string, text = {}) => {
  const r = await collect([file(part)], undefined, text);
  expect(r.problems).toEqual([]);
  return r.records.map((x) => x.value as Rec);
};

const pick = (r: Rec) => [r.createdDateTime, r.userDisplayName ?? r.servicePrincipalName, r.status.errorCode, r.signInEventTypes, r.isInteractive];

describe('spreadsheet-saved fixtures', () => {
  it('are exactly what scripts/gen-import-fixtures.ts writes', () => {
    const written = importFixtures();
    expect(readdirSync(DIR).sort()).toEqual(written.map((f) => f.name).sort());
    for (const f of written) expect(readFileSync(join(DIR, f.name)).equals(f.bytes), f.name).toBe(true);
  });

  it('Japanese Excel (CP932, YYYY/M/D H:mm): names, places, dates, codes and type', async () => {
    expect((await peekText(file('excel-ja'))).chosen.encoding.name).toBe('CP932');
    const rows = await records('excel-ja');
    expect(rows.map(pick)).toEqual([
      ['2026-11-01T01:15:00Z', '山田 太郎', 0, ['interactiveUser'], true],
      ['2026-11-01T23:05:09Z', '髙橋 花子', 50126, ['interactiveUser'], true],
      ['2026-11-02T09:30:00Z', 'ｽｽﾞｷ ｲﾁﾛｳ', 50074, ['interactiveUser'], true],
    ]);
    expect(rows[0]?.location).toEqual({ city: '大阪市', state: '大阪府', countryOrRegion: 'JP' });
    expect(rows[1]?.status.failureReason).toBe('Error validating credentials due to invalid username or password.');
    expect(rows[0]?.appDisplayName).toBe('Microsoft Teams');
  });

  it('Excel "Unicode text" (UTF-16LE, tab-separated, 12-hour US dates)', async () => {
    expect((await peekText(file('unicode-text'))).chosen.encoding.name).toBe('UTF-16LE');
    const rows = await records('unicode-text');
    expect(rows.map(pick)).toEqual([
      ['2026-11-03T13:15:09Z', '佐藤 健', 0, ['nonInteractiveUser'], false],
      ['2026-11-04T00:05:00Z', '伊藤 美咲', 50173, ['nonInteractiveUser'], false],
    ]);
    expect(rows[1]?.location).toEqual({ city: '名古屋市', state: '愛知県', countryOrRegion: 'JP' });
  });

  it('European Excel (Windows-1252, semicolons): day-first decided by a later row, earlier rows included', async () => {
    expect((await peekText(file('excel-de'))).chosen.encoding.name).toBe('Windows-1252');
    const rows = await records('excel-de');
    expect(rows.map(pick)).toEqual([
      ['2026-11-03T09:05:00Z', 'Hélène Dupré', 0, ['interactiveUser'], true],
      ['2026-11-12T08:00:30Z', 'Jürgen Groß', 0, ['interactiveUser'], true],
      ['2026-11-13T17:45:00Z', 'Åsa Øberg', 50126, ['interactiveUser'], true],
    ]);
    expect(rows[2]?.location).toEqual({ city: 'Malmö', state: 'Skåne', countryOrRegion: 'SE' });
  });

  it('an ambiguous file is refused as a whole, naming an example and --date-order', async () => {
    const r = await collect([file('ambiguous')]);
    expect(r.records).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.where).toBe(file('ambiguous'));
    expect(r.problems[0]?.message).toMatch(/day\/month order unknown: dates such as "03\/11\/2026 02:00".*--date-order dmy.*--date-order mdy/);
  });

  it('--date-order reads the ambiguous file either way', async () => {
    const dmy = await records('ambiguous', { dateOrder: 'dmy' });
    expect(dmy.map(pick)).toEqual([
      ['2026-11-03T02:00:00Z', 'nightly-export', 0, ['servicePrincipal'], false],
      ['2026-11-04T02:00:00Z', 'nightly-export', 7000215, ['servicePrincipal'], false],
      ['2026-05-05T02:00:00Z', 'nightly-export', 0, ['servicePrincipal'], false],
    ]);
    const mdy = await records('ambiguous', { dateOrder: 'mdy' });
    expect(mdy.map((r) => r.createdDateTime)).toEqual(['2026-03-11T02:00:00Z', '2026-04-11T02:00:00Z', '2026-05-05T02:00:00Z']);
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'signin-excel-'));

describe('refusals and options', () => {
  it('a CP932 file forced to UTF-8 stops at the first invalid byte, naming its offset', async () => {
    const r = await collect([file('excel-ja')], undefined, { encoding: UTF8 });
    const text = readFileSync(file('excel-ja'));
    const offset = text.findIndex((b) => b >= 0x80);
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`not valid UTF-8 at byte offset ${offset} .*given by --encoding`))]);
  });

  it('rows before an invalid byte are read; the problem names the row it is in', async () => {
    const f = join(tmp, 'InteractiveSignIns_late-cp932.csv');
    const head = 'Date (UTC),Request ID,User,Status\r\n2026-11-01T00:00:00Z,late-1,Ann,Success\r\n2026-11-01T00:00:01Z,late-2,Bob,Success\r\n';
    writeFileSync(f, Buffer.concat([Buffer.from(head), iconv.encode('2026-11-01T00:00:02Z,late-3,山田,Success\r\n', 'cp932')]));
    const r = await collect([f], undefined, { encoding: UTF8 });
    expect(r.records.map((x) => (x.value as Rec).id)).toEqual(['late-1', 'late-2']);
    expect(r.problems).toEqual([{ where: `${f}:row 4`, message: expect.stringMatching(/^not valid UTF-8 at byte offset \d+ \(0x8E\)/) }]);
  });

  it('JSON that is not UTF-8 is refused whole, never read as garbled text', async () => {
    const f = join(tmp, 'signins-utf16.json');
    writeFileSync(f, iconv.encode('\uFEFF[{"id":"j-1","createdDateTime":"2026-11-01T00:00:00Z","userDisplayName":"山田 太郎"}]', 'utf16le'));
    const r = await collect([f]);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([{ where: f, message: expect.stringMatching(/is read as UTF-8, but this file is UTF-16LE \(by byte-order mark\).*save it as UTF-8/) }]);
  });

  it('a file whose later rows contradict its order rejects those rows only', async () => {
    const f = join(tmp, 'InteractiveSignIns_mixed.csv');
    const row = (n: number, date: string) => `${date},req-${n},Success\r\n`;
    writeFileSync(f, `"Date (UTC)","Request ID","Status"\r\n${row(1, '13/11/2026 10:00')}${row(2, '11/13/2026 10:00')}${row(3, '01/11/2026 10:00')}`);
    const r = await collect([f]);
    expect(r.records.map((x) => (x.value as Rec).createdDateTime)).toEqual(['2026-11-13T10:00:00Z', '2026-11-01T10:00:00Z']);
    expect(r.problems).toEqual([{ where: `${f}:row 3`, field: 'Date (UTC)', message: 'not a valid date-time (read as day/month/year): "11/13/2026 10:00"' }]);
  });

  it('a Date column without UTC follows --timezone; a "(UTC)" column stays UTC', async () => {
    const f = join(tmp, 'InteractiveSignIns_local.csv');
    writeFileSync(f, iconv.encode('Date;Request ID;Status\r\n2026/11/1 9:00;req-local;Success\r\n2026/7/1 9:00;req-summer;Success\r\n', 'utf8'));
    const tokyo = await collect([f], undefined, { timeZone: 'Asia/Tokyo' });
    expect(tokyo.records.map((x) => (x.value as Rec).createdDateTime)).toEqual(['2026-11-01T00:00:00Z', '2026-07-01T00:00:00Z']);
    const berlin = await collect([f], undefined, { timeZone: 'Europe/Berlin' });
    expect(berlin.records.map((x) => (x.value as Rec).createdDateTime)).toEqual(['2026-11-01T08:00:00Z', '2026-07-01T07:00:00Z']);
    const utc = await collect([file('excel-ja')], undefined, { timeZone: 'Asia/Tokyo' });
    expect((utc.records[0]?.value as Rec).createdDateTime).toBe('2026-11-01T01:15:00Z');
  });

  it('a Log Analytics CSV saved as UTF-16 text: tabs, day-first local times', async () => {
    const f = join(tmp, 'SigninLogs_unicode.txt');
    const rows = ['Id\tTimeGenerated\tResultType\tUserPrincipalName\tUserDisplayName', 'la-1\t03/11/2026 09:00\t0\ta@contoso.jp\t山田 太郎', 'la-2\t13/11/2026 18:30\t50126\tb@contoso.jp\t髙橋 花子'];
    writeFileSync(f, iconv.encode(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf16le'));
    const r = await collect([f], undefined, { timeZone: 'Asia/Tokyo' });
    expect(r.formats).toEqual(['log-analytics-csv']);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => pick(x.value as Rec))).toEqual([
      ['2026-11-03T00:00:00Z', '山田 太郎', 0, ['interactiveUser'], true],
      ['2026-11-13T09:30:00Z', '髙橋 花子', 50126, ['interactiveUser'], true],
    ]);
  });

  it('holds back at most a bounded number of rows, then reads the file again for its dates', async () => {
    const f = join(tmp, 'InteractiveSignIns_long.csv');
    const lines = Array.from({ length: 25_000 }, (_, i) => `0${1 + (i % 9)}/0${1 + ((i + 1) % 9)}/2026 10:00,req-${i},Success`);
    lines.push('28/02/2026 10:00,req-last,Success');
    writeFileSync(f, `Date (UTC),Request ID,Status\r\n${lines.join('\r\n')}\r\n`);
    const r = await collect([f]);
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(25_001);
    expect((r.records[0]?.value as Rec).createdDateTime).toBe('2026-02-01T10:00:00Z');
    expect((r.records[0]?.value as Rec).id).toBe('req-0');
    expect((r.records.at(-1)?.value as Rec).id).toBe('req-last');
  });
});
