/**
 * The Entra portal's JSON download (`InteractiveSignIns_<dates>.json` and the other kinds): a
 * top-level array of Graph-shaped signIn objects. Told apart from plain Graph JSON by the
 * portal's file name, which also gives the sign-in type (the objects may lack
 * `signInEventTypes`). Dates are normalised to UTC; the rest is kept as it came.
 */
import type { SourceItem } from '../../core/import-types.js';
import type { SignInType } from '../../core/model/sign-in-type.js';
import type { FormatReadContext, InputFormat } from '../formats.js';
import { detectGraphJsonShape } from '../graph-json.js';
import { readJsonRecords } from '../tabular/json-records.js';
import { CellError } from '../tabular/cell-values.js';
import { parseDateText } from '../tabular/date-text.js';
import { applySignInType } from '../tabular/apply-sign-in-type.js';
import { kindFromFileName } from './kinds.js';

const isJsonName = (file: string): boolean => /\.(json|ndjson|jsonl)(\.gz)?$/i.test(file);

export const normalisePortalObject = (item: SourceItem, kind: SignInType): SourceItem => {
  if (item.kind !== 'record' || typeof item.value !== 'object' || item.value === null || Array.isArray(item.value)) return item;
  const r = item.value as Record<string, unknown>;
  if (typeof r.createdDateTime === 'string') {
    try {
      r.createdDateTime = parseDateText(r.createdDateTime);
    } catch (e) {
      if (e instanceof CellError) return { kind: 'unparseable', where: item.where, field: 'createdDateTime', message: e.message };
      throw e;
    }
  }
  applySignInType(r, kind);
  return { kind: 'record', value: r, where: item.where };
};

async function* readEntraJson(ctx: FormatReadContext): AsyncGenerator<SourceItem> {
  const kind = kindFromFileName(ctx.file) ?? 'interactiveUser';
  for await (const item of readJsonRecords(ctx)) {
    yield normalisePortalObject(item, kind);
  }
}

export const entraJsonFormat: InputFormat = {
  name: 'entra-json',
  description:
    'Entra portal JSON download (InteractiveSignIns_*.json and the other kinds: an array of sign-ins; ' +
    'the file name gives the sign-in type)',
  detect: (head, file) => isJsonName(file) && kindFromFileName(file) !== undefined && detectGraphJsonShape(head) !== undefined,
  read: (ctx) => readEntraJson(ctx),
};
