// Bad rows in real-looking exports: each problem names the file, the row (or line/index) and
// the column; the other rows still import; truncation and broken quotes are reported, not thrown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from './collect.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-rejects-'));
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const HEADER = '"Date (UTC)","Request ID","Username","Application ID ","Status","Sign-in error code","Compliant","Failure reason","Autonomous system  number"';
const row = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');

describe('Entra portal CSV rejections', () => {
  it('names file:row and the column of each bad cell; good rows still come through', async () => {
    const file = write(
      'InteractiveSignIns_bad.csv',
      [
        HEADER,
        row(['2025-01-15T08:00:00Z', 'ok-1', 'a@x.example', 'app', 'Success', '', 'Yes', '', '4826']),
        row(['2025-01-15T08:00:00Z', 'bad-code', 'a@x.example', 'app', 'Failure', 'abc', 'Yes', '', '']),
        row(['yesterday', 'bad-date', 'a@x.example', 'app', 'Success', '', '', '', '']),
        row(['2025-01-15T08:00:00Z', 'bad-bool', 'a@x.example', 'app', 'Success', '', 'Maybe', '', '']),
        row(['2025-01-15T08:00:00Z', 'no-code', 'a@x.example', 'app', 'Failure', '', '', 'multi\nline\nreason', '']),
        row(['2025-01-15T08:00:00Z', '', 'a@x.example', 'app', 'Success', '', '', '', '']),
        row(['2025-01-15T08:00:00Z', 'bad-status', 'a@x.example', 'app', 'Weird', '', '', '', '']),
        row(['2025-01-15T08:00:00Z', 'bad-asn', 'a@x.example', 'app', 'Success', '', '', '', 'AS-x']),
        '"2025-01-15T08:00:00Z","short"',
        row(['2025-01-15T08:00:00Z', 'ok-2', 'b@x.example', 'app', 'Interrupted', '50074', 'No', '', '']),
      ].join('\r\n') + '\r\n',
    );
    const r = await collect([file]);
    expect(r.formats).toEqual(['entra-csv']);
    expect(r.records.map((x) => (x.value as { id: string }).id)).toEqual(['ok-1', 'ok-2']);
    expect(r.records[1]?.where).toBe(`${file}:row 11 (line 13)`);
    expect(r.problems).toEqual([
      { where: `${file}:row 3`, field: 'Sign-in error code', message: 'expected a whole number, got "abc"' },
      { where: `${file}:row 4`, field: 'Date (UTC)', message: expect.stringContaining('"yesterday"') },
      { where: `${file}:row 5`, field: 'Compliant', message: 'expected Yes/No or true/false, got "Maybe"' },
      { where: `${file}:row 6`, field: 'Sign-in error code', message: expect.stringContaining('Status is failure') },
      { where: `${file}:row 7 (line 9)`, field: 'Request ID', message: expect.stringContaining('empty') },
      { where: `${file}:row 8 (line 10)`, field: 'Status', message: expect.stringContaining('"Weird"') },
      { where: `${file}:row 9 (line 11)`, field: 'Autonomous system number', message: expect.stringContaining('"AS-x"') },
      { where: `${file}:row 10 (line 12)`, message: expect.stringContaining('cut short') },
    ]);
  });

  it('reports a file cut inside a quoted cell', async () => {
    const file = write('InteractiveSignIns_cut.csv', `${HEADER}\n${row(['2025-01-15T08:00:00Z', 'ok', 'a@x.example', 'app', 'Success', '', '', '', ''])}\n"2025-01-15T08:00:00Z","cut","a@x`);
    const r = await collect([file]);
    expect(r.records).toHaveLength(1);
    expect(r.problems).toEqual([{ where: `${file}:row 3`, message: 'a quoted cell is never closed (file cut short?)' }]);
  });

  it('refuses an unknown shape with the list of formats', async () => {
    const file = write('mystery.csv', 'a,b,c\n1,2,3\n');
    await expect(collect([file])).rejects.toThrow(/unrecognised input; expected one of:[\s\S]*entra-csv: Entra portal[\s\S]*log-analytics-json: Log Analytics/);
  });

  it('--format entra-csv on another CSV says what the header lacks', async () => {
    const file = write('other.csv', 'a,b,c\n1,2,3\n');
    const r = await collect([file], 'entra-csv');
    expect(r.problems).toEqual([{ where: `${file}:row 1`, message: expect.stringContaining('no "Request ID"') }]);
  });

  it('joins authentication steps by Request ID and reports bad step rows', async () => {
    const main = write('InteractiveSignIns_2025-02-01_2025-02-02.csv', `${HEADER}\n${row(['2025-02-01T00:00:00Z', 'r1', 'a@x.example', 'app', 'Success', '', '', '', ''])}\n`);
    const steps = write(
      'InteractiveSignIns_AuthDetails_2025-02-01_2025-02-02.csv',
      '"Request ID","Authentication method","Succeeded"\n"r1","Password","true"\n"r1","FIDO2 security key","perhaps"\n"r2","SMS","false"\n',
    );
    const r = await collect([main, steps]);
    expect(r.formats).toEqual(['entra-csv']);
    expect(r.records.map((x) => x.value)).toEqual([
      expect.objectContaining({ id: 'r1', authenticationDetails: [{ authenticationMethod: 'Password', succeeded: true }] }),
    ]);
    expect(r.problems).toEqual([{ where: `${steps}:row 3`, field: 'Succeeded', message: expect.stringContaining('"perhaps"') }]);
  });
});

describe('Log Analytics rejections', () => {
  it('names the column of bad JSON text and of a bad ResultType', async () => {
    const file = write(
      'SigninLogs_bad.csv',
      'Id,CreatedDateTime [UTC],ResultType,Status_dynamic,UserPrincipalName\n' +
        'ok,"1/15/2025, 8:19:41.221 AM",0,,a@x.example\n' +
        'bad-json,2025-01-15T08:00:00Z,50126,"{""errorCode"":50126",a@x.example\n' +
        'bad-result,2025-01-15T08:00:00Z,oops,,a@x.example\n' +
        ',2025-01-15T08:00:00Z,0,,a@x.example\n',
    );
    const r = await collect([file]);
    expect(r.formats).toEqual(['log-analytics-csv']);
    expect(r.records.map((x) => x.value)).toEqual([
      expect.objectContaining({ id: 'ok', createdDateTime: '2025-01-15T08:19:41.221Z', signInEventTypes: ['interactiveUser'] }),
    ]);
    expect(r.problems).toEqual([
      { where: `${file}:row 3`, field: 'Status_dynamic', message: expect.stringContaining('expected JSON object text') },
      { where: `${file}:row 4`, field: 'ResultType', message: 'expected a whole number, got "oops"' },
      { where: `${file}:row 5`, field: 'Id', message: expect.stringContaining('empty') },
    ]);
  });

  it('names the element index in JSON arrays and the line in NDJSON', async () => {
    const arr = write('SigninLogs_bad.json', JSON.stringify([{ Id: 'a', CreatedDateTime: '2025-01-15T08:00:00Z', ResultType: '0' }, { Id: 'b', CreatedDateTime: 'soon', ResultType: '0' }]));
    const nd = write(
      'AADNonInteractiveUserSignInLogs_bad.ndjson',
      `${JSON.stringify({ Id: 'c', CreatedDateTime: '2025-01-15T08:00:00Z', ResultType: '0' })}\n{"Id": "d", "CreatedDateTime": \n`,
    );
    const r = await collect([arr, nd]);
    expect(r.formats).toEqual(['log-analytics-json', 'log-analytics-json']);
    expect(r.records.map((x) => [x.where, (x.value as { signInEventTypes: string[] }).signInEventTypes[0]])).toEqual([
      [`${arr}[0]`, 'interactiveUser'],
      [`${nd}:1`, 'nonInteractiveUser'],
    ]);
    expect(r.problems).toEqual([
      { where: `${arr}[1]`, field: 'CreatedDateTime', message: expect.stringContaining('"soon"') },
      { where: `${nd}:2`, message: expect.stringContaining('invalid JSON') },
    ]);
  });
});
