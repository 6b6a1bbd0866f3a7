/**
 * The four sign-in tables and the sign-in type each holds. A record says its table in `Type`
 * (Log Analytics) or `Category` (diagnostic settings); otherwise the file name may carry it.
 */
import { basename } from 'node:path';
import type { SignInType } from '../../core/model/sign-in-type.js';

const TABLES: ReadonlyMap<string, SignInType> = new Map([
  ['signinlogs', 'interactiveUser'],
  ['aadnoninteractiveusersigninlogs', 'nonInteractiveUser'],
  ['aadserviceprincipalsigninlogs', 'servicePrincipal'],
  ['aadmanagedidentitysigninlogs', 'managedIdentity'],
  // `Category` values of the same tables.
  ['noninteractiveusersigninlogs', 'nonInteractiveUser'],
  ['serviceprincipalsigninlogs', 'servicePrincipal'],
  ['microsoftserviceprincipalsigninlogs', 'servicePrincipal'],
  ['managedidentitysigninlogs', 'managedIdentity'],
]);

export const TABLE_NAMES = ['SigninLogs', 'AADNonInteractiveUserSignInLogs', 'AADServicePrincipalSignInLogs', 'AADManagedIdentitySignInLogs'];

export const kindFromTable = (name: string): SignInType | undefined => TABLES.get(name.trim().toLowerCase());

/** Longest names first: `AADNonInteractiveUserSignInLogs` also contains `SignInLogs`. */
const BY_LENGTH = [...TABLES.keys()].sort((a, b) => b.length - a.length);

export const kindFromTableFileName = (file: string): SignInType | undefined => {
  const name = basename(file).toLowerCase();
  const hit = BY_LENGTH.find((t) => name.includes(t));
  return hit ? TABLES.get(hit) : undefined;
};
