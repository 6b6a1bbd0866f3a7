/** What importers hand to the import use-case: parsed values with where they came from. */
import type { PreparedSignIn } from './model/sign-in-row.js';

export type SourceItem =
  | {
      readonly kind: 'record';
      readonly value: unknown;
      readonly where: string;
      /** The record's JSON text exactly as read (NDJSON), so it is stored without re-serialising. */
      readonly raw?: string;
    }
  /**
   * A part of the input that could not be parsed or converted (bad JSON, bad CSV row, a cell
   * that is not a date). `field` names the column or field at fault when known.
   */
  | { readonly kind: 'unparseable'; readonly where: string; readonly message: string; readonly field?: string }
  /** Already validated and derived by the same core functions, elsewhere (a worker thread). */
  | { readonly kind: 'prepared'; readonly prepared: PreparedSignIn }
  /** Already found invalid elsewhere (a worker thread). */
  | { readonly kind: 'invalid'; readonly rejection: Rejection };

export interface ImportProgress {
  readonly read: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly bytes: number;
}

export interface Rejection {
  readonly where: string;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
  readonly value?: unknown;
}

export interface ImportSummary extends ImportProgress {
  readonly seconds: number;
}
