import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderClientErrorCodes, renderErrorCodesDoc } from '../lib/errorCodesDoc.js';
import { API_SCHEMA_PATH, composeSupergraph, SUPERGRAPH_PATH } from '../schema/composeSupergraph.js';

const read = (path: URL | string) => readFileSync(path, 'utf8');

describe('generated files are current', () => {
  it('schema/supergraph.graphql and schema/api.graphql match the subgraph SDLs (npm run compose)', async () => {
    const { supergraphSdl, apiSdl } = await composeSupergraph();
    expect(read(SUPERGRAPH_PATH) === supergraphSdl, 'supergraph.graphql is stale: run npm run compose').toBe(
      true,
    );
    expect(read(API_SCHEMA_PATH) === apiSdl, 'api.graphql is stale: run npm run compose').toBe(true);
  });

  it('docs/ERROR_CODES.md and client/src/errorCodes.ts match the registry (npm run docs:errors)', () => {
    expect(read(new URL('../docs/ERROR_CODES.md', import.meta.url))).toBe(renderErrorCodesDoc());
    expect(read(new URL('../client/src/errorCodes.ts', import.meta.url))).toBe(renderClientErrorCodes());
  });

  it('generated resolver types and typed client match codegen.yml (npm run codegen)', () => {
    // Out of process: codegen output depends on which graphql build is loaded, as in the CLI.
    const result = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.yml', '--check'], {
      encoding: 'utf8',
    });
    expect(
      result.status,
      `codegen output is stale: run npm run codegen\n${result.stdout}${result.stderr}`,
    ).toBe(0);
  }, 120_000);
});
