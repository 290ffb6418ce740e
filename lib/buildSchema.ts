import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, type GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';

/** Reads a subgraph's SDL (the source of truth) beside its module. */
export function readSchema(moduleUrl: string, file = 'schema.graphql'): string {
  return readFileSync(new URL(file, moduleUrl), 'utf8');
}

/** Builds a federated subgraph schema with the platform's scalars. */
export function buildFederatedSchema(sdl: string, resolvers: object): GraphQLSchema {
  const withScalars = {
    ...(sdl.includes('scalar DateTime') ? { DateTime: DateTimeResolver } : {}),
    ...(sdl.includes('scalar JSON') ? { JSON: JSONResolver } : {}),
    ...resolvers,
  } as GraphQLResolverMap<unknown>;
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: withScalars });
}
