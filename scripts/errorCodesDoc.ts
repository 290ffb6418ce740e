import { writeFileSync } from 'node:fs';
import { renderClientErrorCodes, renderErrorCodesDoc } from '../lib/errorCodesDoc.js';

writeFileSync(new URL('../docs/ERROR_CODES.md', import.meta.url), renderErrorCodesDoc());
writeFileSync(new URL('../client/src/errorCodes.ts', import.meta.url), renderClientErrorCodes());
