import { readFileSync, writeFileSync } from 'node:fs';
import { API_SCHEMA_PATH, composeSupergraph, SUPERGRAPH_PATH } from './composeSupergraph.js';

// `npm run compose` writes the supergraph and API schema; `--check` fails when they are stale.
const check = process.argv.includes('--check');
const { supergraphSdl, apiSdl } = await composeSupergraph();
const targets: Array<[URL, string]> = [
  [SUPERGRAPH_PATH, supergraphSdl],
  [API_SCHEMA_PATH, apiSdl],
];
let stale = false;
for (const [path, content] of targets) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = '';
  }
  if (current === content) continue;
  if (check) {
    stale = true;
    console.error(`${path.pathname} is stale: run npm run compose`);
  } else {
    writeFileSync(path, content);
    console.log(`wrote ${path.pathname}`);
  }
}
process.exit(stale ? 1 : 0);
