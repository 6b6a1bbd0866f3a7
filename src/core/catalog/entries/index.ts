/** The list of entry files (kept in order by scripts/catalog-index.sh). */
import type { ErrorCodeEntry } from '../types.js';
import { entries as e0 } from './codes-16000-50002.js';
import { entries as e1 } from './codes-50003-50042.js';
import { entries as e2 } from './codes-50043-50078.js';
import { entries as e3 } from './codes-50079-50120.js';
import { entries as e4 } from './codes-50123-50142.js';
import { entries as e5 } from './codes-50143-50167.js';
import { entries as e6 } from './codes-50168-50187.js';
import { entries as e7 } from './codes-50192-53010.js';
import { entries as e8 } from './codes-53011-70012.js';
import { entries as e9 } from './codes-70016-80007.js';
import { entries as e10 } from './codes-80010-90007.js';
import { entries as e11 } from './codes-90008-90055.js';
import { entries as e12 } from './codes-90056-90112.js';
import { entries as e13 } from './codes-90114-120005.js';
import { entries as e14 } from './codes-120008-130505.js';
import { entries as e15 } from './codes-131001-230109.js';
import { entries as e16 } from './codes-240001-500342.js';
import { entries as e17 } from './codes-500343-530035.js';
import { entries as e18 } from './codes-530081-700084.js';
import { entries as e19 } from './codes-700229-1000104.js';
import { entries as e20 } from './codes-5000224-9002341.js';

export const allEntryFiles: readonly (readonly ErrorCodeEntry[])[] = [
  e0,
  e1,
  e2,
  e3,
  e4,
  e5,
  e6,
  e7,
  e8,
  e9,
  e10,
  e11,
  e12,
  e13,
  e14,
  e15,
  e16,
  e17,
  e18,
  e19,
  e20,
];
