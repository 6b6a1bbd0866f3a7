/**
 * Which sign-in type an Entra portal download holds. The portal names each file after its
 * kind (`InteractiveSignIns_2025-01-01_2025-01-31.csv`, `NonInteractiveSignIns_…`,
 * `ApplicationSignIns_…`, `MSISignIns_…`, and `…_AuthDetails_…` for authentication steps).
 * When a file was renamed, the header decides: service principal and managed identity files
 * have no user columns; a user file cannot tell interactive from non-interactive and is taken
 * as interactive.
 */
import { basename } from 'node:path';
import type { SignInType } from '../../core/model/sign-in-type.js';
import { headerCells, normaliseHeader } from '../tabular/header-names.js';

const FILE_KINDS: readonly (readonly [RegExp, SignInType])[] = [
  [/^NonInteractive(User)?SignIns?(?=[_.\s-]|$)/i, 'nonInteractiveUser'],
  [/^Interactive(User)?SignIns?(?=[_.\s-]|$)/i, 'interactiveUser'],
  [/^(Application|ServicePrincipal)SignIns?(?=[_.\s-]|$)/i, 'servicePrincipal'],
  [/^(MSI|ManagedIdentity)SignIns?(?=[_.\s-]|$)/i, 'managedIdentity'],
];

export const kindFromFileName = (file: string): SignInType | undefined => {
  const name = basename(file);
  for (const [re, kind] of FILE_KINDS) if (re.test(name)) return kind;
  return undefined;
};

/** The portal's sign-in CSV: a `Request ID` column and a date column. */
export const isEntraSignInHeader = (names: ReadonlySet<string>): boolean =>
  names.has('request id') && (names.has('date (utc)') || names.has('date')) && !isAuthDetailsHeader(names);

/** The authentication-details CSV: one row per step, joined by `Request ID`. */
export const isAuthDetailsHeader = (names: ReadonlySet<string>): boolean =>
  names.has('request id') && names.has('authentication method') && !names.has('status') && !names.has('application');

export const headerNames = (head: string): ReadonlySet<string> | undefined => {
  const cells = headerCells(head);
  return cells ? new Set(cells.map(normaliseHeader)) : undefined;
};

export const kindFromHeader = (names: ReadonlySet<string>): SignInType => {
  const hasUser = names.has('username') || names.has('user id') || names.has('user');
  if (hasUser) return 'interactiveUser';
  if (names.has('managed identity type') || names.has('associated resource id')) return 'managedIdentity';
  return 'servicePrincipal';
};

export const signInKind = (file: string, names: ReadonlySet<string>): SignInType =>
  kindFromFileName(file) ?? kindFromHeader(names);
