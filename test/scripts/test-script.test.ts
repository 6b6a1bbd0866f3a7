// scripts/test.sh and its summary: every stage runs, the last line gives the real totals, the exit
// code says whether anything failed, and the PostgreSQL placeholders count as not run.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize, type VitestReport } from '../../scripts/test-summary.js';

const report = (tests: [string, string][]): VitestReport => ({
  testResults: [{ assertionResults: tests.map(([title, status]) => ({ title, status })) }],
});

const PG_PLACEHOLDER = 'NOT RUN, PostgreSQL unavailable: no binaries (accepted outside CI only)';

describe('summarize', () => {
  it('adds the tests of every stage and counts a failed stage without tests as one failure', () => {
    const s = summarize([
      { name: 'lint', exitCode: 1, runsTests: false },
      { name: 'typecheck', exitCode: 0, runsTests: false },
      { name: 'unit', exitCode: 1, runsTests: true, report: report([['a', 'passed'], ['b', 'failed'], ['c', 'passed']]) },
      { name: 'e2e', exitCode: 0, runsTests: true, report: report([['d', 'passed']]) },
    ]);
    expect([s.passed, s.failed]).toEqual([3, 2]);
    expect(s.lines.at(-1)).toBe('3 passed, 2 failed');
    expect(s.lines).toContain('lint: FAILED (exit 1, counted as 1 failure)');
  });

  it('counts a test stage that failed without a failing test, or without a report, as one failure', () => {
    const s = summarize([
      { name: 'unit', exitCode: 1, runsTests: true, report: report([['a', 'passed']]) },
      { name: 'e2e', exitCode: 1, runsTests: true },
    ]);
    expect(s.lines.at(-1)).toBe('1 passed, 2 failed');
  });

  it('counts the PostgreSQL placeholders as not run and says so', () => {
    const s = summarize([{ name: 'unit', exitCode: 0, runsTests: true, report: report([['a', 'passed'], [PG_PLACEHOLDER, 'passed']]) }]);
    expect([s.passed, s.failed, s.notRun]).toEqual([1, 0, 1]);
    expect(s.lines.join('\n')).toMatch(/1 test\(s\) NOT RUN .*PostgreSQL was unavailable/);
    expect(s.lines.at(-1)).toBe('1 passed, 0 failed');
  });
});

/** A folder of stand-ins for npm, npx, apt-get, sudo and fc-list; npx copies a prepared report. */
const fakeTools = (lintExit: number, unit: VitestReport, unitExit: number): string => {
  const bin = mkdtempSync(join(tmpdir(), 'fake-tools-'));
  const tool = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  tool('npm', `echo "npm $*" >> "$SIGNIN_REPORT_TEST_TMP/calls"; [ "$2" = lint ] && exit ${lintExit}; exit 0`);
  writeFileSync(join(bin, 'unit.json'), JSON.stringify(unit));
  writeFileSync(join(bin, 'e2e.json'), JSON.stringify(report([['browser', 'passed']])));
  tool(
    'npx',
    [
      'echo "npx $*" >> "$SIGNIN_REPORT_TEST_TMP/calls"',
      'out=""; for a in "$@"; do case "$a" in --outputFile.json=*) out="${a#--outputFile.json=}";; esac; done',
      `if [[ "$*" == *--config* ]]; then cp "${bin}/e2e.json" "$out"; exit 0; fi`,
      `cp "${bin}/unit.json" "$out"; exit ${unitExit}`,
    ].join('\n'),
  );
  tool('apt-get', 'exit 0');
  // Not root: the script installs Chromium through sudo, which must not reach the real apt-get.
  tool('sudo', 'exec "$@"');
  tool('fc-list', 'echo font');
  return bin;
};

const runTestSh = (bin: string) => {
  const tmp = mkdtempSync(join(tmpdir(), 'test-sh-'));
  mkdirSync(tmp, { recursive: true });
  const r = spawnSync('bash', [join(import.meta.dirname, '..', '..', 'scripts', 'test.sh')], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, SIGNIN_REPORT_TEST_TMP: tmp },
    encoding: 'utf8',
  });
  return { code: r.status, lines: r.stdout.trim().split('\n'), calls: spawnSync('cat', [join(tmp, 'calls')], { encoding: 'utf8' }).stdout };
};

describe('scripts/test.sh', () => {
  it('runs every stage after a failing one, reports the real totals and exits non-zero', () => {
    const r = runTestSh(fakeTools(1, report([['a', 'passed'], ['b', 'failed']]), 1));
    expect(r.calls).toMatch(/npm run lint[\s\S]*npm run typecheck[\s\S]*npm run build[\s\S]*npx vitest run[\s\S]*test\/e2e/);
    expect(r.lines.at(-1)).toBe('2 passed, 2 failed');
    expect(r.code).not.toBe(0);
  });

  it('exits 0 when everything passed, without counting the PostgreSQL placeholder', () => {
    const r = runTestSh(fakeTools(0, report([['a', 'passed'], [PG_PLACEHOLDER, 'passed']]), 0));
    expect(r.lines.at(-1)).toBe('2 passed, 0 failed');
    expect(r.lines.join('\n')).toMatch(/NOT RUN/);
    expect(r.code).toBe(0);
  });
});
