/**
 * A configured webhook as core sees it (config.ts validates the configuration file's form), and
 * which alerts it wants: at or above its minimum severity, and only the listed rules when it
 * lists any.
 */
import { ALERT_SEVERITIES, type Alert, type AlertSeverity } from './alert.js';

export type WebhookFormat = 'json' | 'teams' | 'slack';
export type WebhookLang = 'en' | 'ja';

export interface WebhookSpec {
  readonly name: string;
  readonly url: string;
  readonly format: WebhookFormat;
  /** HMAC-SHA256 key of the `json` format's signature; resolved from the environment by config.ts. */
  readonly secret?: string | undefined;
  readonly minSeverity?: AlertSeverity | undefined;
  readonly rules?: readonly string[] | undefined;
  /** Language of the Teams and Slack texts (default en). */
  readonly lang?: WebhookLang | undefined;
}

const rank = (s: AlertSeverity): number => ALERT_SEVERITIES.indexOf(s);

export const isWantedBy = (hook: Pick<WebhookSpec, 'minSeverity' | 'rules'>, alert: Pick<Alert, 'severity' | 'ruleId'>): boolean =>
  (hook.minSeverity === undefined || rank(alert.severity) >= rank(hook.minSeverity)) &&
  (hook.rules === undefined || hook.rules.length === 0 || hook.rules.includes(alert.ruleId));
