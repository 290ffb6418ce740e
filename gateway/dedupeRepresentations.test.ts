import { describe, expect, it } from 'vitest';
import { dedupeRepresentations, expandEntities } from './dedupeRepresentations.js';

describe('_entities representation dedupe', () => {
  const reps = [
    { __typename: 'P', id: 'a' },
    { __typename: 'P', id: 'b' },
    { __typename: 'P', id: 'a' },
  ];

  it('sends each distinct representation once', () => {
    expect(dedupeRepresentations(reps)?.unique).toEqual([reps[0], reps[1]]);
    expect(dedupeRepresentations([reps[0], reps[1]])).toBeNull();
  });

  it('maps answers and errors back to every original position, with separate objects', () => {
    const deduped = dedupeRepresentations(reps);
    if (!deduped) throw new Error('expected dedupe');
    const out = expandEntities(
      {
        data: { _entities: [{ name: 'A' }, null] },
        errors: [
          { message: 'b failed', path: ['_entities', 1, 'name'] },
          { message: 'a odd', path: ['_entities', 0] },
        ],
      },
      deduped,
    );
    const entities = out.data?._entities as unknown[];
    expect(entities).toEqual([{ name: 'A' }, null, { name: 'A' }]);
    expect(entities[0]).not.toBe(entities[2]);
    expect(out.errors?.map((e) => (e as { path: unknown }).path)).toEqual([
      ['_entities', 1, 'name'],
      ['_entities', 0],
      ['_entities', 2],
    ]);
  });
});
