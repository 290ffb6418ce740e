import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges, Kind, parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const current = buildSchema(read('schema/api.graphql'));
const baseline = buildSchema(read('schema/api.baseline.graphql'));

/** The lines under "## Unreleased" → "### Schema changes" of CHANGELOG.md. */
function recorded(): Set<string> {
  const changelog = read('CHANGELOG.md');
  const unreleased = changelog.split(/^## /m).find((section) => section.startsWith('Unreleased')) ?? '';
  const changes = unreleased.split(/^### /m).find((section) => section.startsWith('Schema changes')) ?? '';
  return new Set(
    changes
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2).trim()),
  );
}

describe('public schema changes', () => {
  it('records every breaking and dangerous change against the last release in CHANGELOG.md', () => {
    const changes = [...findBreakingChanges(baseline, current), ...findDangerousChanges(baseline, current)];
    const known = recorded();
    const missing = changes.map((c) => c.description).filter((description) => !known.has(description));
    // Paste these under "## Unreleased" → "### Schema changes" (and say what users must do).
    expect(missing).toEqual([]);
  });

  it('gives every deprecation in our SDL a reason with a removal date', () => {
    // The knowledge schema's own @deprecated fields are @neo4j/graphql's generated API, not ours.
    const undated: string[] = [];
    for (const name of ['integrations', 'exports', 'observability', 'audit', 'security']) {
      visit(parse(read(`subgraphs/${name}/schema.graphql`)), {
        Directive(node, _key, _parent, _path, ancestors) {
          if (node.name.value !== 'deprecated') return;
          const reason = node.arguments?.find((a) => a.name.value === 'reason')?.value;
          const text = reason?.kind === Kind.STRING ? reason.value : '';
          if (!/removal after \d{4}-\d{2}-\d{2}/.test(text)) {
            const owner = ancestors.at(-1) as { name?: { value: string } } | undefined;
            undated.push(`${name}: ${owner?.name?.value ?? '?'}`);
          }
        },
      });
    }
    expect(undated).toEqual([]);
  });
});
