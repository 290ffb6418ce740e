import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/**
 * Whether `field` is one of the root list queries @neo4j/graphql generates for a type, e.g.
 * `documentPackages(where:, sort:, limit:, offset:): [DocumentPackage!]!`: a list of an object type
 * with a `where` argument. Each compiles to one Cypher statement whose rows are the list.
 */
export function isRootListField(field: GraphQLField<unknown, unknown>): boolean {
  const list = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(list) && isObjectType(getNamedType(list)) && field.args.some((a) => a.name === 'where');
}

/** The root list queries of the schema's `Query` type. */
export function rootListFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getQueryType()?.getFields() ?? {}).filter(isRootListField);
}
