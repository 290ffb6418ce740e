import DataLoader from 'dataloader';
import {
  GraphQLError,
  Kind,
  execute,
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { assertNever } from '../../lib/errors.js';
import { translatableSelections } from './translatableSelections.js';
import { rootListFields } from './rootListFields.js';

/** A federation entity of this subgraph and the single field its `@key` names. */
export interface EntityKey {
  readonly typeName: string;
  readonly keyField: string;
}

type Row = Record<string, unknown>;
type ReferenceResolver = (
  reference: object,
  context: object,
  info: GraphQLResolveInfo,
) => Promise<Row | null>;

/** Where @apollo/subgraph's `_entities` looks up each type's reference resolver. */
interface SubgraphExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver } };
  [name: string]: unknown;
}

// Response keys of the batch query, chosen so they cannot collide with a client's selection.
const ROWS = 'knowledgeReferenceRows';
const KEY = 'knowledgeReferenceKey';
const KEYS_VARIABLE = 'knowledgeReferenceKeys';

/** Most keys in one query; a larger `_entities` call is split, one query per this many. */
const MAX_BATCH = 500;

/** Resolvable `@key`s of the SDL. Compound keys are refused: each batch is one `IN` list. */
export function entityKeys(typeDefs: string): EntityKey[] {
  const keys: EntityKey[] = [];
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
      const resolvable = argument('resolvable');
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) continue;
      const fields = argument('fields');
      const keyField = fields?.kind === Kind.STRING ? fields.value.trim() : '';
      if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(keyField)) {
        throw new Error(
          `@key(fields: "${keyField}") on ${definition.name.value}: only single-field keys batch`,
        );
      }
      keys.push({ typeName: definition.name.value, keyField });
    }
  }
  return keys;
}

/** The generated root list field of a type, e.g. `documentPackages: [DocumentPackage!]!`. */
function listField(schema: GraphQLSchema, type: GraphQLObjectType): string {
  const field = rootListFields(schema).find((f) => getNamedType(f.type) === type);
  if (!field) throw new Error(`no root list query for ${type.name} to batch its references with`);
  return field.name;
}

/**
 * The `_entities` selections that apply to `type`: its inline fragments and fragment spreads (or
 * those of an abstract type containing it) and `__typename`. Spread into the root list field,
 * they select exactly what the gateway asked of this type.
 */
function selectionsFor(info: GraphQLResolveInfo, type: GraphQLObjectType): SelectionNode[] {
  const applies = (condition: string | undefined): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const conditionType = info.schema.getType(condition);
    return (
      conditionType !== undefined &&
      isAbstractType(conditionType) &&
      info.schema.isSubType(conditionType, type)
    );
  };
  return info.fieldNodes
    .flatMap((node) => node.selectionSet?.selections ?? [])
    .filter((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === '__typename';
        case Kind.INLINE_FRAGMENT:
          return applies(selection.typeCondition?.name.value);
        case Kind.FRAGMENT_SPREAD:
          return applies(info.fragments[selection.name.value]?.typeCondition.name.value);
        default:
          return assertNever(selection, 'selection');
      }
    });
}

/** Variables the selections use, directly or through fragments, so only those are re-coerced. */
function usedVariables(selections: readonly SelectionNode[], info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const walk = (node: SelectionNode): void => {
    visit(node, {
      Variable: (variable) => {
        names.add(variable.name.value);
      },
      FragmentSpread: (spread) => {
        const fragment = info.fragments[spread.name.value];
        if (!fragment || seenFragments.has(spread.name.value)) return;
        seenFragments.add(spread.name.value);
        fragment.selectionSet.selections.forEach(walk);
      },
    });
  };
  selections.forEach(walk);
  return names;
}

/**
 * One query for all keys: the root list query @neo4j/graphql generates, filtered with `IN`, with the
 * selections of the `_entities` call. It runs through the same schema and request context, so it
 * compiles to one Cypher statement and the @authorization tenant filter applies as on any query.
 */
function batchDocument(info: GraphQLResolveInfo, type: GraphQLObjectType, entity: EntityKey): DocumentNode {
  const keyType = type.getFields()[entity.keyField]?.type;
  if (!keyType) throw new Error(`${type.name} has no key field ${entity.keyField}`);
  const template = parse(
    `query($${KEYS_VARIABLE}: [${getNamedType(keyType).name}!]!) {
      ${ROWS}: ${listField(info.schema, type)}(where: { ${entity.keyField}: { in: $${KEYS_VARIABLE} } }) {
        ${KEY}: ${entity.keyField}
      }
    }`,
  );
  const operation = template.definitions[0] as OperationDefinitionNode;
  const rows = operation.selectionSet.selections[0] as FieldNode;
  // Keyed as raw rows are (translatableSelections.ts): the `_entities` field resolves these rows again.
  const { selections, fragments } = translatableSelections(info, type, selectionsFor(info, type));
  const used = usedVariables(selections, info);
  if (used.has(KEYS_VARIABLE)) {
    throw new GraphQLError(`The variable name $${KEYS_VARIABLE} is reserved by the knowledge subgraph`);
  }
  const variables = (info.operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value));
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...operation,
        variableDefinitions: [...(operation.variableDefinitions ?? []), ...variables],
        selectionSet: {
          ...operation.selectionSet,
          selections: [
            {
              ...rows,
              selectionSet: {
                kind: Kind.SELECTION_SET,
                selections: [...(rows.selectionSet?.selections ?? []), ...selections],
              },
            },
          ],
        },
      },
      ...Object.values(fragments),
    ],
  };
}

/**
 * The batch query's error, to be placed at the representation (`_entities.<i>`): it carries the
 * batch's own path (`knowledgeReferenceRows.0…`), which graphql-js would otherwise keep.
 */
function atReference(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

async function loadBatch(
  keys: readonly string[],
  entity: EntityKey,
  context: object,
  info: GraphQLResolveInfo,
): Promise<Array<Row | null | Error>> {
  const type = info.schema.getType(entity.typeName);
  if (!type || !isObjectType(type)) throw new Error(`${entity.typeName} is not an object type`);
  const document = batchDocument(info, type, entity);
  const load = async (batch: readonly string[]) => {
    const result = await execute({
      schema: info.schema,
      document,
      rootValue: info.rootValue,
      contextValue: context,
      variableValues: { ...info.variableValues, [KEYS_VARIABLE]: batch },
    });
    const rows = (result.data?.[ROWS] ?? []) as Row[];
    const byKey = new Map(rows.map((row) => [String(row[KEY]), row]));
    // Federation semantics: one answer per representation, in order; null where nothing is visible.
    return { errors: result.errors ?? [], answers: batch.map((key) => byKey.get(key) ?? null) };
  };
  const { errors, answers } = await load(keys);
  const [error] = errors;
  if (!error) return answers;
  // A row's bad data (a required property missing in the graph) nulls the whole batch, as every
  // type on the way up is non-null. Then each key is loaded alone, so only the keys whose rows are
  // bad fail: what per-reference resolution would answer. A failure of the statement itself (its
  // error is at the batch field, not inside a row) fails every key at once.
  const inRows = errors.every((e) => e.path?.[0] === ROWS && typeof e.path[1] === 'number');
  if (keys.length === 1 || !inRows) throw atReference(error);
  return Promise.all(
    keys.map(async (key) => {
      const alone = await load([key]);
      return alone.errors[0] ? atReference(alone.errors[0]) : (alone.answers[0] ?? null);
    }),
  );
}

/**
 * A reference resolver that batches: every representation of the type in one `_entities` call
 * joins one DataLoader, whose batch is one query. The loaders live as long as the context object
 * @neo4j/graphql builds for that `_entities` field, so nothing is shared between requests.
 */
function batchedResolver(entity: EntityKey): ReferenceResolver {
  const loaders = new WeakMap<object, DataLoader<string, Row | null>>();
  return async (reference, context, info) => {
    const key = (reference as Record<string, unknown>)[entity.keyField];
    if (key === undefined || key === null) return null;
    let loader = loaders.get(context);
    if (!loader) {
      loader = new DataLoader((keys) => loadBatch(keys, entity, context, info), { maxBatchSize: MAX_BATCH });
      loaders.set(context, loader);
    }
    return loader.load(String(key));
  };
}

/**
 * Replaces @neo4j/graphql's reference resolvers (one Cypher statement per representation) with
 * batching ones. It sets them where @apollo/subgraph's `buildSubgraphSchema` put the originals, as
 * @apollo/subgraph itself does, because @neo4j/graphql's `resolvers` option never reaches them.
 */
export function batchReferenceResolvers(schema: GraphQLSchema, keys: readonly EntityKey[]): void {
  for (const entity of keys) {
    const type = schema.getType(entity.typeName);
    if (!type || !isObjectType(type)) throw new Error(`@key type ${entity.typeName} is not in the schema`);
    listField(schema, type); // fail at start, not on the first `_entities` call
    const extensions = type.extensions as SubgraphExtensions;
    const resolveReference = batchedResolver(entity);
    (type as { extensions: SubgraphExtensions }).extensions = {
      ...extensions,
      apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference } },
    };
  }
}
