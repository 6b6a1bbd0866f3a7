/**
 * Facts that only the stored documents hold (authentication methods, autonomous system numbers,
 * coordinates): the entity's documents within the range are read newest first through `list`
 * (which runs on the read pool where there is one) and decoded, at most `cap` of them — decoding
 * costs about a block per document, so a busy entity's page reads its newest sign-ins only and
 * says so (`truncated`).
 */
import type { SignInStore } from '../ports.js';
import type { SignIn } from '../model/sign-in-schema.js';
import type { KeysetPosition } from '../ports.js';
import { entityFilter } from './entity-filter.js';
import type { EntityRef } from './entity-types.js';

const PAGE = 1000;

export const readEntityDocuments = async (
  store: Pick<SignInStore, 'list'>,
  ref: EntityRef,
  range: { readonly since: number; readonly until: number },
  cap: number,
  visit: (doc: SignIn) => void,
): Promise<{ readonly read: number; readonly truncated: boolean }> => {
  const filter = entityFilter(ref, range);
  let after: KeysetPosition | undefined;
  let read = 0;
  for (;;) {
    const top = Math.min(PAGE, cap - read);
    const page = await store.list({ filter, top, order: 'desc', after });
    for (const doc of page.items) visit(doc);
    read += page.items.length;
    if (!page.next) return { read, truncated: false };
    if (read >= cap) return { read, truncated: true };
    after = page.next;
  }
};
