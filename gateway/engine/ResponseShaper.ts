import {
  GraphQLError,
  Kind,
  isCompositeType,
  isInputType,
  isListType,
  isNonNullType,
  isObjectType,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Introspection } from './introspection.js';
import { own, setOwn } from './jsonFields.js';
import { describe, validLeaf, type Variables } from './shapingRules.js';
import { FIELD, FRAGMENT, INTROSPECTION, StepCompiler, TYPENAME, type Step } from './shapingSteps.js';

/**
 * Projects the data merged from subgraph fetches onto the client's operation: response names in
 * the operation's order, `__typename`, fragments by runtime type, @skip/@include, leaf values
 * checked against their type, and nulls bubbled to the nearest nullable field. The rules are
 * @apollo/gateway's result shaping (resultShaping.ts), so clients see the same responses; what
 * differs is cost: each selection set is compiled once per runtime type into a flat list of steps
 * (fragments resolved, directives read, field types looked up), where the interpreter re-reads the
 * operation for every object of every response.
 */

/** An answer the shaper could not complete: a non-null field was null, a leaf of the wrong type. */
export interface CompletionError {
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
  /**
   * A null where the type forbids one: in federation usually an entity its subgraph no longer
   * has (the reference resolved to null), so a nullable parent is null by design.
   */
  readonly nullForNonNull?: true;
}

export interface ShapedResponse {
  readonly data: Record<string, unknown> | null;
  /** Value-completion errors (the subgraphs answered data the schema does not allow). */
  readonly completionErrors: readonly CompletionError[];
  /** Objects in `data` (the root included): what a principal read, for the threat detectors. */
  readonly objects: number;
}

/** What a completion left: the value, and whether it bubbles (null in a non-null position). */
const OK = 0;
const HAS_ERRORS = 1;
const INVALID = 2;

const BUBBLE = Symbol('bubble');

interface Run {
  readonly variables: Variables;
  readonly errors: CompletionError[];
  readonly path: Array<string | number>;
  /** Outcome of the completion that just returned (OK, HAS_ERRORS, HAS_ERRORS | INVALID). */
  flags: number;
  objects: number;
}

export class ResponseShaper {
  private readonly operation: OperationDefinitionNode;
  private readonly root: GraphQLCompositeType;
  /** Compiled steps per selection set, per runtime type (or, without `__typename`, per parent). */
  private readonly steps: StepCompiler;
  private readonly defaults: Record<string, unknown> = {};
  private readonly hasDefaults: boolean;
  private readonly introspection: Introspection;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ) {
    let operation: OperationDefinitionNode | undefined;
    for (const definition of document.definitions) {
      if (
        definition.kind === Kind.OPERATION_DEFINITION &&
        (operationName === null || definition.name?.value === operationName)
      )
        operation ??= definition;
    }
    if (!operation) throw new GraphQLError(`Unknown operation named "${operationName ?? ''}".`);
    this.operation = operation;
    this.steps = new StepCompiler(schema, document);
    this.introspection = new Introspection(schema, operation, this.steps.fragmentDefinitions());
    const root = schema.getRootType(operation.operation);
    if (!root) throw new GraphQLError(`Schema is not configured for ${operation.operation} operations.`);
    this.root = root;
    for (const definition of operation.variableDefinitions ?? []) {
      if (!definition.defaultValue) continue;
      const type = typeFromAST(schema, definition.type);
      if (!type || !isInputType(type)) continue;
      this.defaults[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
    }
    this.hasDefaults = Object.keys(this.defaults).length > 0;
  }

  /** The operation's variables with their defaults, as @skip/@include and plan conditions read them. */
  variablesWithDefaults(variables: Variables | undefined): Variables {
    if (!variables) return this.defaults;
    return this.hasDefaults ? { ...this.defaults, ...variables } : variables;
  }

  shape(input: Record<string, unknown>, variables: Variables | undefined): ShapedResponse {
    const run: Run = {
      variables: this.variablesWithDefaults(variables),
      errors: [],
      path: [],
      flags: OK,
      objects: 1,
    };
    const data: Record<string, unknown> = {};
    const steps = this.steps.stepsFor(this.operation.selectionSet, null, this.root);
    const outcome = this.applySteps(steps, input, data, run);
    return { data: outcome === BUBBLE ? null : data, completionErrors: run.errors, objects: run.objects };
  }

  private applySteps(
    steps: readonly Step[],
    input: Record<string, unknown>,
    output: Record<string, unknown>,
    run: Run,
  ): typeof BUBBLE | undefined {
    for (const step of steps) {
      if (step.skip !== null && step.skip(run.variables)) continue;
      switch (step.kind) {
        case FIELD: {
          const key = step.key;
          // Plain keys (most) are read and written directly; others go through own / set.
          const existing = step.plain ? output[key] : own(output, key);
          let given = step.plain ? input[key] : own(input, key);
          if (given === undefined && existing === undefined && this.selectsNothing(step, run.variables))
            given = {};
          run.path.push(key);
          const value = this.complete(
            existing,
            step.type,
            given ?? null,
            step.selection,
            step.description,
            run,
          );
          run.path.pop();
          if (step.plain) output[key] = value;
          else setOwn(output, key, value);
          if ((run.flags & INVALID) !== 0) return BUBBLE;
          break;
        }
        case TYPENAME: {
          if (own(output, step.key) !== undefined) break;
          let name = own(input, step.key) ?? null;
          if (name === null && step.key !== '__typename') name = own(input, '__typename') ?? null;
          const type = typeof name === 'string' ? (this.schema.getType(name) ?? step.parent) : step.parent;
          if (!isObjectType(type)) return BUBBLE;
          setOwn(output, step.key, type.name);
          break;
        }
        case INTROSPECTION:
          if (own(output, step.key) === undefined)
            setOwn(output, step.key, this.introspection.answer(step.node, run.variables));
          break;
        case FRAGMENT:
          if (this.applySteps(step.steps, input, output, run) === BUBBLE) return BUBBLE;
          break;
      }
    }
    return undefined;
  }

  /** One field's value; sets `run.flags` as @apollo/gateway's updateOutputValue returns them. */
  private complete(
    existing: unknown,
    type: GraphQLOutputType,
    input: unknown,
    selection: SelectionSetNode | undefined,
    description: string,
    run: Run,
  ): unknown {
    if (existing === null || (existing !== undefined && !selection)) {
      run.flags = OK;
      return existing;
    }
    if (isNonNullType(type)) {
      const value = this.complete(existing, type.ofType, input, selection, description, run);
      if (value === null) {
        if ((run.flags & HAS_ERRORS) === 0)
          run.errors.push({
            message: `Cannot return null for non-nullable ${describe(run.path, description, type.ofType)}.`,
            path: [...run.path],
            nullForNonNull: true,
          });
        run.flags = HAS_ERRORS | INVALID;
        return null;
      }
      run.flags = OK;
      return value;
    }
    if (input === null) {
      run.flags = OK;
      return null;
    }
    if (isListType(type)) {
      if (!Array.isArray(input))
        return this.invalid(`Invalid non-list value returned by subgraph for list type ${String(type)}`, run);
      const previous = Array.isArray(existing) ? (existing as unknown[]) : undefined;
      if (previous && previous.length !== input.length)
        return this.invalid('List lengths differ between subgraph answers', run);
      const values = previous ?? new Array<unknown>(input.length);
      let nullify = false;
      let errors = false;
      for (let i = 0; i < input.length; i += 1) {
        run.path.push(i);
        values[i] = this.complete(previous?.[i], type.ofType, input[i] ?? null, selection, description, run);
        run.path.pop();
        if ((run.flags & INVALID) !== 0) nullify = true;
        if ((run.flags & HAS_ERRORS) !== 0) errors = true;
      }
      run.flags = errors ? HAS_ERRORS : OK;
      return nullify ? null : values;
    }
    if (isCompositeType(type)) {
      if (!selection || typeof input !== 'object')
        return this.invalid(`Invalid non-object value for composite type ${type.name}`, run);
      const record = input as Record<string, unknown>;
      const typename = record.__typename;
      let runtime: GraphQLCompositeType | null = null;
      if (typename !== undefined && typename !== null && typename !== '') {
        const named = typeof typename === 'string' ? this.schema.getType(typename) : undefined;
        if (!named || !isCompositeType(named)) {
          run.errors.push({
            message: `Invalid __typename found for object at ${describe(run.path, description, type)}.`,
            path: [...run.path],
          });
          run.flags = HAS_ERRORS;
          return null;
        }
        runtime = named;
      }
      let output = existing as Record<string, unknown> | undefined;
      if (output === undefined) {
        output = {};
        run.objects += 1;
      }
      const steps = this.steps.stepsFor(selection, runtime, type);
      const bubbled = this.applySteps(steps, record, output, run) === BUBBLE;
      run.flags = bubbled ? HAS_ERRORS : OK;
      return bubbled ? null : output;
    }
    if (validLeaf(input, type)) {
      run.flags = OK;
      return input;
    }
    run.errors.push({
      message: `Invalid value found for ${describe(run.path, description, type)}.`,
      path: [...run.path],
    });
    run.flags = HAS_ERRORS;
    return null;
  }

  /**
   * Whether an object field, under these variables, selects nothing at all: every field in it is
   * skipped. The planner then hoists the @skip/@include onto the fetch and, with the fetch not
   * run, no subgraph answers the field; the spec's answer is an empty object, not a null (which
   * for a non-null field would null the parent). A list cannot be answered so, its length unknown.
   * What no fetch asked cannot be known either: an entity whose subgraph no longer has it (a
   * dangling reference, answered null when fetched) gets `{}` for such a field too.
   */
  private selectsNothing(step: Extract<Step, { kind: typeof FIELD }>, variables: Variables): boolean {
    const type = isNonNullType(step.type) ? step.type.ofType : step.type;
    if (!step.selection || !isCompositeType(type)) return false;
    const nothing = (steps: readonly Step[]): boolean =>
      steps.every(
        (inner) =>
          (inner.skip !== null && inner.skip(variables)) || (inner.kind === FRAGMENT && nothing(inner.steps)),
      );
    return nothing(this.steps.stepsFor(step.selection, null, type));
  }

  /** A subgraph answer that does not fit the plan at all: @apollo/gateway asserts; we null the field. */
  private invalid(message: string, run: Run): null {
    run.errors.push({ message, path: [...run.path] });
    run.flags = HAS_ERRORS;
    return null;
  }
}
