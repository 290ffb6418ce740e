import { ERROR_CODES } from './errors.js';

/** docs/ERROR_CODES.md, rendered from the registry so the two cannot drift. */
export function renderErrorCodesDoc(): string {
  const rows = Object.entries(ERROR_CODES).map(
    ([code, { http, meaning }]) => `| \`${code}\` | ${http} | ${meaning} |`,
  );
  return [
    '# Error codes',
    '',
    'Generated from `lib/errors.ts` by `npm run docs:errors`; a test fails when this file is stale.',
    '',
    'Every GraphQL error a client receives carries one of these in `extensions.code`. The HTTP',
    'status applies when the error ends the request before execution; errors inside an executed',
    'operation come with HTTP 200 and partial data.',
    '',
    '| code | HTTP | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** client/src/errorCodes.ts: the partner client's union of codes, from the same registry. */
export function renderClientErrorCodes(): string {
  const codes = Object.keys(ERROR_CODES).map((code) => `  '${code}',`);
  return [
    '// Generated from lib/errors.ts by `npm run docs:errors`; a test fails when this file is stale.',
    '',
    '/** Every `extensions.code` the platform answers with (docs/ERROR_CODES.md says what each means). */',
    'export const ERROR_CODES = [',
    ...codes,
    '] as const;',
    '',
    'export type ErrorCode = (typeof ERROR_CODES)[number];',
    '',
  ].join('\n');
}
