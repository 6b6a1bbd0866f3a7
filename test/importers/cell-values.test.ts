// Cell conversions shared by the CSV and Log Analytics importers: dates, display text → enums,
// the spreadsheet guard, booleans, numbers and "City, State, CC".
import { describe, expect, it } from 'vitest';
import { normaliseDateTextLoosely, parseDateText } from '../../src/importers/tabular/date-text.js';
import { cellText, enumValue, parseBoolCell, parseIntCell } from '../../src/importers/tabular/cell-values.js';
import * as V from '../../src/importers/tabular/display-values.js';
import { parseLocation } from '../../src/importers/tabular/row-mapper.js';
import { conditionFlagNames } from '../../src/importers/log-analytics/nested.js';

describe('parseDateText', () => {
  it.each([
    ['2025-12-04T08:19:41Z', '2025-12-04T08:19:41Z'],
    ['2025-12-04T08:19:41.1234567Z', '2025-12-04T08:19:41.1234567Z'],
    ['2025-12-04 08:19:41', '2025-12-04T08:19:41Z'],
    ['2025-12-04T08:19', '2025-12-04T08:19:00Z'],
    ['2025-12-04T17:19:41.5+09:00', '2025-12-04T08:19:41.5Z'],
    ['2025-12-31T23:30:00-01:00', '2026-01-01T00:30:00Z'],
    ['2025-12-04T08:19:41+0530', '2025-12-04T02:49:41Z'],
    ['4/28/2021, 2:08:45.221 PM', '2021-04-28T14:08:45.221Z'],
    ['4/28/2021, 12:08:45 AM', '2021-04-28T00:08:45Z'],
    ['4/28/2021 12:08:45 PM', '2021-04-28T12:08:45Z'],
    ['3/12/2025 7:22:01 AM', '2025-03-12T07:22:01Z'],
    ['28/4/2021 19:22', '2021-04-28T19:22:00Z'],
    ['28.04.2021 14:08:45', '2021-04-28T14:08:45Z'],
    ['2025-01-15T08:19:41Z UTC', '2025-01-15T08:19:41Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  it('keeps unknown text in nested step dates (Graph writes 0001-01-01 placeholders)', () => {
    expect(normaliseDateTextLoosely('0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00Z');
    expect(normaliseDateTextLoosely('1/15/2025 8:00 AM')).toBe('2025-01-15T08:00:00Z');
  });

  it.each(['yesterday', '2025-13-01T00:00:00Z', '2025-02-30T00:00:00Z', '4/28/2021 13:00 PM', '2025-01-01T24:00:00Z', ''])(
    'refuses %j',
    (input) => {
      expect(() => parseDateText(input)).toThrow(/date-time/);
    },
  );
});

describe('display text → Graph enum values', () => {
  it.each([
    ['Primary refresh token', V.INCOMING_TOKEN_TYPE, 'primaryRefreshToken'],
    ['SAML 1.1', V.INCOMING_TOKEN_TYPE, 'saml11'],
    ['None', V.INCOMING_TOKEN_TYPE, 'none'],
    ['primaryRefreshToken', V.INCOMING_TOKEN_TYPE, 'primaryRefreshToken'],
    ['Multifactor authentication', V.AUTHENTICATION_REQUIREMENT, 'multiFactorAuthentication'],
    ['Single-factor authentication', V.AUTHENTICATION_REQUIREMENT, 'singleFactorAuthentication'],
    ['singleFactorAuthentication', V.AUTHENTICATION_REQUIREMENT, 'singleFactorAuthentication'],
    ['B2B collaboration', V.CROSS_TENANT_ACCESS_TYPE, 'b2bCollaboration'],
    ['Not Applied', V.CONDITIONAL_ACCESS_STATUS, 'notApplied'],
    ['Success', V.CONDITIONAL_ACCESS_STATUS, 'success'],
    ['Azure AD', V.TOKEN_ISSUER_TYPE, 'AzureAD'],
    ['AzureAD', V.TOKEN_ISSUER_TYPE, 'AzureAD'],
    ['AD Federation Services', V.TOKEN_ISSUER_TYPE, 'ADFederationServices'],
    ['OAuth 2.0', V.AUTHENTICATION_PROTOCOL, 'oAuth2'],
    ['ROPC', V.AUTHENTICATION_PROTOCOL, 'ropc'],
    ['Device code flow', V.ORIGINAL_TRANSFER_METHOD, 'deviceCodeFlow'],
    ['System Assigned', V.MSI_TYPE, 'systemAssigned'],
    ['Member', V.USER_TYPE, 'member'],
    ['At risk', V.RISK_STATE, 'atRisk'],
  ])('%s → %s', (text, table, expected) => {
    expect(enumValue(text, table)).toBe(expected);
  });
});

describe('cells', () => {
  it('removes the spreadsheet formula guard only before formula characters', () => {
    expect(cellText("'-abc")).toBe('-abc');
    expect(cellText("'+abc")).toBe('+abc');
    expect(cellText("'=1+1")).toBe('=1+1');
    expect(cellText("'@x")).toBe('@x');
    expect(cellText("'quoted'")).toBe("'quoted'");
    expect(cellText('  ')).toBeUndefined();
  });

  it('reads booleans and numbers as the exports write them', () => {
    expect([parseBoolCell('Yes'), parseBoolCell('TRUE'), parseBoolCell('false'), parseBoolCell('0')]).toEqual([true, true, false, false]);
    expect(() => parseBoolCell('maybe')).toThrow(/Yes\/No/);
    expect([parseIntCell('50126'), parseIntCell('96 ms'), parseIntCell('AS8075'), parseIntCell('3.0')]).toEqual([50126, 96, 8075, 3]);
    expect(() => parseIntCell('5e3')).toThrow(/whole number/);
  });

  it('splits "City, State, CC"', () => {
    expect(parseLocation('Melbourne, Victoria, AU')).toEqual({ city: 'Melbourne', state: 'Victoria', countryOrRegion: 'AU' });
    expect(parseLocation('Washington, D.C., District of Columbia, US')).toEqual({
      city: 'Washington, D.C.',
      state: 'District of Columbia',
      countryOrRegion: 'US',
    });
    expect(parseLocation(', , DE')).toEqual({ countryOrRegion: 'DE' });
    expect(parseLocation('JP')).toEqual({ countryOrRegion: 'JP' });
    expect(parseLocation(', , ')).toBeUndefined();
  });

  it('turns Log Analytics condition flags into Graph member names', () => {
    expect(conditionFlagNames(0)).toBe('none');
    expect(conditionFlagNames(3)).toBe('application,users');
    expect(conditionFlagNames('8')).toBe('location');
    expect(conditionFlagNames('application')).toBe('application');
  });
});
