/**
 * App-only tokens for Graph through @azure/identity: a client secret or a certificate (PEM with
 * the private key). `authorityHost` selects the cloud (or a test endpoint); instance discovery
 * is skipped for a custom authority host, which MSAL cannot validate against its list.
 * Secrets are never part of an error message: identity errors are cut to their first line and
 * any occurrence of the secret is masked.
 */
import { rootCertificates } from 'node:tls';
import { ClientCertificateCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';
import { AppError } from '../../core/errors.js';

export interface CredentialConfig {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret?: string | undefined;
  readonly certificatePath?: string | undefined;
  readonly authorityHost?: string | undefined;
  /** Extra trusted CA certificates (PEM) for the token endpoint, e.g. a TLS-inspecting proxy. */
  readonly caPem?: string | undefined;
  /** Token scope; Graph's by default. */
  readonly scope?: string | undefined;
}

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Masks every secret in a text (error messages, URLs). */
export const createRedactor = (secrets: readonly (string | undefined)[]) => {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (text: string): string => list.reduce((t, s) => t.split(s).join('***'), text);
};

const build = (c: CredentialConfig): TokenCredential => {
  const options = {
    ...(c.authorityHost ? { authorityHost: c.authorityHost, disableInstanceDiscovery: true } : {}),
    ...(c.caPem ? { tlsOptions: { ca: [...rootCertificates, c.caPem] } } : {}),
  };
  if (c.clientSecret !== undefined) return new ClientSecretCredential(c.tenantId, c.clientId, c.clientSecret, options);
  if (c.certificatePath !== undefined) return new ClientCertificateCredential(c.tenantId, c.clientId, { certificatePath: c.certificatePath }, options);
  throw new AppError('BadRequest', 'give --client-secret-env VAR or --certificate FILE');
};

/** A token function for the Graph client: cached by @azure/identity; `refresh` starts afresh. */
export const createTokenSource = (c: CredentialConfig): ((refresh: boolean) => Promise<string>) => {
  const redact = createRedactor([c.clientSecret]);
  let credential = build(c);
  return async (refresh) => {
    if (refresh) credential = build(c);
    try {
      const t = await credential.getToken(c.scope ?? GRAPH_SCOPE);
      if (!t?.token) throw new Error('no token returned');
      return t.token;
    } catch (e) {
      const first = redact(String((e as Error).message ?? e)).split('\n')[0]?.slice(0, 400) ?? '';
      throw new AppError('Unauthenticated', `could not get a token for client ${c.clientId} in tenant ${c.tenantId}: ${first}`);
    }
  };
};
