/** Every CLI command, in the order `--help` lists them. */
import type { RegisterCommand } from '../context.js';
import { registerAlerts } from './alerts.js';
import { registerDemo } from './demo.js';
import { registerDetect } from './detect.js';
import { registerRules } from './rules.js';
import { registerDiagnose } from './diagnose.js';
import { registerExport } from './export.js';
import { registerPrune } from './prune.js';
import { registerMigrate } from './migrate.js';
import { registerRederive } from './rederive.js';
import { registerExplain } from './explain.js';
import { registerImport } from './import.js';
import { registerKeys } from './keys.js';
import { registerPull } from './pull.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';
import { registerStart } from './start.js';
import { registerStats } from './stats.js';
import { registerToken } from './token.js';

export const COMMANDS: readonly RegisterCommand[] = [registerDemo, registerImport, registerPull, registerQuery, registerStats, registerDetect, registerAlerts, registerRules, registerExplain, registerDiagnose, registerExport, registerKeys, registerPrune, registerRederive, registerMigrate, registerServe, registerStart, registerToken];
