// The `detections` configuration: defaults, a partial section in the config file, environment variables, and clear errors for bad values.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-detect-config-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe('detections configuration', () => {
  it('defaults: on, no break-glass accounts, 3 hours of lateness, no overrides', () => {
    expect(loadConfig({ env: {}, configFile: file('empty.json', {}) }).detections).toEqual({
      enabled: true, breakGlassAccounts: [], latenessMinutes: 180, rules: {},
    });
  });

  it('a partial section in the file keeps the other defaults', () => {
    const c = loadConfig({ env: {}, configFile: file('p.json', { detections: { breakGlassAccounts: ['bg@contoso.com'], rules: { 'brute-force': { enabled: false } } } }) });
    expect(c.detections).toMatchObject({ enabled: true, latenessMinutes: 180, breakGlassAccounts: ['bg@contoso.com'], rules: { 'brute-force': { enabled: false } } });
  });

  it('environment variables set the folder, the accounts and the switch', () => {
    const c = loadConfig({
      env: { SIGNIN_REPORT_RULES_FOLDER: '/etc/rules', SIGNIN_REPORT_BREAK_GLASS_ACCOUNTS: 'a@x.com, b@x.com', SIGNIN_REPORT_DETECTIONS: 'off' },
      configFile: file('e.json', {}),
    });
    expect(c.detections).toMatchObject({ rulesFolder: '/etc/rules', breakGlassAccounts: ['a@x.com', 'b@x.com'], enabled: false });
  });

  it('refuses bad values with the path of the setting', () => {
    expect(() => loadConfig({ env: {}, configFile: file('b1.json', { detections: { latenessMinutes: -1 } }) })).toThrow(/detections\/latenessMinutes/);
    expect(() => loadConfig({ env: {}, configFile: file('b2.json', { detections: { rules: { x: { threshold: 3 } } } }) })).toThrow(/detections\/rules\/x/);
  });
});
