// The in-memory alert store the rule tests use holds to the same contract as the engines.
import { describe, expect, it } from 'vitest';
import { describeAlertStoreContract } from './contract/alert-store.contract.js';
import { createMemoryAlertStore } from '../core/detections/memory-alert-store.js';

describeAlertStoreContract('memory', { create: async () => createMemoryAlertStore() });

describe('in-memory alert store', () => {
  it('starts with no alert, no state and no suppression', async () => {
    const store = createMemoryAlertStore();
    expect((await store.listAlerts({ top: 10 })).items).toEqual([]);
    expect(await store.loadDetectionState()).toEqual([]);
    expect(await store.listSuppressions('2026-11-30T00:00:00Z')).toEqual([]);
  });
});
