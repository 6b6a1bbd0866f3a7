/** Adds the Entra portal download formats to the input-format registry (loaded by register-formats.ts). */
import { registerInputFormat } from '../formats.js';
import { entraCsvFormat } from './entra-csv-format.js';
import { entraJsonFormat } from './entra-json-format.js';

// Each registration goes first: the CSV format ends up listed before the JSON one.
registerInputFormat(entraJsonFormat);
registerInputFormat(entraCsvFormat);
