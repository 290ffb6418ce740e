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
