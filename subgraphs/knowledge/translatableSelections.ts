import {
  Kind,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type Fragments = GraphQLResolveInfo['fragments'];

/*
 * @neo4j/graphql 7.6 mistranslates two kinds of valid selection (found by
 * test/e2e/engineParityGenerated.e2e.ts, 25 of its first 150 generated operations):
 *
 * - A field selected twice under different response keys (`pageInfo { hasNextPage }
 *   a: pageInfo { … }`, two `aggregate`s, `count` and `c: count`): the translation keeps one of
 *   them, and the connection resolver keys `pageInfo`, `totalCount`, `cursor`, `node` by one alias
 *   only, so the other comes back null ("Cannot return null for non-nullable field"). A field
 *   without arguments has one value whatever its alias, so the translation here sees such fields
 *   without their aliases: repeats merge, Cypher and the resolvers key them by field name, and
 *   @neo4j/graphql's field resolver (alias first, then field name) serves every alias of the
 *   client's document from that one entry. A field with arguments keeps its alias, since its
 *   aliases can differ in value.
 * - A selection of nothing but `__typename` (`node { __typename }`, `maxLtv { __typename }`, a
 *   full-text query's `{ __typename }`), or of fields all skipped by @skip/@include: it translates
 *   to no projection at all, so the object is missing or the Cypher is invalid (`RETURN {} AS
 *   this`). The translation here also selects one field of the type, which graphql-js then
 *   leaves out of the response.
 *
 * Only the translation sees the rewritten selections: graphql-js still completes the client's own
 * document, so aliases, `__typename` and the shape of the response are the client's.
 */

/** Per schema, the rewrite of each selection set (the same node when nothing needed it). */
class SelectionRewriter {
  private readonly sets = new WeakMap<SelectionSetNode, SelectionSetNode>();
  private readonly fragmentMaps = new WeakMap<Fragments, Fragments>();
  private readonly fragmentDefinitions = new WeakMap<FragmentDefinitionNode, FragmentDefinitionNode>();
  /**
   * Rewritten `info.fieldNodes`. graphql-js hands every row of a list the same array, so a nested
   * connection resolved once per parent row rewrites its nodes once.
   */
  private readonly fieldLists = new WeakMap<readonly FieldNode[], readonly FieldNode[]>();
  /** A field to select where only `__typename` is: a scalar if the type has one, else an object. */
  private readonly fillers = new Map<string, FieldNode | null>();

  constructor(private readonly schema: GraphQLSchema) {}

  field(node: FieldNode, parent: GraphQLObjectType, fragments: Fragments, keepAlias: boolean): FieldNode {
    const type = parent.getFields()[node.name.value]?.type;
    const named = type && getNamedType(type);
    const selectionSet =
      node.selectionSet && named && isObjectType(named)
        ? this.selectionSet(node.selectionSet, named, fragments)
        : node.selectionSet;
    const dropAlias = !keepAlias && node.alias !== undefined && (node.arguments?.length ?? 0) === 0;
    if (!dropAlias && selectionSet === node.selectionSet) return node;
    return { ...node, alias: dropAlias ? undefined : node.alias, selectionSet };
  }

  /** `field` over a resolver's field nodes: the same array when no node changed. */
  fieldNodes(
    nodes: readonly FieldNode[],
    parent: GraphQLObjectType,
    fragments: Fragments,
    keepAlias: boolean,
  ): readonly FieldNode[] {
    let result = this.fieldLists.get(nodes);
    if (!result) {
      const rewritten = nodes.map((node) => this.field(node, parent, fragments, keepAlias));
      result = rewritten.every((node, i) => node === nodes[i]) ? nodes : rewritten;
      this.fieldLists.set(nodes, result);
    }
    return result;
  }

  selectionSet(set: SelectionSetNode, type: GraphQLObjectType, fragments: Fragments): SelectionSetNode {
    const known = this.sets.get(set);
    if (known) return known;
    let changed = false;
    const selections: SelectionNode[] = set.selections.map((selection) => {
      let next = selection;
      if (selection.kind === Kind.FIELD) next = this.field(selection, type, fragments, false);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = this.selectionSet(selection.selectionSet, type, fragments);
        if (inner !== selection.selectionSet) next = { ...selection, selectionSet: inner };
      }
      changed ||= next !== selection;
      return next;
    });
    const filler = this.mayBeEmpty(set, fragments, new Set()) ? this.filler(type) : null;
    if (filler) {
      selections.push(filler);
      changed = true;
    }
    const result = changed ? { ...set, selections } : set;
    this.sets.set(set, result);
    return result;
  }

  /** The document's fragments, each rewritten for its type condition. */
  fragments(fragments: Fragments): Fragments {
    const known = this.fragmentMaps.get(fragments);
    if (known) return known;
    let changed = false;
    const entries = Object.entries(fragments).map(([name, fragment]): [string, FragmentDefinitionNode] => {
      let next = this.fragmentDefinitions.get(fragment);
      if (!next) {
        const type = this.schema.getType(fragment.typeCondition.name.value);
        const selectionSet =
          type && isObjectType(type)
            ? this.selectionSet(fragment.selectionSet, type, fragments)
            : fragment.selectionSet;
        next = selectionSet === fragment.selectionSet ? fragment : { ...fragment, selectionSet };
        this.fragmentDefinitions.set(fragment, next);
      }
      changed ||= next !== fragment;
      return [name, next];
    });
    const result = changed ? Object.fromEntries(entries) : fragments;
    this.fragmentMaps.set(fragments, result);
    return result;
  }

  /**
   * Whether the set, through its fragments, may select no field but `__typename`: every other
   * selection in it has a @skip or @include (whose variables this per-document rewrite does not
   * know). Then it takes a filler, which costs one more property where the condition selects.
   */
  private mayBeEmpty(set: SelectionSetNode, fragments: Fragments, seen: Set<string>): boolean {
    return set.selections.every((selection) => {
      if (isConditional(selection)) return true;
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === '__typename';
        case Kind.INLINE_FRAGMENT:
          return this.mayBeEmpty(selection.selectionSet, fragments, seen);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = fragments[name];
          if (!fragment || seen.has(name)) return true;
          seen.add(name);
          return this.mayBeEmpty(fragment.selectionSet, fragments, seen);
        }
      }
    });
  }

  private filler(type: GraphQLObjectType): FieldNode | null {
    if (this.fillers.has(type.name)) return this.fillers.get(type.name) ?? null;
    this.fillers.set(type.name, null); // a cycle of object-only types ends here
    const fields = Object.values(type.getFields()).filter((f) => !f.args.some(isRequired));
    const leaf = fields.find((f) => isLeafType(getNamedType(f.type)));
    let filler: FieldNode | null = leaf ? fieldNode(leaf.name) : null;
    for (const field of leaf ? [] : fields) {
      const named = getNamedType(field.type);
      const inner = isObjectType(named) ? this.filler(named) : null;
      if (inner) {
        filler = fieldNode(field.name, { kind: Kind.SELECTION_SET, selections: [inner] });
        break;
      }
    }
    this.fillers.set(type.name, filler);
    return filler;
  }
}

function isConditional(selection: SelectionNode): boolean {
  return (selection.directives ?? []).some((d) => d.name.value === 'skip' || d.name.value === 'include');
}

function isRequired(arg: GraphQLField<unknown, unknown>['args'][number]): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

function fieldNode(name: string, selectionSet?: SelectionSetNode): FieldNode {
  return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, selectionSet };
}

const rewriters = new WeakMap<GraphQLSchema, SelectionRewriter>();

function rewriterOf(schema: GraphQLSchema): SelectionRewriter {
  let rewriter = rewriters.get(schema);
  if (!rewriter) {
    rewriter = new SelectionRewriter(schema);
    rewriters.set(schema, rewriter);
  }
  return rewriter;
}

/**
 * Selections of `type` (e.g. those of an `_entities` call, batchReferences.ts) and the document's
 * fragments, as the translation should see them.
 */
export function translatableSelections(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  selections: readonly SelectionNode[],
): { selections: readonly SelectionNode[]; fragments: Fragments } {
  const rewriter = rewriterOf(info.schema);
  const set = rewriter.selectionSet({ kind: Kind.SELECTION_SET, selections }, type, info.fragments);
  return { selections: set.selections, fragments: rewriter.fragments(info.fragments) };
}

/**
 * `info` as the translation should see it. A root field keeps its own alias (graphql-js, not
 * @neo4j/graphql, places root values); a nested connection field loses it like any other field
 * without arguments, because its parent's translation keyed it by field name.
 */
function translatableInfo(
  rewriter: SelectionRewriter,
  info: GraphQLResolveInfo,
  root: boolean,
): GraphQLResolveInfo {
  const fieldNodes = rewriter.fieldNodes(info.fieldNodes, info.parentType, info.fragments, root);
  const fragments = rewriter.fragments(info.fragments);
  return fieldNodes === info.fieldNodes && fragments === info.fragments
    ? info
    : { ...info, fieldNodes, fragments };
}

function wrap(rewriter: SelectionRewriter, resolve: Resolver, root: boolean): Resolver {
  return (source, args, context, info) =>
    resolve(source, args, context, translatableInfo(rewriter, info, root));
}

/**
 * Makes the translating resolvers of an @neo4j/graphql schema (its root queries but `_service`
 * and `_entities`, whose references run through the root list queries) and its nested connection
 * resolvers (`DocumentPackage.documentsConnection`, resolved in JS from the parent's row) see
 * translatable selections. Call it before anything else wraps those resolvers.
 */
export function makeSelectionsTranslatable(schema: GraphQLSchema): void {
  const rewriter = rewriterOf(schema);
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (field.name === '_service' || field.name === '_entities' || !field.resolve) continue;
    field.resolve = wrap(rewriter, field.resolve, true);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || !getNamedType(field.type).name.endsWith('Connection')) continue;
      field.resolve = wrap(rewriter, field.resolve, false);
    }
  }
}
