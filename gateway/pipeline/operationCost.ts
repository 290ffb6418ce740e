import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface CostOptions {
  /** Items assumed for a list field without a `first` / `last` / `limit` argument. */
  defaultListSize: number;
  /** Added per root field of a mutation: writes cost more than reads. */
  mutationCost: number;
}

/** Arguments that bound a list, as GitHub's `first`/`last` and @neo4j/graphql's `limit`. */
const SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

function sizeOf(field: FieldNode, variables: Record<string, unknown>, fallback: number): number {
  for (const arg of field.arguments ?? []) {
    if (!SIZE_ARGUMENTS.has(arg.name.value)) continue;
    const value = literal(arg.value, variables);
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return fallback;
}

function literal(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return undefined;
}

/**
 * The requested cost of an operation, Shopify / GitHub style: every object a response may hold
 * costs 1, multiplied by the requested sizes of the lists above it (`first`, `last`, `limit`,
 * else `defaultListSize`); scalars are free; each mutation root field adds `mutationCost`.
 * Fragments are costed once per type they are spread into, so the walk is linear.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const costOfSet = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : null;
        const definition = fields?.[selection.name.value];
        if (!definition || !selection.selectionSet) continue;
        const named = getNamedType(definition.type);
        if (!isCompositeType(named)) continue;
        const list = isListType(getNullableType(definition.type));
        const size = list ? sizeOf(selection, variables, options.defaultListSize) : 1;
        total += size * (1 + costOfSet(selection.selectionSet, named));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += costOfSet(selection.selectionSet, type);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (!fragment || !type || !isCompositeType(type)) continue;
        const key = `${fragment.name.value}\n${type.name}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          if (visiting.has(key)) continue;
          visiting.add(key);
          cost = costOfSet(fragment.selectionSet, type);
          visiting.delete(key);
          memo.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  let cost = costOfSet(operation.selectionSet, root);
  if (operation.operation === 'mutation') {
    const rootFields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length;
    cost += rootFields * options.mutationCost;
  }
  // Scalar-only operations (`{ me { subject } }` counts 1; `{ __typename }` 0) cost at least 1.
  return Math.max(1, cost);
}
