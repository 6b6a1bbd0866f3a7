/**
 * Signature of the `json` webhook format (docs/webhooks.md): HMAC-SHA256 over
 * `<timestamp>.<raw body>` with the webhook's secret, sent as `sha256=<hex>`. The timestamp (Unix
 * seconds) travels in its own header; being signed, it cannot be changed, so a receiver that
 * rejects old timestamps stops a captured request from being replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-signin-report-signature';
export const TIMESTAMP_HEADER = 'x-signin-report-timestamp';

export const signWebhookBody = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/**
 * What a receiver does (used by our tests; shown in the docs): recompute and compare in constant
 * time, and accept only timestamps within `toleranceSeconds` of its own clock.
 */
export const verifyWebhookSignature = (
  secret: string,
  headers: { readonly signature: string | undefined; readonly timestamp: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean => {
  if (!headers.signature || !headers.timestamp || !/^\d+$/.test(headers.timestamp)) return false;
  const ts = Number(headers.timestamp);
  if (Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhookBody(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
