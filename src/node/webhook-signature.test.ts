// The json webhook signature: HMAC-SHA256 over "<timestamp>.<body>", verified in constant time within a replay window.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature.js';

const body = '{"event":"alert.created","id":"al_1"}';

describe('webhook signature', () => {
  it('is sha256= and the hex HMAC of timestamp, dot and raw body', () => {
    const expected = createHmac('sha256', 'k').update(`1764496800.${body}`).digest('hex');
    expect(signWebhookBody('k', 1764496800, body)).toBe(`sha256=${expected}`);
  });

  it.each([
    ['the same secret, body and timestamp', 'k', body, '1764496800', 1764496800 + 299, true],
    ['another secret', 'other', body, '1764496800', 1764496800, false],
    ['a changed body', 'k', `${body} `, '1764496800', 1764496800, false],
    ['a changed timestamp (replay with a fresh time)', 'k', body, '1764496900', 1764496900, false],
    ['a timestamp older than the tolerance', 'k', body, '1764496800', 1764496800 + 301, false],
    ['a timestamp that is not a number', 'k', body, 'x', 1764496800, false],
  ])('verifies with %s: %s', (_what, secret, sent, timestamp, now, ok) => {
    const signature = signWebhookBody('k', 1764496800, body);
    expect(verifyWebhookSignature(secret, { signature, timestamp }, sent, now)).toBe(ok);
  });

  it('rejects a missing or truncated signature', () => {
    expect(verifyWebhookSignature('k', { signature: undefined, timestamp: '1' }, body, 1)).toBe(false);
    expect(verifyWebhookSignature('k', { signature: signWebhookBody('k', 1, body).slice(0, 20), timestamp: '1' }, body, 1)).toBe(false);
  });
});
