/**
 * Filter AST → `$filter` text: used for `@odata.nextLink`, for the skip-token query hash (so
 * two spellings of one filter are one query), and by the property test print → parse. The
 * output re-parses to the same AST: `and`/`or` are left-associative, so a right operand of the
 * same precedence is parenthesised; `not` always parenthesises its operand.
 */
import { LAMBDA_ELEMENT, type FilterNode, type Literal } from './ast.js';

export const printLiteral = (l: Literal): string => {
  switch (l.kind) {
    case 'string':
      return `'${l.value.replace(/'/g, "''")}'`;
    case 'number':
      return String(l.value);
    case 'boolean':
      return l.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'datetime':
    case 'guid':
      return l.value;
  }
};

const PRECEDENCE = { or: 1, and: 2 } as const;
const precedence = (n: FilterNode): number => (n.kind === 'or' || n.kind === 'and' ? PRECEDENCE[n.kind] : 3);

export const printFilter = (node: FilterNode, variable?: string): string => {
  const field = (name: string) => (name === LAMBDA_ELEMENT && variable !== undefined ? variable : name);
  const wrap = (child: FilterNode, needs: boolean) => (needs ? `(${printFilter(child, variable)})` : printFilter(child, variable));
  switch (node.kind) {
    case 'and':
    case 'or': {
      const p = PRECEDENCE[node.kind];
      return `${wrap(node.left, precedence(node.left) < p)} ${node.kind} ${wrap(node.right, precedence(node.right) <= p)}`;
    }
    case 'not':
      return `not (${printFilter(node.operand, variable)})`;
    case 'compare':
      return `${field(node.field)} ${node.op} ${printLiteral(node.value)}`;
    case 'startsWith':
      return `startsWith(${field(node.field)}, ${printLiteral({ kind: 'string', value: node.value })})`;
    case 'in':
      return `${field(node.field)} in (${node.values.map(printLiteral).join(', ')})`;
    case 'any':
      return `${node.field}/any(${node.variable}: ${printFilter(node.body, node.variable)})`;
  }
};
