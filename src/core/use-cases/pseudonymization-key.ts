/**
 * The per-installation secret of pseudonymised exports: created on first use and kept in the
 * store (checkpoint `settings:pseudonymization-key`), so every process of one installation
 * (serve, CLI) gives the same pseudonym to the same person. `rotatePseudonymizationKey`
 * replaces it (`signin-report keys rotate`); a running server picks the new key up at its next
 * export, because every export reads the key afresh.
 */
import type { CheckpointStore } from '../ports.js';

export const PSEUDONYMIZATION_KEY = 'settings:pseudonymization-key';

export const pseudonymizationKey = async (store: CheckpointStore, newKey: () => string): Promise<string> => {
  const existing = await store.getCheckpoint(PSEUDONYMIZATION_KEY);
  if (existing) return existing;
  await store.setCheckpoint(PSEUDONYMIZATION_KEY, newKey());
  // Two processes may race on the first export: read back whichever write won.
  return (await store.getCheckpoint(PSEUDONYMIZATION_KEY)) as string;
};

export const currentPseudonymizationKey = async (store: CheckpointStore): Promise<string | undefined> =>
  (await store.getCheckpoint(PSEUDONYMIZATION_KEY)) ?? undefined;

export const rotatePseudonymizationKey = async (
  store: CheckpointStore,
  newKey: () => string,
): Promise<{ readonly previous: string | undefined; readonly current: string }> => {
  const previous = await currentPseudonymizationKey(store);
  let current = newKey();
  while (current === previous) current = newKey();
  await store.setCheckpoint(PSEUDONYMIZATION_KEY, current);
  return { previous, current };
};
