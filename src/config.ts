/**
 * Configuration: the only reader of the environment. Flags win over environment variables,
 * which win over the config file (`signin-report.config.json` or `--config FILE`), which wins
 * over defaults. Validated once; the result is frozen.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { readFileSync, existsSync } from 'node:fs';
import { AppError } from './core/errors.js';

export const ConfigSchema = Type.Object(
  {
    db: Type.String({ minLength: 1 }),
    host: Type.String({ minLength: 1 }),
    port: Type.Integer({ minimum: 0, maximum: 65535 }),
    tlsCert: Type.Optional(Type.String()),
    tlsKey: Type.Optional(Type.String()),
    /** Days to keep; 0 keeps forever. */
    retentionDays: Type.Integer({ minimum: 0 }),
    logLevel: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('silent')]),
    /** Requests per minute per token. */
    rateLimit: Type.Integer({ minimum: 1 }),
    publicUrl: Type.Optional(Type.String()),
    /** Worker threads of the shared read pool; 0: one per core, at least 2. */
    readWorkers: Type.Integer({ minimum: 0, maximum: 64 }),
    /** Time budget of one query (one export page for exports), ms. */
    queryTimeoutMs: Type.Integer({ minimum: 100 }),
    /** Exports one token may run at once. */
    exportsPerToken: Type.Integer({ minimum: 1 }),
    /** Exports the server runs at once. */
    exportsTotal: Type.Integer({ minimum: 1 }),
    /** Detections (docs/rules.md): extra rules, per-rule overrides, break-glass accounts. */
    detections: Type.Object(
      {
        /** Evaluate rules as sign-ins arrive (import, pull, push). */
        enabled: Type.Boolean(),
        /** Folder of extra or overriding rule files (*.yaml). */
        rulesFolder: Type.Optional(Type.String({ minLength: 1 })),
        /** Emergency-access accounts (user principal names): any sign-in of one raises `break-glass`. */
        breakGlassAccounts: Type.Array(Type.String({ minLength: 3 }), { maxItems: 100 }),
        /** How late a sign-in may arrive (behind the newest seen) and still count in its window. */
        latenessMinutes: Type.Integer({ minimum: 0, maximum: 60 * 24 * 30 }),
        /** Per rule id: enabled, a replacement `where`, parameter overrides (threshold, windowMinutes, ...). */
        rules: Type.Record(
          Type.String(),
          Type.Object(
            {
              enabled: Type.Optional(Type.Boolean()),
              where: Type.Optional(Type.String({ minLength: 1 })),
              parameters: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Config = Readonly<Static<typeof ConfigSchema>>;

export const DEFAULT_DB = './data/signin-report.db';

const DEFAULTS: Config = {
  db: DEFAULT_DB,
  host: '127.0.0.1',
  port: 8787,
  retentionDays: 0,
  logLevel: 'info',
  rateLimit: 600,
  readWorkers: 0,
  queryTimeoutMs: 30_000,
  exportsPerToken: 2,
  exportsTotal: 4,
  detections: { enabled: true, breakGlassAccounts: [], latenessMinutes: 180, rules: {} },
};

const ENV_KEYS: Record<string, keyof Config> = {
  SIGNIN_REPORT_DB: 'db',
  SIGNIN_REPORT_HOST: 'host',
  SIGNIN_REPORT_PORT: 'port',
  SIGNIN_REPORT_TLS_CERT: 'tlsCert',
  SIGNIN_REPORT_TLS_KEY: 'tlsKey',
  SIGNIN_REPORT_RETENTION_DAYS: 'retentionDays',
  SIGNIN_REPORT_LOG_LEVEL: 'logLevel',
  SIGNIN_REPORT_RATE_LIMIT: 'rateLimit',
  SIGNIN_REPORT_PUBLIC_URL: 'publicUrl',
  SIGNIN_REPORT_READ_WORKERS: 'readWorkers',
  SIGNIN_REPORT_QUERY_TIMEOUT_MS: 'queryTimeoutMs',
  SIGNIN_REPORT_EXPORTS_PER_TOKEN: 'exportsPerToken',
  SIGNIN_REPORT_EXPORTS_TOTAL: 'exportsTotal',
};

/** Environment variables of the nested `detections` settings. */
const DETECTION_ENV: Record<string, 'rulesFolder' | 'breakGlassAccounts' | 'enabled'> = {
  SIGNIN_REPORT_RULES_FOLDER: 'rulesFolder',
  SIGNIN_REPORT_BREAK_GLASS_ACCOUNTS: 'breakGlassAccounts',
  SIGNIN_REPORT_DETECTIONS: 'enabled',
};

const detectionValue = (key: 'rulesFolder' | 'breakGlassAccounts' | 'enabled', v: string): unknown =>
  key === 'breakGlassAccounts' ? v.split(',').map((a) => a.trim()).filter((a) => a !== '') : key === 'enabled' ? !/^(0|false|off|no)$/i.test(v) : v;

const NUMERIC = new Set<keyof Config>(['port', 'retentionDays', 'rateLimit', 'readWorkers', 'queryTimeoutMs', 'exportsPerToken', 'exportsTotal']);

const coerce = (key: keyof Config, v: unknown): unknown =>
  NUMERIC.has(key) && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;

export interface ConfigSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly flags?: Partial<Record<keyof Config, unknown>>;
  readonly configFile?: string | undefined;
}

export const loadConfig = ({ env, flags = {}, configFile }: ConfigSources): Config => {
  const merged: Record<string, unknown> = { ...DEFAULTS };
  const file = configFile ?? env.SIGNIN_REPORT_CONFIG ?? (existsSync('signin-report.config.json') ? 'signin-report.config.json' : undefined);
  if (file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new AppError('BadRequest', `config file ${file}: ${(e as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null) throw new AppError('BadRequest', `config file ${file}: expected a JSON object`);
    const { detections, ...rest } = parsed as Record<string, unknown>;
    Object.assign(merged, rest);
    // Partial `detections` in the file: the defaults fill what it leaves out.
    if (detections !== undefined) {
      merged.detections = typeof detections === 'object' && detections !== null ? { ...DEFAULTS.detections, ...detections } : detections;
    }
  }
  for (const [name, key] of Object.entries(DETECTION_ENV)) {
    const v = env[name];
    if (v !== undefined && v !== '') merged.detections = { ...(merged.detections as object), [key]: detectionValue(key, v) };
  }
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const v = env[name];
    if (v !== undefined && v !== '') merged[key] = coerce(key, v);
  }
  for (const [key, v] of Object.entries(flags)) if (v !== undefined) merged[key] = coerce(key as keyof Config, v);
  const errors = [...Value.Errors(ConfigSchema, merged)];
  if (errors.length > 0) {
    const first = errors[0];
    throw new AppError('BadRequest', `invalid configuration: ${first?.path.slice(1) || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  return Object.freeze(merged as Config);
};
