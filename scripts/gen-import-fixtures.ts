/**
 * Writes the spreadsheet-saved import fixtures (invented data, the portal's column names):
 *   npx tsx scripts/gen-import-fixtures.ts [OUT_DIR]     (default test/fixtures/excel-csv)
 *
 * - InteractiveSignIns_…_excel-ja.csv: Japanese Excel "CSV (comma delimited)": CP932 without a
 *   byte-order mark, the current 57-column header, dates `2026/11/1 1:15`, Japanese names and
 *   places (an IBM-extension kanji and half-width katakana included).
 * - NonInteractiveSignIns_…_unicode-text.txt: Excel "Unicode text": UTF-16LE with a byte-order
 *   mark, tab-separated, US 12-hour dates.
 * - InteractiveSignIns_…_excel-de.csv: European Excel: Windows-1252, semicolons, day-first dates
 *   whose first rows could be read either way (only a later row, 13/11, tells).
 * - ApplicationSignIns_…_ambiguous.csv: UTF-8, every date readable day-first or month-first.
 * test/importers/excel-exports.test.ts checks that the committed files are this script's output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { PORTAL_CSV_COLUMNS, PORTAL_LAYOUT_COLUMNS } from '../src/core/export/portal-csv.js';

export interface Fixture {
  readonly name: string;
  readonly bytes: Buffer;
}

type Row = Readonly<Record<string, string>>;

const PORTAL_HEADER = PORTAL_CSV_COLUMNS.slice(0, PORTAL_LAYOUT_COLUMNS).map(([h]) => h);
const TENANT = '3f1c6e0a-5b7d-4c2e-9a81-0d4e6f7a8b9c';
const TEAMS = ['Microsoft Teams', '1fec8e78-bce4-4aaf-ab1b-5451cc387264'] as const;
const OUTLOOK = ['Microsoft Office', 'd3590ed6-52b3-4102-aeff-aad2292ab01c'] as const;
const id = (n: number): string => `6d0c1a2b-3c4d-4e5f-8a9b-${String(n).padStart(12, '0')}`;

/** Quotes a cell the way Excel does: only when it holds the separator, a quote or a line break. */
const cell = (value: string, sep: string): string => (value.includes(sep) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const table = (header: readonly string[], rows: readonly Row[], sep: string): string =>
  [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((cells) => cells.map((c) => cell(c, sep)).join(sep)).join('\r\n') + '\r\n';

const user = (n: number, name: string, upn: string, app: readonly [string, string], place: string): Row => ({
  'Request ID': id(n),
  'Correlation ID': id(n + 500),
  'User ID': id(n + 900),
  User: name,
  Username: upn,
  'User type': 'Member',
  Application: app[0],
  'Application ID ': app[1],
  Resource: 'Microsoft Graph',
  'Resource ID ': '00000003-0000-0000-c000-000000000000',
  'Resource tenant ID': TENANT,
  'Home tenant ID': TENANT,
  'IP address': `203.0.113.${n}`,
  Location: place,
  'Client app': 'Browser',
  'Token issuer type': 'Azure AD',
  'Conditional Access': 'Not Applied',
});

const failed = (code: string, reason: string): Row => ({ Status: code === '50074' ? 'Interrupted' : 'Failure', 'Sign-in error code': code, 'Failure reason': reason });
const ok: Row = { Status: 'Success' };

const japaneseExcel = (): Buffer => {
  const rows: Row[] = [
    { ...user(1, '山田 太郎', 'taro.yamada@contoso.co.jp', TEAMS, '大阪市, 大阪府, JP'), ...ok, 'Date (UTC)': '2026/11/1 1:15' },
    {
      ...user(2, '髙橋 花子', 'hanako.takahashi@contoso.co.jp', OUTLOOK, '港区, 東京都, JP'),
      ...failed('50126', 'Error validating credentials due to invalid username or password.'),
      'Date (UTC)': '2026/11/1 23:05:09',
    },
    {
      ...user(3, 'ｽｽﾞｷ ｲﾁﾛｳ', 'ichiro.suzuki@contoso.co.jp', TEAMS, '札幌市, 北海道, JP'),
      ...failed('50074', 'Strong Authentication is required.'),
      'Date (UTC)': '2026/11/2 9:30',
    },
  ];
  return iconv.encode(table(PORTAL_HEADER, rows, ','), 'cp932');
};

const unicodeText = (): Buffer => {
  const rows: Row[] = [
    { ...user(11, '佐藤 健', 'ken.sato@contoso.co.jp', OUTLOOK, '福岡市, 福岡県, JP'), ...ok, 'Date (UTC)': '11/3/2026 1:15:09 PM' },
    {
      ...user(12, '伊藤 美咲', 'misaki.ito@contoso.co.jp', TEAMS, '名古屋市, 愛知県, JP'),
      ...failed('50173', 'The provided grant has expired due to it being revoked.'),
      'Date (UTC)': '11/4/2026 12:05 AM',
    },
  ];
  return iconv.encode(`\uFEFF${table(PORTAL_HEADER, rows, '\t')}`, 'utf16le');
};

const EUROPEAN_HEADER = ['Date (UTC)', 'Request ID', 'User ID', 'User', 'Username', 'Application', 'Application ID ', 'IP address', 'Location', 'Status', 'Sign-in error code', 'Failure reason'];

const europeanExcel = (): Buffer => {
  const rows: Row[] = [
    { ...user(21, 'Hélène Dupré', 'helene.dupre@contoso.eu', TEAMS, 'Genève, GE, CH'), ...ok, 'Date (UTC)': '03/11/2026 09:05' },
    { ...user(22, 'Jürgen Groß', 'juergen.gross@contoso.eu', OUTLOOK, 'München, BY, DE'), ...ok, 'Date (UTC)': '12/11/2026 08:00:30' },
    {
      ...user(23, 'Åsa Øberg', 'asa.oberg@contoso.eu', TEAMS, 'Malmö, Skåne, SE'),
      ...failed('50126', 'Error validating credentials due to invalid username or password.'),
      'Date (UTC)': '13/11/2026 17:45',
    },
  ];
  return iconv.encode(table(EUROPEAN_HEADER, rows, ';'), 'windows-1252');
};

const SERVICE_PRINCIPAL_HEADER = ['Date (UTC)', 'Request ID', 'Service principal ID', 'Service principal name', 'Application', 'Application ID ', 'IP address', 'Status', 'Sign-in error code', 'Failure reason'];

const ambiguous = (): Buffer => {
  const app = (n: number): Row => ({
    'Request ID': id(n),
    'Service principal ID': id(n + 900),
    'Service principal name': 'nightly-export',
    Application: 'nightly-export',
    'Application ID ': id(n + 800),
    'IP address': `198.51.100.${n}`,
  });
  const rows: Row[] = [
    { ...app(31), ...ok, 'Date (UTC)': '03/11/2026 02:00' },
    { ...app(32), ...failed('7000215', 'Invalid client secret provided.'), 'Date (UTC)': '04/11/2026 02:00' },
    { ...app(33), ...ok, 'Date (UTC)': '05/05/2026 02:00' },
  ];
  return Buffer.from(table(SERVICE_PRINCIPAL_HEADER, rows, ','), 'utf8');
};

export const importFixtures = (): Fixture[] => [
  { name: 'InteractiveSignIns_2026-11-01_2026-11-02_excel-ja.csv', bytes: japaneseExcel() },
  { name: 'NonInteractiveSignIns_2026-11-03_2026-11-04_unicode-text.txt', bytes: unicodeText() },
  { name: 'InteractiveSignIns_2026-11-03_2026-11-13_excel-de.csv', bytes: europeanExcel() },
  { name: 'ApplicationSignIns_2026-03-01_2026-11-30_ambiguous.csv', bytes: ambiguous() },
];

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const out = process.argv[2] ?? join(import.meta.dirname, '..', 'test', 'fixtures', 'excel-csv');
  mkdirSync(out, { recursive: true });
  for (const f of importFixtures()) writeFileSync(join(out, f.name), f.bytes);
  console.log(`wrote ${importFixtures().length} files to ${out}`);
}
