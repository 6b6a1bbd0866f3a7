/**
 * The per-installation secret of pseudonymised exports: created on first use and kept in the
 * store (checkpoint `settings:pseudonymization-key`), so every process of one installation
 * (serve, CLI) gives the same pseudonym to the same person.
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
