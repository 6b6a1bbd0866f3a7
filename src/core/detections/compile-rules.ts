/**
 * From rule definitions (built-in, then the user's folder: same id overrides) and the
 * configuration (per-rule enable/disable and parameter overrides, break-glass accounts) to the
 * compiled rules the detector runs. Every `where` goes through the API's parser and validator.
 */
import { AppError } from '../errors.js';
import { FIELDS } from '../query/fields.js';
import { parseODataFilter } from '../query/odata-filter.js';
import type { SignInRow } from '../model/sign-in-row.js';
import { Value } from '@sinclair/typebox/value';
import { ENTITY_OF_GROUP, type CompiledRule, type RuleSource } from './compiled-rule.js';
import { compileRowPredicate } from './row-predicate.js';
import { CorrelationSchema, RuleSchema, type Correlation, type RuleDefinition } from './rule-schema.js';

export interface RuleOverride {
  readonly enabled?: boolean | undefined;
  readonly where?: string | undefined;
  readonly parameters?: Readonly<Record<string, unknown>> | undefined;
}

export interface DetectionSettings {
  readonly breakGlassAccounts?: readonly string[] | undefined;
  readonly rules?: Readonly<Record<string, RuleOverride>> | undefined;
}

export interface RuleInput {
  readonly definition: RuleDefinition;
  readonly source: RuleSource;
}

const BREAK_GLASS = '@breakGlassAccounts';
const MINUTE = 60_000;

const quoted = (list: readonly string[]): string => list.map((a) => `'${a.toLowerCase().replace(/'/g, "''")}'`).join(', ');

const valueColumnOf = (rule: string, field: string): keyof SignInRow => {
  const spec = FIELDS[field];
  if (!spec) throw new AppError('BadRequest', `rule ${rule}: unknown field '${field}'`);
  return spec.column;
};

const spanOf = (c: Correlation): number => {
  switch (c.kind) {
    case 'first-seen':
      return 0;
    default:
      return c.windowMinutes * MINUTE;
  }
};

const parseWhere = (rule: string, text: string, what: string) => {
  try {
    return parseODataFilter(text, 'beta', `rule ${rule} ${what}`);
  } catch (e) {
    throw new AppError('BadRequest', e instanceof Error ? e.message : String(e));
  }
};

/** Checks a definition against the schema; the message names the rule and the first problem. */
export const checkRuleDefinition = (value: unknown, where: string): RuleDefinition => {
  const first = [...Value.Errors(RuleSchema, value)][0];
  if (first) throw new AppError('BadRequest', `${where}: ${first.path || '(root)'}: ${first.message}`);
  return value as RuleDefinition;
};

export const compileRule = (input: RuleInput, settings: DetectionSettings = {}): CompiledRule => {
  const def = input.definition;
  const override = settings.rules?.[def.id] ?? {};
  const correlation = { ...def.correlation, ...(override.parameters ?? {}), kind: def.correlation.kind } as Correlation;
  const bad = [...Value.Errors(CorrelationSchema, correlation)][0];
  if (bad) throw new AppError('BadRequest', `rule ${def.id}: parameter ${bad.path.slice(1) || '(root)'}: ${bad.message}`);
  let where = override.where ?? def.where;
  let enabled = override.enabled ?? def.enabled ?? true;
  if (where.includes(BREAK_GLASS)) {
    const accounts = settings.breakGlassAccounts ?? [];
    // No accounts configured: nothing to watch, and `in ()` is not a filter.
    if (accounts.length === 0) enabled = false;
    where = where.split(BREAK_GLASS).join(accounts.length > 0 ? quoted(accounts) : "'-'");
  }
  const second = correlation.kind === 'distinct' ? correlation.compareWhere : correlation.kind === 'sequence' ? correlation.thenWhere : undefined;
  const valueField = correlation.kind === 'distinct' || correlation.kind === 'first-seen' ? correlation.field : undefined;
  return {
    definition: def,
    id: def.id,
    source: input.source,
    enabled,
    where,
    correlation,
    entityKind: ENTITY_OF_GROUP[correlation.groupBy],
    matches: compileRowPredicate(parseWhere(def.id, where, 'where')),
    matchesSecond: second === undefined ? undefined : compileRowPredicate(parseWhere(def.id, second, 'second selection')),
    valueColumn: valueField === undefined ? undefined : valueColumnOf(def.id, valueField),
    spanMs: spanOf(correlation),
  };
};

/**
 * Built-in rules first, then custom ones: a custom rule with a built-in id replaces it.
 * Overrides naming no rule are refused, so a typo in the configuration is not silently ignored.
 */
export const compileRules = (inputs: readonly RuleInput[], settings: DetectionSettings = {}): CompiledRule[] => {
  const byId = new Map<string, RuleInput>();
  for (const i of inputs) byId.set(i.definition.id, i);
  for (const id of Object.keys(settings.rules ?? {})) {
    if (!byId.has(id)) throw new AppError('BadRequest', `detections.rules.${id}: there is no rule with this id`);
  }
  return [...byId.values()].map((i) => compileRule(i, settings));
};
