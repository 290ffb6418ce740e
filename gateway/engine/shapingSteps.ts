import {
  GraphQLError,
  Kind,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ALWAYS, skipOf, type Skip } from './shapingRules.js';

// The ResponseShaper's compiled form of an operation: each selection set, per runtime type, as a
// flat list of steps (fragments resolved, directives read, field types looked up), compiled once
// per operation where an interpreter would re-read the operation for every object.

export const TYPENAME = 0;
export const INTROSPECTION = 1;
export const FIELD = 2;
export const FRAGMENT = 3;

export type Step =
  | {
      readonly kind: typeof TYPENAME;
      readonly key: string;
      readonly skip: Skip | null;
      readonly parent: GraphQLCompositeType;
    }
  | {
      readonly kind: typeof INTROSPECTION;
      readonly key: string;
      readonly skip: Skip | null;
      readonly node: FieldNode;
    }
  | {
      readonly kind: typeof FIELD;
      readonly key: string;
      /** Not a name Object.prototype has (nor `__proto__`): safe to read and write directly. */
      readonly plain: boolean;
      readonly skip: Skip | null;
      readonly type: GraphQLOutputType;
      readonly selection: SelectionSetNode | undefined;
      /** `field Parent.key`, for completion errors. */
      readonly description: string;
    }
  | { readonly kind: typeof FRAGMENT; readonly skip: Skip; readonly steps: readonly Step[] };

/** Compiles and keeps the steps of one operation document's selection sets. */
export class StepCompiler {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly compiled = new WeakMap<SelectionSetNode, Map<string, readonly Step[]>>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
  }

  /** The document's fragment definitions, by name. */
  fragmentDefinitions(): FragmentDefinitionNode[] {
    return [...this.fragments.values()];
  }

  /**
   * Steps of a selection set on `declared` for objects of `runtime` (known from `__typename`), or,
   * when the object carries no `__typename`, for the declared type: fragments whose type condition
   * applies are inlined, the others dropped, exactly as the interpreter decides per object.
   */
  stepsFor(
    selection: SelectionSetNode,
    runtime: GraphQLCompositeType | null,
    declared: GraphQLCompositeType,
  ): readonly Step[] {
    let byType = this.compiled.get(selection);
    if (!byType) {
      byType = new Map();
      this.compiled.set(selection, byType);
    }
    const key = runtime ? runtime.name : '';
    let steps = byType.get(key);
    if (!steps) {
      steps = this.compile(selection, runtime, declared, runtime ?? declared);
      byType.set(key, steps);
    }
    return steps;
  }

  /**
   * `fields` is the type the selection's fields are defined on (the declared type, a fragment's
   * condition); `parent` is what completion errors and a `__typename` without an answer name.
   */
  private compile(
    selection: SelectionSetNode,
    runtime: GraphQLCompositeType | null,
    fields: GraphQLCompositeType,
    parent: GraphQLCompositeType,
  ): Step[] {
    const steps: Step[] = [];
    for (const node of selection.selections) {
      const skip = skipOf(node.directives);
      if (skip === ALWAYS) continue;
      if (node.kind === Kind.FIELD) {
        const name = node.name.value;
        const key = node.alias?.value ?? name;
        if (name === '__typename') {
          steps.push({ kind: TYPENAME, key, skip, parent });
        } else if (name === '__schema' || name === '__type') {
          steps.push({ kind: INTROSPECTION, key, skip, node });
        } else {
          const field = 'getFields' in fields ? fields.getFields()[name] : undefined;
          if (!field) throw new GraphQLError(`Cannot query field "${name}" on type "${fields.name}".`);
          steps.push({
            kind: FIELD,
            key,
            plain: !(key in Object.prototype),
            skip,
            type: field.type,
            selection: node.selectionSet,
            description: `field ${parent.name}.${key}`,
          });
        }
        continue;
      }
      let condition: GraphQLNamedType | undefined;
      let inner: SelectionSetNode;
      if (node.kind === Kind.INLINE_FRAGMENT) {
        condition = node.typeCondition ? this.schema.getType(node.typeCondition.name.value) : undefined;
        inner = node.selectionSet;
      } else {
        const fragment = this.fragments.get(node.name.value);
        if (!fragment) throw new GraphQLError(`Unknown fragment "${node.name.value}".`);
        condition = this.schema.getType(fragment.typeCondition.name.value);
        inner = fragment.selectionSet;
      }
      if (condition && !this.applies(condition, runtime ?? parent)) continue;
      const inside = condition && isCompositeType(condition) ? condition : undefined;
      const innerSteps = this.compile(inner, runtime, inside ?? fields, inside ?? parent);
      if (skip) steps.push({ kind: FRAGMENT, skip, steps: innerSteps });
      else steps.push(...innerSteps);
    }
    return steps;
  }

  /** Whether a fragment on `condition` applies to objects of `type` (the type itself, or a member / implementation). */
  private applies(condition: GraphQLNamedType, type: GraphQLNamedType): boolean {
    if (condition === type) return true;
    return (
      isAbstractType(condition) &&
      (isObjectType(type) || isAbstractType(type)) &&
      this.schema.isSubType(condition, type as never)
    );
  }
}
