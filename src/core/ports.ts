/**
 * The ports through which use-cases reach the outside world. Storage engines implement
 * `SignInStore`; one contract suite (src/storage/contract/) holds every engine to it.
 */
import type { FilterNode } from './query/ast.js';
import type { ApiVersion } from './query/odata-validate.js';
import type { PreparedSignIn } from './model/sign-in-row.js';
import type { SignIn } from './model/sign-in-schema.js';
import type { Alert, AlertEntity, AlertStatus, Suppression } from './detections/alert.js';
import type { Severity } from './detections/rule-schema.js';
import type { EntityKind } from './detections/compiled-rule.js';
import type {
  AggregateQuery, AggregateResult, DiagnosisContext, DiagnosisQuery, PruneResult, RederiveResult,
} from './analytics/store-types.js';
import type { AlertNotice } from './notify/alert.js';
import type { WebhookOutboxStore } from './notify/outbox-types.js';
import type { EntityStore } from './entities/entity-types.js';

/** A keyset position: the last row of the previous page. */
export interface KeysetPosition {
  readonly createdAt: number;
  readonly id: string;
}

export interface ListQuery {
  readonly filter?: FilterNode | undefined;
  /** 1..1000 */
  readonly top: number;
  /** Order by createdDateTime then id; `desc` is Graph's default. */
  readonly order: 'asc' | 'desc';
  readonly after?: KeysetPosition | undefined;
  /**
   * Ask for the documents' JSON text instead of parsed objects (the API splices them into the
   * response unchanged). An engine may ignore it and return `items`.
   */
  readonly raw?: boolean | undefined;
  /**
   * Ask for the page as Graph would present it to this API version and `$select` (see
   * odata-shape.ts), already serialised: engines that build pages in worker threads answer with
   * `joined` bytes, so the event loop neither parses nor re-serialises a document. An engine may
   * ignore it and return `items`, which the use-case then shapes itself.
   */
  readonly shaped?: { readonly api: ApiVersion; readonly select?: readonly string[] | undefined } | undefined;
}

export interface ListPage {
  /** Parsed documents; empty when the engine answered a `raw` query with `texts`. */
  readonly items: readonly SignIn[];
  /** The documents' JSON text, in order, when `raw` was asked for and the engine supports it. */
  readonly texts?: readonly string[] | undefined;
  /**
   * The documents' JSON texts joined by commas, as UTF-8 bytes, when `raw` was asked for and the
   * engine built the page off the main thread (`items` is then empty and `texts` absent).
   */
  readonly joined?: { readonly bytes: Uint8Array; readonly count: number } | undefined;
  /** Present when more rows follow; the position to continue after. */
  readonly next?: KeysetPosition | undefined;
}

/** Options of `SignInStore.exportFormatted`. */
export interface FormattedExportOptions {
  readonly format: 'csv' | 'json' | 'ndjson';
  /** Pseudonymisation key; none: no pseudonyms. */
  readonly pseudonymKey?: string | undefined;
  readonly pageSize?: number | undefined;
  /** Stops the page being read or formatted when it fires (the consumer went away). */
  readonly signal?: AbortSignal | undefined;
}

/** One formatted export page (no CSV header, no JSON brackets: the use-case adds them). */
export interface FormattedPage {
  readonly bytes: Uint8Array;
  readonly rows: number;
}

export interface ExportOptions {
  /** Rows per page, 1..1000 (default 1000). */
  readonly pageSize?: number | undefined;
  readonly raw?: boolean | undefined;
}

export interface UpsertResult {
  /** New rows stored. */
  readonly inserted: number;
  /** Records whose id was already stored (the stored copy is kept: first copy wins). */
  readonly duplicates: number;
}

export interface CountResult {
  readonly count: number;
  /** True when counting stopped at the cap: the true count is larger. */
  readonly capped: boolean;
}

export interface CountBy<K extends string | number = string> {
  readonly key: K;
  readonly count: number;
}

export interface StoreSummary {
  readonly total: number;
  readonly byOutcome: readonly CountBy[];
  readonly bySignInType: readonly CountBy[];
  readonly topErrorCodes: readonly (CountBy<number> & { readonly failureReason: string | null })[];
  readonly first?: string | undefined;
  readonly last?: string | undefined;
}

export type TokenScope = 'read' | 'ingest' | 'admin' | 'triage';

export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  readonly createdAt: string;
  readonly expiresAt?: string | undefined;
  readonly revokedAt?: string | undefined;
  readonly lastUsedAt?: string | undefined;
}

export interface TokenStore {
  createToken(token: ApiToken, secretHash: string): Promise<void>;
  findTokenByHash(secretHash: string): Promise<ApiToken | undefined>;
  listTokens(): Promise<readonly ApiToken[]>;
  revokeToken(idOrName: string, at: string): Promise<boolean>;
  touchToken(id: string, at: string): Promise<void>;
  /**
   * Tokens not revoked — expired ones included, so not "active" in the sense of
   * `isActiveToken` (ensure-admin-token.ts), which is what first-start decisions use.
   */
  countActiveTokens(): Promise<number>;
}

export interface CheckpointStore {
  getCheckpoint(key: string): Promise<string | undefined>;
  setCheckpoint(key: string, value: string): Promise<void>;
}

/** One kept piece of detection state (detection-event.ts); `data` is the event's JSON. */
export interface DetectionStateRow {
  readonly ruleId: string;
  readonly groupKey: string;
  readonly key: string;
  readonly at: number;
  readonly data: string;
}

/** What one detector step writes, in one transaction. */
export interface DetectionWrite {
  /** Upserted by (ruleId, groupKey, key); a stored row is replaced only by an earlier `at`. */
  readonly state: readonly DetectionStateRow[];
  /** Drops state older than `before` (epoch ms) of these rules (windows that can no longer grow). */
  readonly prune: readonly { readonly before: number; readonly ruleIds: readonly string[] }[];
  /** Inserted or replaced whole; each write takes the next change sequence number. */
  readonly alerts: readonly Alert[];
  readonly deleteAlerts: readonly string[];
}

export interface AlertQuery {
  readonly ruleId?: string | undefined;
  readonly severity?: Severity | undefined;
  readonly status?: AlertStatus | undefined;
  readonly entityKind?: EntityKind | undefined;
  readonly entityValue?: string | undefined;
  /** lastSeen ≥ since (epoch ms). */
  readonly since?: number | undefined;
  /** firstSeen ≤ until (epoch ms). */
  readonly until?: number | undefined;
  /** 1..500 */
  readonly top: number;
  /** Newest lastSeen first, then id descending; continue after this alert. */
  readonly after?: { readonly lastSeen: number; readonly id: string } | undefined;
}

export interface AlertPage {
  readonly items: readonly Alert[];
  readonly next?: { readonly lastSeen: number; readonly id: string } | undefined;
}

export interface AlertStats {
  readonly byStatus: Readonly<Record<AlertStatus, number>>;
  readonly openBySeverity: Readonly<Record<Severity, number>>;
  readonly openByRule: Readonly<Record<string, number>>;
}

/** An alert write a notifier can pick up: `seq` grows with every write. */
export interface AlertChange {
  readonly seq: number;
  readonly alert: Alert;
}

export interface AlertStore {
  loadDetectionState(): Promise<readonly DetectionStateRow[]>;
  writeDetections(write: DetectionWrite): Promise<void>;
  getAlerts(ids: readonly string[]): Promise<readonly Alert[]>;
  /** Alerts of one rule and entity whose [firstSeen, lastSeen] overlaps [from, to] (epoch ms). */
  findAlerts(ruleId: string, entity: AlertEntity, from: number, to: number): Promise<readonly Alert[]>;
  listAlerts(query: AlertQuery): Promise<AlertPage>;
  alertStats(): Promise<AlertStats>;
  /** Replaces a stored alert (status changes); false when there is none with its id. */
  saveAlert(alert: Alert): Promise<boolean>;
  /** Adds or replaces the suppression of one rule for one entity. */
  addSuppression(s: Suppression): Promise<void>;
  /** Suppressions still in force at `at` (ISO). */
  listSuppressions(at: string): Promise<readonly Suppression[]>;
  /** Alert writes after sequence number `afterSeq`, oldest first. */
  listAlertChanges(afterSeq: number, limit: number): Promise<readonly AlertChange[]>;
}

export interface SignInStore extends TokenStore, CheckpointStore, WebhookOutboxStore, EntityStore, AlertStore {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * URL of a module exporting `packPrepared`, with which import worker threads pack documents in
   * this engine's stored form (SQLite); absent when the engine stores documents as they come.
   */
  readonly documentPacker?: string;
  /** Applies pending migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /** Stores a batch in one transaction; duplicates by id are counted, not stored twice. */
  upsert(batch: readonly PreparedSignIn[]): Promise<UpsertResult>;
  get(id: string): Promise<SignIn | undefined>;
  list(query: ListQuery): Promise<ListPage>;
  /** Counts matching rows, stopping at `cap`: never an uncapped count(*). */
  count(filter: FilterNode | undefined, cap: number): Promise<CountResult>;
  /** Totals, by outcome and type, the time span, and the `topCodes` (default 10) commonest error codes. */
  summarize(filter?: FilterNode, options?: { readonly topCodes?: number }): Promise<StoreSummary>;
  /**
   * Engines with time partitions (PostgreSQL) create the current month's and the next months'
   * partitions; `serve` calls it at start and daily. Absent where there is nothing to prepare.
   */
  ensurePartitions?(now: Date): Promise<readonly string[]>;
  /**
   * Counts grouped by up to two dimensions and optionally by local time bucket, top N plus an
   * "other" row. Answered from the hourly/daily rollups (which `upsert`, `prune` and `rederive`
   * keep true in the same transaction) when they can answer it exactly, else by a scan.
   */
  aggregate(query: AggregateQuery): Promise<AggregateResult>;
  /** What the store knows around one sign-in: the user's history, the app × code, the IP. */
  diagnosisContext(query: DiagnosisQuery): Promise<DiagnosisContext>;
  /**
   * Every matching sign-in, newest first, in pages (keyset paging: flat memory, no cap). The
   * consumer pulls: a slow writer slows the reads (back-pressure). With `raw`, pages carry the
   * stored JSON texts (as `list` does) where the engine can.
   */
  exportRows(filter: FilterNode | undefined, options?: ExportOptions): AsyncIterable<ListPage>;
  /**
   * The same rows already formatted, page by page in order, where the engine (or a worker pool
   * wrapped around it) formats off the main thread. Absent: the use-case formats `exportRows`.
   */
  exportFormatted?(filter: FilterNode | undefined, options: FormattedExportOptions): AsyncIterable<FormattedPage>;
  /** Gets readers ready before the first request (worker threads started, connections open). */
  warm?(): Promise<void>;
  /** Removes sign-ins created before `cutoff` (epoch ms) and their documents; rollups stay true. */
  prune(cutoff: number): Promise<PruneResult>;
  /** Recomputes the derived `outcome` and `errorCategory` of stored rows (and rollups) from the current catalog. */
  rederive(): Promise<RederiveResult>;
  close(): Promise<void>;
}

/**
 * Where the detection engine hands alerts it has just stored (created or changed), for the
 * configured webhooks. One insert; delivery happens elsewhere (src/node/webhook-delivery.ts).
 * Returns the outbox rows added (one per wanting webhook; a notice already queued adds none).
 */
export interface AlertOutbox {
  enqueue(notices: readonly AlertNotice[]): Promise<number>;
}

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
