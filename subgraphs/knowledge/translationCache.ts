import {
  print,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { QueryResult } from 'neo4j-driver';
import { BoundedCache } from '../../lib/BoundedCache.js';
import type { StatementRunner } from './autoCommitReads.js';
import { rootListFields } from './rootListFields.js';

/** The statement @neo4j/graphql sent for one root list field: its text and all its parameters. */
interface Translation {
  readonly query: string;
  readonly parameters: Record<string, unknown> | undefined;
}

export interface TranslationCacheOptions {
  /** Translations kept; the least recently used is forgotten first. @default 1000 */
  capacity?: number;
}

/** How often the root list fields of a schema reused a translation. */
export interface TranslationCacheStats {
  hits: number;
  misses: number;
}

const statsBySchema = new WeakMap<GraphQLSchema, TranslationCacheStats>();

/** The counts of `schema`'s translation cache, if it has one (tests, an operator's REPL). */
export function translationCacheStats(schema: GraphQLSchema): TranslationCacheStats | undefined {
  return statsBySchema.get(schema);
}

type Resolver = GraphQLFieldResolver<unknown, unknown>;

function isRunner(value: unknown): value is StatementRunner {
  return typeof (value as { run?: unknown } | null)?.run === 'function';
}

/** The request's claims and statement runner, when the subgraph set them (index.ts, extendContext). */
function requestOf(context: unknown): { jwt: unknown; runner: StatementRunner } | undefined {
  const { jwt, executionContext } = (context ?? {}) as { jwt?: unknown; executionContext?: unknown };
  return jwt !== undefined && isRunner(executionContext) ? { jwt, runner: executionContext } : undefined;
}

/** The operation and every fragment, printed once per parsed document (Apollo Server reuses it). */
const printed = new WeakMap<OperationDefinitionNode, string>();

function documentText(info: GraphQLResolveInfo): string {
  let text = printed.get(info.operation);
  if (text === undefined) {
    const fragments = Object.values(info.fragments)
      .map((fragment) => print(fragment))
      .sort();
    text = [print(info.operation), ...fragments].join('\n');
    printed.set(info.operation, text);
  }
  return text;
}

/**
 * Everything the translation of a root field reads: the document (selections, arguments, aliases,
 * directives, fragments), which root field (its response key), every variable value and the JWT
 * claims the @authorization filters compile from ($jwt: tenant, subject, scopes). A request of
 * another tenant or principal therefore never shares an entry. Undefined when a variable does not
 * serialise to JSON (then the field is translated as usual, uncached).
 */
function translationKey(info: GraphQLResolveInfo, jwt: unknown): string | undefined {
  if (info.path.prev !== undefined) return undefined;
  try {
    return JSON.stringify([documentText(info), info.path.key, jwt, info.variableValues]);
  } catch {
    return undefined;
  }
}

/** What @neo4j/graphql's list resolver returns: the `this` column of each row. */
function rows(result: QueryResult): unknown[] {
  return result.records.map((record) => record.get('this') as unknown);
}

/**
 * Caches the Cypher that @neo4j/graphql translates each root list field into (about a quarter of
 * the subgraph's CPU per nested read was that translation; docs/KNOWLEDGE.md), per document, root
 * field, variables and JWT claims. A miss runs @neo4j/graphql's resolver as usual and keeps the one statement it sent;
 * a hit sends that statement again through the request's own runner, skipping translation. The
 * statement carries the tenant wall inside it (`$jwt.tenant_id`, bound from the claims in the
 * key), so reusing it within the key is exactly as walled as translating again. Only the graph's
 * schema, not its data, is baked into a translation, so nothing cached goes stale.
 *
 * Connections and full-text fields are translated each time: their resolvers post-process the
 * rows with the resolve tree, which a hit would have to rebuild.
 */
export function cacheListTranslations(schema: GraphQLSchema, options: TranslationCacheOptions = {}): void {
  if (statsBySchema.has(schema)) throw new Error('the schema caches its translations already');
  const cache = new BoundedCache<string, Translation>(options.capacity ?? 1000);
  const stats: TranslationCacheStats = { hits: 0, misses: 0 };
  statsBySchema.set(schema, stats);
  for (const field of rootListFields(schema)) {
    const translateAndRun = field.resolve;
    if (!translateAndRun) throw new Error(`root list field ${field.name} has no resolver to cache`);
    const resolve: Resolver = async (source, args, context, info) => {
      const request = requestOf(context);
      const key = request && translationKey(info, request.jwt);
      if (!request || key === undefined) return translateAndRun(source, args, context, info);
      const cached = cache.get(key);
      if (cached) {
        stats.hits += 1;
        return rows(await request.runner.run(cached.query, cached.parameters));
      }
      stats.misses += 1;
      const sent: Translation[] = [];
      const recording: StatementRunner = {
        run: (query, parameters) => {
          sent.push({ query, parameters });
          return request.runner.run(query, parameters);
        },
      };
      const answer: unknown = await translateAndRun(
        source,
        args,
        { ...(context as object), executionContext: recording },
        info,
      );
      // One statement is the field's translation; more means something else ran too (the
      // process's first request also asks the server for its version), so nothing is kept.
      const [only, ...others] = sent;
      if (only && others.length === 0) cache.set(key, only);
      return answer;
    };
    field.resolve = resolve;
  }
}
