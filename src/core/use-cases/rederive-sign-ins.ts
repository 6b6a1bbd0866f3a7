/**
 * Re-derivation (`signin-report rederive`): after a catalog update changes a code's outcome or
 * category, stored rows and rollups are brought in line with it. Cheap when nothing changed: the
 * store compares the distinct stored classifications with the catalog first.
 */
import type { SignInStore } from '../ports.js';
import type { RederiveResult } from '../analytics/store-types.js';

export const rederiveSignIns = (store: Pick<SignInStore, 'rederive'>): Promise<RederiveResult> => store.rederive();
