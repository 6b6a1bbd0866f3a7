/** Adds the Log Analytics / Sentinel export formats to the input-format registry (loaded by register-formats.ts). */
import { registerInputFormat } from '../formats.js';
import { laCsvFormat } from './la-csv-format.js';
import { laJsonFormat } from './la-json-format.js';

// Each registration goes first: the CSV format ends up listed before the JSON one.
registerInputFormat(laJsonFormat);
registerInputFormat(laCsvFormat);
