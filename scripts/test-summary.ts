/**
 * The closing lines of scripts/test.sh: one line per stage, then the plain totals line
 * `N passed, N failed` (the last line, read by CI).
 *
 *   node --import tsx scripts/test-summary.ts STAGE=EXIT[=REPORT.json] ...
 *
 * - A vitest stage counts its tests from its JSON report. A stage that failed without a failing
 *   test (a file that could not load, a crash before the report was written) counts as one failure,
 *   so the totals can never say "0 failed" for a run that failed.
 * - A stage without tests (lint, type-check, build) adds to the totals only when it fails: one
 *   failure each.
 * - Tests whose title starts with "NOT RUN" (the PostgreSQL suites when no server could be had,
 *   see src/storage/contract/postgres-unavailable.ts) pass on purpose outside CI; they are counted
 *   as not run, never as passed, and the summary says so.
 * Exits 1 when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface StageRun {
  readonly name: string;
  readonly exitCode: number;
  /** The vitest JSON report, when the stage runs tests (undefined: it was not written). */
  readonly report?: VitestReport | undefined;
  readonly runsTests: boolean;
}

export interface VitestReport {
  readonly testResults: readonly { readonly assertionResults: readonly { readonly title: string; readonly status: string }[] }[];
}

export interface Summary {
  readonly lines: readonly string[];
  readonly passed: number;
  readonly failed: number;
  readonly notRun: number;
}

const NOT_RUN = /^NOT RUN\b/;

export const summarize = (stages: readonly StageRun[]): Summary => {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  let notRun = 0;
  for (const stage of stages) {
    if (!stage.runsTests) {
      if (stage.exitCode !== 0) failed++;
      lines.push(`${stage.name}: ${stage.exitCode === 0 ? 'ok' : `FAILED (exit ${stage.exitCode}, counted as 1 failure)`}`);
      continue;
    }
    if (!stage.report) {
      failed++;
      lines.push(`${stage.name}: FAILED (exit ${stage.exitCode}) before writing its report, counted as 1 failure`);
      continue;
    }
    let p = 0;
    let f = 0;
    const skipped: string[] = [];
    for (const file of stage.report.testResults) {
      for (const t of file.assertionResults) {
        if (NOT_RUN.test(t.title)) skipped.push(t.title);
        else if (t.status === 'passed') p++;
        else if (t.status === 'failed') f++;
      }
    }
    if (stage.exitCode !== 0 && f === 0) {
      f = 1;
      lines.push(`${stage.name}: FAILED (exit ${stage.exitCode}) without a failing test (a file that does not load?), counted as 1 failure`);
    } else {
      lines.push(`${stage.name}: ${p} passed, ${f} failed${skipped.length > 0 ? `, ${skipped.length} not run` : ''}`);
    }
    for (const title of skipped) lines.push(`  ${title}`);
    passed += p;
    failed += f;
    notRun += skipped.length;
  }
  if (notRun > 0) lines.push(`${notRun} test(s) NOT RUN (not counted as passed): PostgreSQL was unavailable.`);
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, passed, failed, notRun };
};

const readReport = (file: string): VitestReport | undefined => {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  } catch {
    return undefined;
  }
};

/** `name=exit` or `name=exit=report.json`. */
export const parseStageArg = (arg: string): StageRun => {
  const [name = arg, code = '1', report] = arg.split('=');
  return { name, exitCode: Number(code), runsTests: report !== undefined, report: report === undefined ? undefined : readReport(report) };
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const summary = summarize(process.argv.slice(2).map(parseStageArg));
  for (const line of summary.lines) console.log(line);
  process.exitCode = summary.failed > 0 ? 1 : 0;
}
