/** Builds a filter AST from simple flags (CLI `query`, `export`): one clause per given flag. */
import { andAll, type FilterNode } from './ast.js';
import { parseTimeArg } from './relative-time.js';
import { AppError } from '../errors.js';
import { SIGN_IN_OUTCOMES } from '../catalog/classify.js';

export interface SimpleFilterFlags {
  readonly user?: string | undefined;
  readonly app?: string | undefined;
  readonly outcome?: string | undefined;
  readonly errorCode?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly signInType?: string | undefined;
}

export const filterFromFlags = (f: SimpleFilterFlags, now: number): FilterNode | undefined => {
  const nodes: FilterNode[] = [];
  if (f.user) nodes.push({ kind: 'compare', op: 'eq', field: 'userPrincipalName', value: { kind: 'string', value: f.user } });
  if (f.app) nodes.push({ kind: 'compare', op: 'eq', field: 'appDisplayName', value: { kind: 'string', value: f.app } });
  if (f.outcome) {
    if (!(SIGN_IN_OUTCOMES as readonly string[]).includes(f.outcome)) {
      throw new AppError('BadRequest', `--outcome: expected one of ${SIGN_IN_OUTCOMES.join(', ')}, got '${f.outcome}'`);
    }
    nodes.push({ kind: 'compare', op: 'eq', field: 'outcome', value: { kind: 'string', value: f.outcome } });
  }
  if (f.errorCode !== undefined) {
    if (!/^\d+$/.test(f.errorCode)) throw new AppError('BadRequest', `--error-code: expected a number, got '${f.errorCode}'`);
    nodes.push({ kind: 'compare', op: 'eq', field: 'status/errorCode', value: { kind: 'number', value: Number(f.errorCode) } });
  }
  if (f.signInType) nodes.push({ kind: 'compare', op: 'eq', field: 'signInType', value: { kind: 'string', value: f.signInType } });
  const time = (text: string, op: 'ge' | 'le', flag: string): FilterNode => {
    const millis = parseTimeArg(text, now, flag);
    return { kind: 'compare', op, field: 'createdDateTime', value: { kind: 'datetime', value: new Date(millis).toISOString(), millis } };
  };
  if (f.since) nodes.push(time(f.since, 'ge', '--since'));
  if (f.until) nodes.push(time(f.until, 'le', '--until'));
  return andAll(nodes);
};
