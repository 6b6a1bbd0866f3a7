/**
 * The properties × operators table of docs/api.md, rendered from the field registry; a test
 * keeps the document and the registry in step both ways.
 */
import type { FieldOp } from './ast.js';
import { FIELDS } from './fields.js';

const ops = (list: readonly FieldOp[]): string => (list.length > 0 ? list.map((o) => (o === 'any' ? 'any()' : o)).join(', ') : '—');

export const renderFilterTable = (): string =>
  [
    '| Property | Type | Graph documents | We also accept | API |',
    '|---|---|---|---|---|',
    ...Object.entries(FIELDS).map(([name, s]) => {
      const type = `${s.type}${s.values ? ` (${s.values.join(', ')})` : ''}`;
      const graph = s.ours ? '— (ours)' : ops(s.graphOps);
      const extra = ops(s.extraOps.filter((o) => !s.graphOps.includes(o)));
      return `| \`${name}\` | ${type} | ${graph} | ${extra} | ${s.betaOnly ? 'beta' : 'v1.0, beta'} |`;
    }),
  ].join('\n');
