/** Loads every input format so that it registers itself in `INPUT_FORMATS`. */
import './formats.js';
