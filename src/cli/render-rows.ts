/** Renders sign-ins as a terminal table, JSON, NDJSON or CSV (portal-like columns, formula-guarded cells). */
import { stringify } from 'csv-stringify/sync';
import type { SignIn } from '../core/model/sign-in-schema.js';
import { deriveSignInType } from '../core/model/sign-in-type.js';
import { spreadsheetSafe } from '../core/export/spreadsheet-cell.js';

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const COLUMNS: readonly [string, (s: SignIn) => string][] = [
  ['Date (UTC)', (s) => s.createdDateTime],
  ['User', (s) => s.userPrincipalName ?? s.servicePrincipalName ?? ''],
  ['Application', (s) => s.appDisplayName ?? ''],
  ['Status', (s) => ((s.status?.errorCode ?? 0) === 0 ? 'Success' : 'Failure')],
  ['Error code', (s) => String(s.status?.errorCode ?? 0)],
  ['IP address', (s) => s.ipAddress ?? ''],
  ['Location', (s) => [s.location?.city, s.location?.countryOrRegion].filter(Boolean).join(', ')],
];

/** CSV also names each row's sign-in type, as every CSV we write does (the table has no room). */
const CSV_COLUMNS: typeof COLUMNS = [...COLUMNS, ['Sign-in type', (s) => deriveSignInType(s)]];

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

export const renderRows = (rows: readonly SignIn[], format: OutputFormat): string => {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      // Every cell through the formula guard: a user name can be '=HYPERLINK(...)'.
      return stringify([CSV_COLUMNS.map(([h]) => h), ...rows.map((r) => CSV_COLUMNS.map(([, f]) => spreadsheetSafe(f(r))))]);
    case 'table': {
      const widths = [24, 32, 24, 8, 10, 16, 20];
      const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 12)).join(' ').trimEnd();
      return [line(COLUMNS.map(([h]) => h)), ...rows.map((r) => line(COLUMNS.map(([, f]) => f(r))))].join('\n') + '\n';
    }
  }
};
