import type {
  FetchDataRewrite,
  FetchNode,
  PlanNode,
  QueryPlanSelectionNode,
  ResponsePath,
} from '@apollo/query-planner';
import {
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { own, setOwn } from './jsonFields.js';
import type { GatewayContext, Subgraphs, SubgraphResponse } from './Subgraph.js';

/** Data merged from every fetch of a plan (keyed by the planner's response names) and the fetches' errors. */
export interface PlanOutcome {
  readonly data: Record<string, unknown>;
  readonly errors: GraphQLFormattedError[];
}

interface Cursor {
  readonly path: ResponsePath;
  readonly data: unknown;
  readonly fullResult: Record<string, unknown>;
}

interface Execution {
  readonly subgraphs: Subgraphs;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly conditions: Readonly<Record<string, unknown>>;
  readonly context: GatewayContext;
  readonly errors: GraphQLFormattedError[];
}

/**
 * Runs a federation query plan: fetches in sequence and in parallel, entity fetches with the
 * representations each `requires`, the plan's input and output rewrites, and the answers merged
 * into one tree. It follows @apollo/gateway's executeQueryPlan (same merge, same error paths and
 * codes) without what this gateway never uses per request: Apollo usage-reporting trace nodes,
 * its OpenTelemetry spans (ours wrap each fetch), and rebuilding the operation for every request.
 */
export class PlanExecutor {
  constructor(private readonly supergraphSchema: GraphQLSchema) {}

  /**
   * `variables` go to the fetches as the client sent them; `conditions` are the same with the
   * operation's defaults, for the plan's @skip/@include conditions.
   */
  async execute(
    node: PlanNode | undefined,
    subgraphs: Subgraphs,
    variables: Readonly<Record<string, unknown>>,
    conditions: Readonly<Record<string, unknown>>,
    context: GatewayContext,
  ): Promise<PlanOutcome> {
    const data: Record<string, unknown> = {};
    const execution: Execution = { subgraphs, variables, conditions, context, errors: [] };
    if (node) await this.node(execution, node, { path: [], data, fullResult: data });
    return { data, errors: execution.errors };
  }

  private async node(execution: Execution, node: PlanNode, cursor: Cursor): Promise<void> {
    switch (node.kind) {
      case 'Sequence':
        for (const child of node.nodes) await this.node(execution, child, cursor);
        return;
      case 'Parallel':
        await Promise.all(node.nodes.map((child) => this.node(execution, child, cursor)));
        return;
      case 'Flatten': {
        const data = flattenAt(cursor.data, node.path, 0);
        if (data === undefined || data === null) return;
        await this.node(execution, node.node, {
          path: [...cursor.path, ...node.path],
          data,
          fullResult: cursor.fullResult,
        });
        return;
      }
      case 'Fetch':
        try {
          await this.fetch(execution, node, cursor);
        } catch (error) {
          execution.errors.push({ message: error instanceof Error ? error.message : String(error) });
        }
        return;
      case 'Condition': {
        const branch = execution.conditions[node.condition] === true ? node.ifClause : node.elseClause;
        if (branch) await this.node(execution, branch, cursor);
        return;
      }
      case 'Defer':
        // The planner is never asked for @defer plans (incremental delivery is off).
        throw new Error('@defer is not supported by this gateway');
    }
  }

  private async fetch(execution: Execution, fetch: FetchNode, cursor: Cursor): Promise<void> {
    const subgraph = execution.subgraphs[fetch.serviceName];
    if (!subgraph) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
    const entities: Record<string, unknown>[] = [];
    if (Array.isArray(cursor.data)) {
      for (const entity of cursor.data)
        if (entity !== null && entity !== undefined) entities.push(entity as Record<string, unknown>);
    } else {
      entities.push(cursor.data as Record<string, unknown>);
    }
    if (entities.length === 0) return;
    const variables: Record<string, unknown> = {};
    for (const name of fetch.variableUsages ?? []) {
      const value = own(execution.variables, name);
      if (value !== undefined) variables[name] = value;
    }
    const send = async (
      vars: Record<string, unknown>,
    ): Promise<Record<string, unknown> | null | undefined> => {
      const response = await subgraph.fetch(
        { query: fetch.operation, operationName: fetch.operationName, variables: vars },
        execution.context,
      );
      if (response.errors) {
        const paths = new ErrorPaths(fetch, cursor);
        for (const error of response.errors)
          execution.errors.push(downstreamError(error, fetch.serviceName, paths));
      }
      return response.data;
    };

    if (!fetch.requires) {
      const received = await send(variables);
      if (received) this.rewrite(fetch.outputRewrites, received);
      for (const entity of entities) deepMerge(entity, received);
      return;
    }
    const representations: Record<string, unknown>[] = [];
    const targets: Record<string, unknown>[] = [];
    for (const entity of entities) {
      const representation = this.select(entity, fetch.requires);
      if (representation && representation.__typename) {
        this.rewrite(fetch.inputRewrites, representation);
        representations.push(representation);
        targets.push(entity);
      }
    }
    if (representations.length === 0) return;
    if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
    const received = await send({ ...variables, representations });
    if (!received) return;
    const answered = received._entities;
    if (!Array.isArray(answered)) throw new Error('Expected "data._entities" in response to be an array');
    if (answered.length !== representations.length)
      throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
    for (let i = 0; i < targets.length; i += 1) {
      const entity = answered[i] as Record<string, unknown> | null;
      const target = targets[i] as Record<string, unknown>;
      if (entity && !entity.__typename) entity.__typename = target.__typename;
      if (entity) this.rewrite(fetch.outputRewrites, entity);
      deepMerge(target, entity);
    }
  }

  /** A representation: the `requires` selection of an entity; null when a required field is missing. */
  private select(
    source: unknown,
    selections: readonly QueryPlanSelectionNode[],
  ): Record<string, unknown> | null {
    if (source === null || typeof source !== 'object') return null;
    const record = source as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const selection of selections) {
      if (selection.kind === 'Field') {
        const key = selection.alias ?? selection.name;
        const value = own(record, key);
        if (value === undefined) return null;
        const inner = selection.selections;
        if (Array.isArray(value))
          result[key] = value.map((item) => (inner ? this.select(item, inner) : item));
        else result[key] = inner ? this.select(value, inner) : value;
      } else if (selection.typeCondition && this.isOfType(record, selection.typeCondition, false)) {
        deepMerge(result, this.select(record, selection.selections));
      }
    }
    return result;
  }

  private isOfType(record: Record<string, unknown>, condition: string, unknownTypename: boolean): boolean {
    const typename = record.__typename;
    if (!typename) return unknownTypename;
    if (typename === condition) return true;
    const type = this.supergraphSchema.getType(String(typename));
    const conditionType = this.supergraphSchema.getType(condition);
    if (!type || !conditionType || !isAbstractType(conditionType)) return false;
    return (
      (isObjectType(type) || isInterfaceType(type)) && this.supergraphSchema.isSubType(conditionType, type)
    );
  }

  /** The plan's rewrites: set a value (`__typename` for interface objects), or rename a key (aliased fetches). */
  private rewrite(rewrites: readonly FetchDataRewrite[] | undefined, value: unknown): void {
    if (!rewrites) return;
    for (const rewrite of rewrites) {
      const last = rewrite.path[rewrite.path.length - 1];
      if (last === undefined || last.startsWith(FRAGMENT_PREFIX)) continue;
      this.applyAt(rewrite.path, 0, rewrite.path.length - 1, value, (record) => {
        if (rewrite.kind === 'ValueSetter') {
          record[last] = rewrite.setValueTo;
        } else {
          const moved = own(record, last);
          if (moved) {
            record[rewrite.renameKeyTo] = moved;
            record[last] = undefined;
          }
        }
      });
    }
  }

  private applyAt(
    path: readonly string[],
    index: number,
    end: number,
    value: unknown,
    apply: (record: Record<string, unknown>) => void,
  ): void {
    if (Array.isArray(value)) {
      for (const item of value) this.applyAt(path, index, end, item, apply);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (index === end) {
      apply(record);
      return;
    }
    const element = path[index] as string;
    if (element.startsWith(FRAGMENT_PREFIX)) {
      if (this.isOfType(record, element.slice(FRAGMENT_PREFIX.length), true))
        this.applyAt(path, index + 1, end, record, apply);
    } else {
      this.applyAt(path, index + 1, end, own(record, element), apply);
    }
  }
}

const FRAGMENT_PREFIX = '... on ';

/** The values at a plan path (`@` steps into every list element), flattened into one list. */
function flattenAt(value: unknown, path: ResponsePath, index: number): unknown {
  if (index === path.length || value === undefined || value === null) return value;
  const element = path[index];
  if (element === '@') {
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      const inner = flattenAt(item, path, index + 1);
      if (Array.isArray(inner)) for (const x of inner) out.push(x);
      else out.push(inner);
    }
    return out;
  }
  if (Array.isArray(value) || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const key = String(element);
  return flattenAt(own(record, key), path, index + 1);
}

/**
 * Merges a fetch's answer into the tree: objects field by field, lists of the same length element
 * by element, anything else replaced. Keys that are undefined in the answer are left alone.
 */
function deepMerge(
  target: Record<string, unknown>,
  source: Record<string, unknown> | null | undefined,
): void {
  if (source === undefined || source === null) return;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined) continue;
    // Own properties only: an alias named `constructor` must not reach Object itself.
    const existing = own(target, key);
    if (existing && isPlainObject(value)) {
      deepMerge(existing as Record<string, unknown>, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i += 1) {
        const a = existing[i] as unknown;
        const b = value[i] as unknown;
        if (isPlainObject(a) && isPlainObject(b)) deepMerge(a, b);
        else existing[i] = b;
      }
    } else {
      setOwn(target, key, value);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Paths of a fetch's errors in the client's response: entity errors point at the entity they concern. */
class ErrorPaths {
  private hydrated: Array<Array<string | number>> | undefined;

  constructor(
    private readonly fetch: FetchNode,
    private readonly cursor: Cursor,
  ) {}

  of(errorPath: ReadonlyArray<string | number> | undefined): Array<string | number> | undefined {
    if (this.fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!this.hydrated) {
        this.hydrated = [];
        hydratePaths([], this.cursor.path, 0, this.cursor.fullResult, this.hydrated);
      }
      return [...(this.hydrated[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...this.cursor.path, ...errorPath] : undefined;
  }
}

function hydratePaths(
  parent: Array<string | number>,
  path: ResponsePath,
  index: number,
  data: unknown,
  result: Array<Array<string | number>>,
): void {
  if (data === null || data === undefined) return;
  const head = path[index];
  if (head === undefined) {
    result.push([...parent]);
  } else if (head === '@') {
    (data as unknown[]).forEach((value, i) => {
      parent.push(i);
      hydratePaths(parent, path, index + 1, value, result);
      parent.pop();
    });
  } else if (Array.isArray(data)) {
    data.forEach((value, i) => {
      parent.push(i);
      hydratePaths(parent, path, index, value, result);
      parent.pop();
    });
  } else if (typeof data === 'object' && own(data as Record<string, unknown>, String(head)) !== undefined) {
    parent.push(head);
    hydratePaths(parent, path, index + 1, (data as Record<string, unknown>)[String(head)], result);
    parent.pop();
  }
}

/**
 * A subgraph's error as the client sees it: its path in the client's response, the subgraph
 * named, DOWNSTREAM_SERVICE_ERROR when it gave no code (as @apollo/gateway does).
 */
function downstreamError(error: unknown, serviceName: string, paths: ErrorPaths): GraphQLFormattedError {
  const given = (error !== null && typeof error === 'object' ? error : {}) as Record<string, unknown>;
  const extensions =
    given.extensions !== null && typeof given.extensions === 'object'
      ? (given.extensions as Record<string, unknown>)
      : {};
  const path = paths.of(Array.isArray(given.path) ? (given.path as Array<string | number>) : undefined);
  return {
    message:
      typeof given.message === 'string' && given.message !== ''
        ? given.message
        : `Error while fetching subquery from service "${serviceName}"`,
    ...(path ? { path } : {}),
    extensions: { ...extensions, serviceName, code: extensions.code ?? 'DOWNSTREAM_SERVICE_ERROR' },
  };
}
