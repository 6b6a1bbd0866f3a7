/** The filter naming one entity's sign-ins within a range, for `aggregate` and `list`. */
import { isoFromMillis } from '../model/time.js';
import { andAll, type FilterNode } from '../query/ast.js';
import type { EntityKind, EntityRef } from './entity-types.js';

export const ENTITY_FIELD: Readonly<Record<EntityKind, string>> = { user: 'userPrincipalName', ip: 'ipAddress', app: 'appId' };

const at = (op: 'ge' | 'lt', millis: number): FilterNode => ({
  kind: 'compare', op, field: 'createdDateTime', value: { kind: 'datetime', value: isoFromMillis(millis), millis },
});

export const entityFilter = (ref: EntityRef, range: { readonly since: number; readonly until: number }): FilterNode =>
  andAll([
    { kind: 'compare', op: 'eq', field: ENTITY_FIELD[ref.kind], value: { kind: 'string', value: ref.key } },
    at('ge', range.since),
    at('lt', range.until),
  ]) as FilterNode;
