/** A rule after loading and configuration: effective parameters, parsed selections, entity kind. */
import type { SignInRow } from '../model/sign-in-row.js';
import type { Correlation, GroupField, RuleDefinition } from './rule-schema.js';
import type { RowPredicate } from './row-predicate.js';

export type EntityKind = 'user' | 'ip' | 'app' | 'servicePrincipal';

export const ENTITY_OF_GROUP: Readonly<Record<GroupField, EntityKind>> = {
  userPrincipalName: 'user',
  ipAddress: 'ip',
  appId: 'app',
  servicePrincipalId: 'servicePrincipal',
};

export const GROUP_OF_ENTITY: Readonly<Record<EntityKind, GroupField>> = {
  user: 'userPrincipalName',
  ip: 'ipAddress',
  app: 'appId',
  servicePrincipal: 'servicePrincipalId',
};

export type RuleSource = 'builtin' | 'custom';

export interface CompiledRule {
  readonly definition: RuleDefinition;
  readonly id: string;
  readonly source: RuleSource;
  readonly enabled: boolean;
  /** The selection after configuration (`@breakGlassAccounts` expanded). */
  readonly where: string;
  readonly correlation: Correlation;
  readonly entityKind: EntityKind;
  readonly matches: RowPredicate;
  /** The second selection: `compareWhere` (distinct) or `thenWhere` (sequence). */
  readonly matchesSecond?: RowPredicate | undefined;
  /** The column a `distinct` or `first-seen` rule reads its values from. */
  readonly valueColumn?: keyof SignInRow | undefined;
  /** How long the state of one window must be kept, ms (0: kept for good, first-seen). */
  readonly spanMs: number;
}

/** The effective parameters shown by `GET /api/rules` and `signin-report rules`. */
export const ruleParameters = (rule: CompiledRule): Record<string, unknown> => {
  const { kind: _kind, ...rest } = rule.correlation;
  return rest;
};
