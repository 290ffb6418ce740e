import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

export interface Deduped {
  /** The distinct representations, in first-seen order. */
  readonly unique: unknown[];
  /** For each original position, its index in `unique`. */
  readonly positions: number[];
}

/**
 * The query planner sends one `_entities` representation per parent object, so twenty export
 * jobs of five packages ask the knowledge subgraph for twenty packages. Sending each distinct
 * representation once and fanning the answers back out keeps subgraph work proportional to
 * distinct entities.
 */
export function dedupeRepresentations(representations: readonly unknown[]): Deduped | null {
  const index = new Map<string, number>();
  const unique: unknown[] = [];
  const positions = representations.map((rep) => {
    const key = JSON.stringify(rep);
    let at = index.get(key);
    if (at === undefined) {
      at = unique.length;
      index.set(key, at);
      unique.push(rep);
    }
    return at;
  });
  return unique.length < representations.length ? { unique, positions } : null;
}

/** Maps a response for the distinct representations back onto the original positions. */
export function expandEntities(response: GatewayGraphQLResponse, deduped: Deduped): GatewayGraphQLResponse {
  const entities = response.data?._entities;
  const data = Array.isArray(entities)
    ? {
        ...response.data,
        // Each position gets its own copy: the gateway merges later fetches into these objects.
        _entities: deduped.positions.map((at, i) =>
          deduped.positions.indexOf(at) === i ? entities[at] : structuredClone(entities[at]),
        ),
      }
    : response.data;
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    const at = path[1];
    return deduped.positions.flatMap((p, i) =>
      p === at ? [{ ...error, path: ['_entities', i, ...path.slice(2)] }] : [],
    );
  });
  return { ...response, ...(data !== undefined ? { data } : {}), ...(errors ? { errors } : {}) };
}
