// GENERATED from src/core/catalog/data/*.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';
import { entries as e0 } from './codes-16000-28003.js';
import { entries as e1 } from './codes-29200-50002.js';
import { entries as e2 } from './codes-50003-50014.js';
import { entries as e3 } from './codes-50015-50042.js';
import { entries as e4 } from './codes-50043-50058.js';
import { entries as e5 } from './codes-50059-50078.js';
import { entries as e6 } from './codes-50079-50100.js';
import { entries as e7 } from './codes-50101-50120.js';
import { entries as e8 } from './codes-50123-50132.js';
import { entries as e9 } from './codes-50133-50142.js';
import { entries as e10 } from './codes-50143-50157.js';
import { entries as e11 } from './codes-50158-50167.js';
import { entries as e12 } from './codes-50168-50178.js';
import { entries as e13 } from './codes-50180-50187.js';
import { entries as e14 } from './codes-50192-51004.js';
import { entries as e15 } from './codes-51005-53010.js';
import { entries as e16 } from './codes-53011-67003.js';
import { entries as e17 } from './codes-70000-70012.js';
import { entries as e18 } from './codes-70016-75005.js';
import { entries as e19 } from './codes-75008-80007.js';
import { entries as e20 } from './codes-80010-81007.js';
import { entries as e21 } from './codes-81009-90007.js';
import { entries as e22 } from './codes-90008-90020.js';
import { entries as e23 } from './codes-90022-90055.js';
import { entries as e24 } from './codes-90056-90091.js';
import { entries as e25 } from './codes-90092-90112.js';
import { entries as e26 } from './codes-90114-90130.js';
import { entries as e27 } from './codes-100007-120005.js';
import { entries as e28 } from './codes-120008-120021.js';
import { entries as e29 } from './codes-130004-130505.js';
import { entries as e30 } from './codes-131001-140001.js';
import { entries as e31 } from './codes-160021-230109.js';
import { entries as e32 } from './codes-240001-500141.js';
import { entries as e33 } from './codes-500186-500342.js';
import { entries as e34 } from './codes-500343-501621.js';
import { entries as e35 } from './codes-501811-530035.js';
import { entries as e36 } from './codes-530081-700011.js';
import { entries as e37 } from './codes-700016-700084.js';
import { entries as e38 } from './codes-700229-900432.js';
import { entries as e39 } from './codes-900561-1000104.js';
import { entries as e40 } from './codes-5000224-7500529.js';
import { entries as e41 } from './codes-9001011-9002341.js';

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
  e21,
  e22,
  e23,
  e24,
  e25,
  e26,
  e27,
  e28,
  e29,
  e30,
  e31,
  e32,
  e33,
  e34,
  e35,
  e36,
  e37,
  e38,
  e39,
  e40,
  e41,
];
