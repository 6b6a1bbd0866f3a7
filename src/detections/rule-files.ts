/**
 * Reads rule files: the package's `rules/*.yaml` (built-in) and, when configured, a folder of the
 * user's rules (same schema; a file with a built-in id replaces that rule). Each file is parsed
 * as YAML and checked against the rule schema; a bad file is a clear error naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { AppError } from '../core/errors.js';
import { checkRuleDefinition, type RuleInput } from '../core/detections/compile-rules.js';
import type { RuleSource } from '../core/detections/compiled-rule.js';

/** The package's rules folder: `rules/` beside `src/` and `dist/`. */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

export const parseRuleText = (text: string, where: string, source: RuleSource): RuleInput => {
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    throw new AppError('BadRequest', `${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return { definition: checkRuleDefinition(value, where), source };
};

export const readRuleFolder = (dir: string, source: RuleSource): RuleInput[] => {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch (e) {
    throw new AppError('BadRequest', `rules folder ${dir}: ${(e as Error).message}`);
  }
  const out = names.map((n) => parseRuleText(readFileSync(join(dir, n), 'utf8'), join(dir, n), source));
  const ids = new Set<string>();
  for (const r of out) {
    if (ids.has(r.definition.id)) throw new AppError('BadRequest', `rules folder ${dir}: two files define rule '${r.definition.id}'`);
    ids.add(r.definition.id);
  }
  return out;
};

/** Built-in rules, then the user's (which override built-ins of the same id). */
export const readRules = (userDir?: string | undefined): RuleInput[] => [
  ...readRuleFolder(BUILTIN_RULES_DIR, 'builtin'),
  ...(userDir ? readRuleFolder(userDir, 'custom') : []),
];
