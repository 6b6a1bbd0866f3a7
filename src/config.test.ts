// Configuration of alert webhooks: validation, secrets from the environment, unique names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const withFile = (content: unknown, env: Record<string, string> = {}) => {
  const file = join(dir, `c${n++}.json`);
  writeFileSync(file, JSON.stringify(content));
  return loadConfig({ env, configFile: file });
};
const hook = { name: 'siem', url: 'https://siem.example.com/hook', format: 'json' };

describe('notifications configuration', () => {
  it('is absent by default and accepts webhooks with filters and a language', () => {
    expect(withFile({}).notifications).toBeUndefined();
    const c = withFile({ notifications: { webhooks: [hook, { name: 'teams', url: 'https://x.example/w', format: 'teams', minSeverity: 'high', rules: ['brute-force'], lang: 'ja' }], maxAttempts: 3 } });
    expect(c.notifications?.webhooks.map((w) => w.name)).toEqual(['siem', 'teams']);
    expect(c.notifications?.maxAttempts).toBe(3);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads a secret written env:NAME from the environment, and keeps a literal one', () => {
    expect(withFile({ notifications: { webhooks: [{ ...hook, secret: 'env:SIEM_HOOK_KEY' }] } }, { SIEM_HOOK_KEY: 's3cret' }).notifications?.webhooks[0]?.secret).toBe('s3cret');
    expect(withFile({ notifications: { webhooks: [{ ...hook, secret: 'literal' }] } }).notifications?.webhooks[0]?.secret).toBe('literal');
    expect(() => withFile({ notifications: { webhooks: [{ ...hook, secret: 'env:SIEM_HOOK_KEY' }] } })).toThrowError(
      'invalid configuration: notifications/webhooks/0/secret: environment variable SIEM_HOOK_KEY is not set',
    );
  });

  it.each([
    ['an unknown format', { ...hook, format: 'xml' }, 'notifications/webhooks/0/format'],
    ['a URL that is not http(s)', { ...hook, url: 'ftp://x' }, 'notifications/webhooks/0/url'],
    ['a name with spaces', { ...hook, name: 'my hook' }, 'notifications/webhooks/0/name'],
    ['an unknown severity', { ...hook, minSeverity: 'severe' }, 'notifications/webhooks/0/minSeverity'],
    ['an unknown field', { ...hook, channel: '#x' }, 'notifications/webhooks/0'],
  ])('rejects %s with a typed error naming the field', (_what, bad, path) => {
    expect(() => withFile({ notifications: { webhooks: [bad] } })).toThrowError(expect.objectContaining({ code: 'BadRequest', message: expect.stringContaining(path) }));
  });

  it('rejects two webhooks with one name (the name keys the outbox)', () => {
    expect(() => withFile({ notifications: { webhooks: [hook, hook] } })).toThrowError("notifications/webhooks/1/name: 'siem' is used twice");
  });
});
