/** Test helper: runs the real import plan (detection, companions) over paths and collects the items. */
import { planImport } from '../../src/importers/open-sources.js';
import type { TextReadOptions } from '../../src/importers/formats.js';
import '../../src/importers/register-formats.js';
import type { SourceItem } from '../../src/core/import-types.js';

export interface Collected {
  readonly formats: readonly string[];
  readonly records: { where: string; value: unknown }[];
  readonly problems: { where: string; field?: string; message: string }[];
}

export const collect = async (paths: readonly string[], format?: string, text?: TextReadOptions): Promise<Collected> => {
  const plan = await planImport(paths, format, { text });
  const records: Collected['records'] = [];
  const problems: Collected['problems'] = [];
  for await (const item of plan.open() as AsyncIterable<SourceItem>) {
    if (item.kind === 'record') records.push({ where: item.where, value: item.value });
    else if (item.kind === 'unparseable') problems.push({ where: item.where, ...(item.field ? { field: item.field } : {}), message: item.message });
  }
  return { formats: plan.files.map((f) => f.format.name), records, problems };
};
