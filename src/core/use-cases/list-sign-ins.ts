/**
 * List sign-ins the way Graph's `GET /{version}/auditLogs/signIns` does: parse and validate the
 * query options, apply the version's default population, page by keyset through `$skiptoken`,
 * and say which options the next page needs. Transport-neutral: the HTTP route turns `next`
 * into an absolute `@odata.nextLink`.
 */
import type { CountResult, SignInStore } from '../ports.js';
import { parseListOptions, queryKey, type RawQuery } from '../query/odata-options.js';
import { shapeSignIn, withDefaultPopulation } from '../query/odata-shape.js';
import type { ApiVersion } from '../query/odata-validate.js';
import type { SkipTokenCodec } from '../query/skip-token.js';

/** `$count=true` stops counting here: never an uncapped count(*) on the big table. */
export const DEFAULT_COUNT_CAP = 10_000;

export interface ListSignInsDeps {
  readonly store: Pick<SignInStore, 'list' | 'count'>;
  readonly skipTokens: SkipTokenCodec;
  readonly countCap?: number;
}

export interface ListSignInsRequest {
  readonly api: ApiVersion;
  readonly query: RawQuery;
}

export interface ListSignInsResult {
  readonly value: readonly Record<string, unknown>[];
  /**
   * The page's documents as JSON text, when they go out unchanged (beta without `$select`) and
   * the engine could give them: the route splices them in without parsing. `value` is then empty.
   */
  readonly valueTexts?: readonly string[] | undefined;
  /**
   * The page's documents joined by commas as UTF-8 bytes, shaped for the API version and
   * `$select` (engines that build pages in workers). `value` is then empty.
   */
  readonly valueBytes?: Uint8Array | undefined;
  /** Query options of the next page, in Graph's order, when more rows follow. */
  readonly next?: readonly (readonly [string, string])[] | undefined;
  readonly count?: CountResult | undefined;
  readonly select?: readonly string[] | undefined;
}

export const listSignIns = async (deps: ListSignInsDeps, req: ListSignInsRequest): Promise<ListSignInsResult> => {
  const o = parseListOptions(req.query, req.api);
  const key = queryKey(req.api, o);
  const after = o.skipToken !== undefined ? deps.skipTokens.decode(o.skipToken, o.order, key) : undefined;
  const filter = withDefaultPopulation(o.filter, req.api);
  const raw = req.api === 'beta' && !o.select;
  const shaped = raw ? undefined : { api: req.api, select: o.select };
  const page = await deps.store.list({ filter, top: o.top, order: o.order, after, raw, shaped });
  const count = o.count ? await deps.store.count(filter, deps.countCap ?? DEFAULT_COUNT_CAP) : undefined;
  let next: [string, string][] | undefined;
  if (page.next) {
    next = [];
    if (o.filterText !== undefined) next.push(['$filter', o.filterText]);
    if (o.topGiven) next.push(['$top', String(o.top)]);
    if (o.orderGiven) next.push(['$orderby', `createdDateTime ${o.order}`]);
    if (o.select) next.push(['$select', o.select.join(',')]);
    if (o.count) next.push(['$count', 'true']);
    next.push(['$skiptoken', deps.skipTokens.encode(page.next, o.order, key)]);
  }
  if (page.joined) return { value: [], valueBytes: page.joined.bytes, next, count, select: o.select };
  if (page.texts) return { value: [], valueTexts: page.texts, next, count, select: o.select };
  return { value: page.items.map((doc) => shapeSignIn(doc, req.api, o.select)), next, count, select: o.select };
};
