// The `Sign-in type` column of our CSV exports and how a record's own type beats its file's.
import { describe, expect, it } from 'vitest';
import { applySignInType, signInTypeCell } from '../../src/importers/tabular/apply-sign-in-type.js';

describe('signInTypeCell', () => {
  it.each([
    ['interactiveUser', 'interactiveUser'],
    ['Interactive', 'interactiveUser'],
    ['nonInteractiveUser', 'nonInteractiveUser'],
    ['Non-interactive', 'nonInteractiveUser'],
    ['Service principal', 'servicePrincipal'],
    ['servicePrincipal', 'servicePrincipal'],
    ['Managed identity', 'managedIdentity'],
    [' managedIdentity ', 'managedIdentity'],
  ])('%j → %s', (text, type) => {
    expect(signInTypeCell(text)).toEqual([type]);
  });

  it('refuses other text, naming the types', () => {
    expect(() => signInTypeCell('robot')).toThrow(/expected a sign-in type \(interactiveUser, nonInteractiveUser, servicePrincipal, managedIdentity\), got "robot"/);
  });
});

describe('applySignInType', () => {
  it('types a record by its file when it says nothing', () => {
    const r: Record<string, unknown> = {};
    applySignInType(r, 'nonInteractiveUser');
    expect(r).toEqual({ signInEventTypes: ['nonInteractiveUser'], isInteractive: false });
  });

  it("keeps the record's own type and derives isInteractive from it, not from the file", () => {
    const r: Record<string, unknown> = { signInEventTypes: ['interactiveUser'] };
    applySignInType(r, 'servicePrincipal');
    expect(r).toEqual({ signInEventTypes: ['interactiveUser'], isInteractive: true });
    const s: Record<string, unknown> = { signInEventTypes: ['managedIdentity'], isInteractive: true };
    applySignInType(s, 'interactiveUser');
    expect(s).toEqual({ signInEventTypes: ['managedIdentity'], isInteractive: true });
  });
});
