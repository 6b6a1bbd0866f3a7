// Quoting of portal CSV cells: a cell is quoted exactly when it holds a quote, comma, CR or LF,
// or starts or ends with white space (as a regular expression's \s means it).
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { portalCsvRow } from '../../src/core/export/portal-csv.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';

const RULE = /[",\r\n]|^\s|\s$/;
const base = { id: 'a', createdDateTime: '2026-12-01T00:00:00Z', status: { errorCode: 0 } } as unknown as SignIn;

describe('portal CSV cells', () => {
  const samples = [
    'plain', 'with space inside', ' leading', 'trailing ', '\u00a0nbsp', 'ideographic\u3000', '\ufeffbom', 'a,b', 'say "hi"', 'line\nbreak',
    'cr\rhere', 'tab\tinside', '', 'ユーザー', '絵文字🚀 ',
  ];
  it.each(samples)('quotes %j exactly when the rule says so, and reads back', (name) => {
    const row = portalCsvRow({ ...base, userDisplayName: name }, 'success');
    const cells = (parse(row, { relax_column_count: true }) as string[][])[0] as string[];
    expect(cells[5]).toBe(name);
    const raw = row.split(',').slice(5).join(',');
    expect(raw.startsWith('"')).toBe(RULE.test(name));
  });
});
