// The in-memory alert store the rule tests use holds to the same contract as the engines.
import { describeAlertStoreContract } from './contract/alert-store.contract.js';
import { createMemoryAlertStore } from '../core/detections/memory-alert-store.js';

describeAlertStoreContract('memory', { create: async () => createMemoryAlertStore() });
