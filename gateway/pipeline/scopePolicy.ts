import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  type ConstValueNode,
} from 'graphql';

/** `[[a, b], [c]]` means (a AND b) OR c, as in federation's @requiresScopes. */
export type ScopeAlternatives = ReadonlyArray<ReadonlyArray<string>>;

/**
 * Subgraphs whose SDL cannot carry @requiresScopes declare a default scope here: every field that
 * only they can resolve requires it. @neo4j/graphql rejects the directive, so knowledge uses this.
 */
export const SUBGRAPH_DEFAULT_SCOPES: Readonly<Record<string, ScopeAlternatives>> = {
  knowledge: [['graph:read']],
};

type TypeNode =
  | ObjectTypeDefinitionNode
  | ObjectTypeExtensionNode
  | InterfaceTypeDefinitionNode
  | InterfaceTypeExtensionNode;

function stringList(value: ConstValueNode): string[] {
  if (value.kind !== Kind.LIST) return [];
  return value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
}

function scopesOf(directives: readonly ConstDirectiveNode[] | undefined): ScopeAlternatives | null {
  const directive = directives?.find((d) => d.name.value === 'requiresScopes');
  const arg = directive?.arguments?.find((a) => a.name.value === 'scopes');
  if (!arg || arg.value.kind !== Kind.LIST) return null;
  return arg.value.values.map(stringList);
}

function graphsOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): string[] {
  return (directives ?? [])
    .filter((d) => d.name.value === name)
    .filter(
      (d) =>
        !d.arguments?.some(
          (a) => a.name.value === 'external' && a.value.kind === Kind.BOOLEAN && a.value.value,
        ),
    )
    .flatMap((d) => {
      const graph = d.arguments?.find((a) => a.name.value === 'graph')?.value;
      return graph?.kind === Kind.ENUM ? [graph.value] : [];
    });
}

/**
 * Which scopes each field needs, read from the composed supergraph. A field's requirements are
 * all of: its own @requiresScopes, its return type's @requiresScopes, and the default scope of the
 * subgraph that resolves it (when only such subgraphs can).
 */
export class ScopePolicy {
  private readonly fieldRules = new Map<string, ScopeAlternatives[]>();
  private readonly typeRules = new Map<string, ScopeAlternatives>();

  static fromSupergraph(supergraphSdl: string): ScopePolicy {
    return new ScopePolicy(parse(supergraphSdl));
  }

  private constructor(document: DocumentNode) {
    const graphNames = new Map<string, string>();
    for (const def of document.definitions) {
      if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === 'join__Graph') {
        for (const value of def.values ?? []) {
          const nameArg = value.directives
            ?.find((d) => d.name.value === 'join__graph')
            ?.arguments?.find((a) => a.name.value === 'name')?.value;
          if (nameArg?.kind === Kind.STRING) graphNames.set(value.name.value, nameArg.value);
        }
      }
    }
    const defaultsFor = (graphs: string[]): ScopeAlternatives | null => {
      if (graphs.length === 0) return null;
      const defaults = graphs.map((g) => SUBGRAPH_DEFAULT_SCOPES[graphNames.get(g) ?? ''] ?? null);
      // Only when every subgraph able to resolve the field has a default does the default apply.
      return defaults.every((d) => d !== null) ? (defaults[0] as ScopeAlternatives) : null;
    };

    for (const def of document.definitions) {
      if (
        def.kind === Kind.SCALAR_TYPE_DEFINITION ||
        def.kind === Kind.ENUM_TYPE_DEFINITION ||
        def.kind === Kind.UNION_TYPE_DEFINITION
      ) {
        const scopes = scopesOf(def.directives);
        if (scopes) this.typeRules.set(def.name.value, scopes);
        continue;
      }
      if (
        def.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        def.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        def.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        def.kind !== Kind.INTERFACE_TYPE_EXTENSION
      ) {
        continue;
      }
      const typeNode = def as TypeNode;
      const typeScopes = scopesOf(typeNode.directives);
      if (typeScopes) this.typeRules.set(typeNode.name.value, typeScopes);
      const typeGraphs = graphsOf(typeNode.directives, 'join__type');
      for (const field of typeNode.fields ?? [])
        this.addField(typeNode.name.value, field, typeGraphs, defaultsFor);
    }
  }

  private addField(
    typeName: string,
    field: FieldDefinitionNode,
    typeGraphs: string[],
    defaultsFor: (graphs: string[]) => ScopeAlternatives | null,
  ): void {
    const rules: ScopeAlternatives[] = [];
    const own = scopesOf(field.directives);
    if (own) rules.push(own);
    const fieldGraphs = graphsOf(field.directives, 'join__field');
    const hasJoinField = field.directives?.some((d) => d.name.value === 'join__field') ?? false;
    const defaults = defaultsFor(hasJoinField ? fieldGraphs : typeGraphs);
    if (defaults) rules.push(defaults);
    if (rules.length > 0) this.fieldRules.set(`${typeName}.${field.name.value}`, rules);
  }

  /** Requirements a principal must meet to read `typeName.fieldName` returning `returnTypeName`. */
  requirements(typeName: string, fieldName: string, returnTypeName: string): ScopeAlternatives[] {
    const own = this.fieldRules.get(`${typeName}.${fieldName}`) ?? [];
    const ofType = this.typeRules.get(returnTypeName);
    return ofType ? [...own, ofType] : own;
  }
}

/** True when the scopes satisfy every requirement (each an OR of AND-groups). */
export function satisfies(scopes: ReadonlySet<string>, requirements: readonly ScopeAlternatives[]): boolean {
  return requirements.every((alternatives) =>
    alternatives.some((group) => group.every((s) => scopes.has(s))),
  );
}
