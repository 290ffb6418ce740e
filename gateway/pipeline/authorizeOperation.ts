import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { satisfies, type ScopeAlternatives, type ScopePolicy } from './scopePolicy.js';

/** A field withheld from the operation because the principal lacks a scope. */
export interface DeniedField {
  /** Response keys from the root; list positions are not included. */
  readonly path: readonly string[];
  readonly coordinate: string;
  readonly requiredScopes: readonly ScopeAlternatives[];
  /** False when the field sat in a type-narrowing fragment: only some objects at `path` have it. */
  readonly unconditional: boolean;
}

export interface AuthorizedOperation {
  /** The operation to execute: the original when nothing was denied. */
  readonly document: DocumentNode;
  readonly denied: readonly DeniedField[];
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly policy: ScopePolicy;
  readonly scopes: ReadonlySet<string>;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly denied: DeniedField[];
  /** Each fragment filtered once per (parent type, conditionality); denied paths relative to it. */
  readonly memo: Map<string, FilteredFragment>;
}

interface FilteredFragment {
  readonly selectionSet: SelectionSetNode | null;
  readonly changed: boolean;
  readonly denied: readonly DeniedField[];
}

function fieldsOf(type: GraphQLCompositeType) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : null;
}

function filterSelectionSet(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  path: readonly string[],
  unconditional: boolean,
): SelectionSetNode | null {
  const kept: SelectionNode[] = [];
  let changed = false;
  for (const selection of selectionSet.selections) {
    const next = filterSelection(walk, selection, parentType, path, unconditional);
    if (next !== selection) changed = true;
    if (next) kept.push(next);
  }
  if (kept.length === 0) return null;
  return changed ? { ...selectionSet, selections: kept } : selectionSet;
}

function filterSelection(
  walk: Walk,
  selection: SelectionNode,
  parentType: GraphQLCompositeType,
  path: readonly string[],
  unconditional: boolean,
): SelectionNode | null {
  switch (selection.kind) {
    case Kind.FIELD: {
      const name = selection.name.value;
      if (name.startsWith('__')) return selection;
      const field = fieldsOf(parentType)?.[name];
      if (!field) return selection;
      const returnType = getNamedType(field.type);
      const fieldPath = [...path, selection.alias?.value ?? name];
      const requirements = walk.policy.requirements(parentType.name, name, returnType.name);
      if (!satisfies(walk.scopes, requirements)) {
        walk.denied.push({
          path: fieldPath,
          coordinate: `${parentType.name}.${name}`,
          requiredScopes: requirements,
          unconditional,
        });
        return null;
      }
      if (!selection.selectionSet || !isCompositeType(returnType)) return selection;
      const inner = filterSelectionSet(walk, selection.selectionSet, returnType, fieldPath, true);
      if (inner === selection.selectionSet) return selection;
      return inner ? { ...selection, selectionSet: inner } : null;
    }
    case Kind.INLINE_FRAGMENT: {
      const condition = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parentType;
      if (!condition || !isCompositeType(condition)) return selection;
      const narrowed = condition.name !== parentType.name;
      const inner = filterSelectionSet(
        walk,
        selection.selectionSet,
        condition,
        path,
        unconditional && !narrowed,
      );
      if (inner === selection.selectionSet) return selection;
      return inner ? { ...selection, selectionSet: inner } : null;
    }
    case Kind.FRAGMENT_SPREAD: {
      // Spreads become inline fragments so each use site can be filtered on its own path. A
      // fragment is filtered once and its verdict reused at every spread (paths re-rooted), so
      // a fragment that spreads another twice, level after level, costs linear time, not 2^n.
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment) return selection;
      const filtered = filterFragment(walk, fragment, parentType, unconditional);
      for (const field of filtered.denied) walk.denied.push({ ...field, path: [...path, ...field.path] });
      if (!filtered.changed) return selection;
      if (!filtered.selectionSet) return null;
      return {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: fragment.typeCondition,
        directives: selection.directives,
        selectionSet: filtered.selectionSet,
      };
    }
  }
}

function filterFragment(
  walk: Walk,
  fragment: FragmentDefinitionNode,
  parentType: GraphQLCompositeType,
  unconditional: boolean,
): FilteredFragment {
  const key = `${fragment.name.value}\n${parentType.name}\n${unconditional}`;
  const known = walk.memo.get(key);
  if (known) return known;
  const condition = walk.schema.getType(fragment.typeCondition.name.value);
  let filtered: FilteredFragment;
  if (!condition || !isCompositeType(condition)) {
    filtered = { selectionSet: fragment.selectionSet, changed: false, denied: [] };
  } else {
    const narrowed = condition.name !== parentType.name;
    const sub: Walk = { ...walk, denied: [] };
    // Cycles are refused by validation before this pass; the placeholder only guards the stack.
    walk.memo.set(key, { selectionSet: fragment.selectionSet, changed: false, denied: [] });
    const selectionSet = filterSelectionSet(
      sub,
      fragment.selectionSet,
      condition,
      [],
      unconditional && !narrowed,
    );
    filtered = { selectionSet, changed: selectionSet !== fragment.selectionSet, denied: sub.denied };
  }
  walk.memo.set(key, filtered);
  return filtered;
}

/**
 * Removes every field the principal may not read and reports it, so the rest of the operation
 * runs and each withheld field comes back as null with a FORBIDDEN error.
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  policy: ScopePolicy,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  scopes: ReadonlySet<string>,
): AuthorizedOperation {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { document, denied: [] };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const walk: Walk = { schema, policy, scopes, fragments, denied: [], memo: new Map() };
  const selectionSet = filterSelectionSet(walk, operation.selectionSet, rootType, [], true);
  if (walk.denied.length === 0) return { document, denied: [] };
  if (!selectionSet) return { document: { ...document, definitions: [] }, denied: walk.denied };
  const kept: OperationDefinitionNode = { ...operation, selectionSet };
  return {
    document: { ...document, definitions: [kept, ...usedFragments(kept, fragments)] },
    denied: walk.denied,
  };
}

/** Fragments still spread (directly or through other fragments) by the filtered operation. */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      } else if (selection.selectionSet) {
        pending.push(selection.selectionSet);
      }
    }
  }
  return [...used.values()];
}
