import { writeFileSync } from 'node:fs';
import { renderErrorCodesDoc } from '../lib/errorCodesDoc.js';

writeFileSync(new URL('../docs/ERROR_CODES.md', import.meta.url), renderErrorCodesDoc());
