/** Loads every input format so that it registers itself in `INPUT_FORMATS`. */
import './formats.js';
// Each register module puts its formats first, so the last loaded is listed (and detected) first.
import './log-analytics/register.js';
import './entra-csv/register.js';
