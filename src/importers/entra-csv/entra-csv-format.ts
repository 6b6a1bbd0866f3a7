/**
 * The Entra portal's sign-in CSV downloads (Sign-in logs → Download → CSV): one file per kind,
 * and the authentication-details file, joined back when given in the same import. Streamed row
 * by row; each problem is reported as `file:row N` with the column's name.
 */
import type { SourceItem } from '../../core/import-types.js';
import type { FormatReadContext, InputFormat } from '../formats.js';
import { peekFile } from '../open-file.js';
import { readCsvRows, rowWhere } from '../tabular/csv-rows.js';
import { createRowMapper, type RowMapper } from '../tabular/row-mapper.js';
import { normaliseHeader } from '../tabular/header-names.js';
import { ENTRA_COLUMNS } from './columns.js';
import { findAuthDetailsFile, indexAuthDetails, type AuthDetailsIndex } from './auth-details.js';
import { finishPortalSignIn } from './finish-sign-in.js';
import { headerNames, isAuthDetailsHeader, isEntraSignInHeader, signInKind } from './kinds.js';

async function* readEntraCsv(ctx: FormatReadContext): AsyncGenerator<SourceItem> {
  const names = headerNames(await peekFile(ctx.file, 16 * 1024)) ?? new Set<string>();
  // With --format forced the steps file reaches here too: it is read with its sign-ins file.
  if (isAuthDetailsHeader(names)) return;
  const kind = signInKind(ctx.file, names);
  const companion = await findAuthDetailsFile(ctx.file, ctx.siblings, kind === 'interactiveUser');
  let index: AuthDetailsIndex | undefined;
  if (companion) {
    index = await indexAuthDetails(companion);
    yield* index.problems;
  }
  let mapper: RowMapper | undefined;
  for await (const item of readCsvRows(ctx.open().stream)) {
    const where = rowWhere(ctx.file, item.row, item.line);
    if (item.kind === 'error') {
      yield { kind: 'unparseable', where, message: item.message };
      continue;
    }
    if (!mapper) {
      const header = new Set(item.cells.map(normaliseHeader));
      if (!isEntraSignInHeader(header)) {
        yield { kind: 'unparseable', where, message: 'the header has no "Request ID" and "Date (UTC)" columns: not an Entra sign-in download' };
        return;
      }
      mapper = createRowMapper(item.cells, ENTRA_COLUMNS);
      continue;
    }
    const mapped = mapper.map(item.cells, where);
    yield 'ok' in mapped ? finishPortalSignIn(mapped, kind, where, index?.steps) : mapped;
  }
}

export const entraCsvFormat: InputFormat = {
  name: 'entra-csv',
  description:
    'Entra portal CSV download (InteractiveSignIns_*, NonInteractiveSignIns_*, ApplicationSignIns_*, MSISignIns_*; ' +
    'header "Date (UTC)","Request ID",...); an *_AuthDetails_* file given alongside is joined by Request ID',
  detect: (head) => {
    const names = headerNames(head);
    return names !== undefined && isEntraSignInHeader(names);
  },
  isCompanion: (head) => {
    const names = headerNames(head);
    return names !== undefined && isAuthDetailsHeader(names);
  },
  read: (ctx) => readEntraCsv(ctx),
};
