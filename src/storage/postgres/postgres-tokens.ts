/** API tokens and import checkpoints on PostgreSQL (small, unpartitioned; Citus reference tables). */
import type { Kysely } from 'kysely';
import type { CheckpointStore, TokenStore } from '../../core/ports.js';
import { toToken, type TokenRecord } from '../token-record.js';


// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed by name, as on SQLite
type AnyDb = Kysely<any>;

export const createPostgresTokenStore = (k: AnyDb): TokenStore => ({
  createToken: async (t, secretHash) => {
    await k
      .insertInto('api_tokens')
      .values({
        id: t.id, name: t.name, scopes: t.scopes.join(','), secret_hash: secretHash, created_at: t.createdAt, expires_at: t.expiresAt ?? null,
      })
      .execute();
  },
  findTokenByHash: async (secretHash) => {
    const r = (await k.selectFrom('api_tokens').selectAll().where('secret_hash', '=', secretHash).executeTakeFirst()) as TokenRecord | undefined;
    return r ? toToken(r) : undefined;
  },
  listTokens: async () => ((await k.selectFrom('api_tokens').selectAll().orderBy('created_at').execute()) as TokenRecord[]).map(toToken),
  revokeToken: async (idOrName, at) => {
    const r = await k
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where((eb) => eb.and([eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]), eb('revoked_at', 'is', null)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  touchToken: async (id, at) => {
    await k.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  },
  countActiveTokens: async () => {
    const r = (await k.selectFrom('api_tokens').select((eb) => eb.fn.countAll().as('n')).where('revoked_at', 'is', null).executeTakeFirst()) as
      | { n: number }
      | undefined;
    return Number(r?.n ?? 0);
  },
});

export const createPostgresCheckpointStore = (k: AnyDb): CheckpointStore => ({
  getCheckpoint: async (key) =>
    ((await k.selectFrom('checkpoints').select('value').where('key', '=', key).executeTakeFirst()) as { value: string } | undefined)?.value,
  setCheckpoint: async (key, value) => {
    await k
      .insertInto('checkpoints')
      .values({ key, value, updated_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  },
});
