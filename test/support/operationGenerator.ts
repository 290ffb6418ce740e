import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

// A seeded generator of valid operations over an API schema, for engineParityGenerated.e2e.ts. It
// walks the schema from Query and writes aliases (two of one field with different arguments),
// __typename, inline and named fragments, @skip/@include by literal and by variable (defaulted or
// not), filters (eq, in, startsWith, contains, AND/OR/NOT), sorts and offsets, nested lists and
// the joins across subgraphs. The same seed writes the same operation.

/** Object fields nested under a root field, Relay's `edges` and `node` not counted. */
const MAX_DEPTH = 4;
const MAX_SELECTIONS = 6;
/** Per operation, fragments expanded: well under the gateway's limits (LIMIT_MAX_ALIASES, cost, tokens). */
const MAX_FIELDS = 40;
const MAX_ALIASES = 20;
/** Fragments inside fragments, at most. */
const MAX_FRAGMENT_NESTING = 2;
const WRAPPERS = new Set(['edges', 'node']);

/** What the generator draws from: the schema and the values a fixture can answer. */
export interface GeneratorInputs {
  readonly schema: GraphQLSchema;
  /** `Type.field` never selected, with the reason. */
  readonly excluded: ReadonlyMap<string, string>;
  /** Root fields drawn more often than the others (where the joins across subgraphs are). */
  readonly joinRoots: readonly string[];
  /** Ids for `exportJob(id:)`; other `id` arguments get an unknown id. */
  readonly jobIds: readonly string[];
  /** A search phrase for full-text fields (`phrase:`). */
  readonly phrase: string;
  /** Values for `where: { <key>: { eq } }` by key field, where an input type has that field. */
  readonly ids: Readonly<Record<string, string>>;
}

/** mulberry32: a small PRNG whose whole state is one 32-bit seed, so a failure can be replayed. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let x = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

export interface Generated {
  query: string;
  variables: Record<string, unknown>;
}

type Field = GraphQLField<unknown, unknown>;

function nullable(type: GraphQLArgument['type']): GraphQLArgument['type'] {
  return isNonNullType(type) ? type.ofType : type;
}

function isRequired(arg: GraphQLArgument): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

/** Whether OperationGenerator.value can fill this argument when it is required. */
function fillable(arg: GraphQLArgument): boolean {
  const named = getNamedType(arg.type);
  return (
    (arg.name === 'id' && named.name === 'ID') ||
    arg.name === 'phrase' ||
    isEnumType(named) ||
    ((arg.name === 'first' || arg.name === 'limit') && named.name === 'Int')
  );
}

/** One operation over the API schema's Query type; a new generator per operation. */
export class OperationGenerator {
  private readonly definitions: string[] = [];
  private readonly values: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  private names = 0;
  private fields = 0;
  private aliases = 0;
  private nesting = 0;

  constructor(
    private readonly random: Random,
    private readonly inputs: GeneratorInputs,
  ) {}

  operation(): Generated {
    const root = this.inputs.schema.getQueryType() as GraphQLObjectType;
    const body = this.selectionSet(root, 0);
    const head = this.random.chance(0.5) ? 'query Generated' : 'query';
    const variables = this.definitions.length > 0 ? `(${this.definitions.join(', ')})` : '';
    return { query: [`${head}${variables} ${body}`, ...this.fragments].join('\n'), variables: this.values };
  }

  private selectionSet(type: GraphQLObjectType, depth: number): string {
    const count = this.random.int(1, MAX_SELECTIONS);
    return `{ ${this.selections(type, depth, count, new Set()).join(' ')} }`;
  }

  /**
   * Response names are unique within a selection set and the fragments spread in it (every repeat
   * of a field is aliased), so no two selections ever have to merge.
   */
  private selections(type: GraphQLObjectType, depth: number, count: number, used: Set<string>): string[] {
    const fields = this.selectable(type, depth);
    const out: string[] = [];
    const add = (field: Field, given: Record<string, string> = {}, aliased = false): void => {
      const selected = this.field(field, depth, used, given, aliased);
      if (selected) out.push(selected);
    };
    for (let i = 0; i < count && this.fields < MAX_FIELDS; i += 1) {
      const roll = this.random.next();
      const fragment = this.nesting < MAX_FRAGMENT_NESTING;
      if (roll < 0.1) {
        const alias = this.random.chance(0.3) ? this.alias() : null;
        out.push(`${alias ? `${alias}: ` : ''}__typename${this.directives()}`);
      } else if (roll < 0.17 && fragment) {
        const condition = this.random.chance(0.8) ? `on ${type.name} ` : '';
        out.push(`... ${condition}${this.directives()}{ ${this.inner(type, depth, used)} }`);
      } else if (roll < 0.23 && fragment) {
        const name = `F${this.names++}`;
        this.fragments.push(`fragment ${name} on ${type.name} { ${this.inner(type, depth, used)} }`);
        out.push(`...${name}${this.directives()}`);
      } else if (roll < 0.3 && this.aliases + 2 <= MAX_ALIASES) {
        const paged = fields.filter((f) => f.args.some((a) => a.name === 'first' || a.name === 'limit'));
        if (paged.length === 0) continue;
        const field = this.random.pick(paged);
        const arg = field.args.find((a) => a.name === 'first' || a.name === 'limit') as GraphQLArgument;
        const n = this.random.int(1, 2);
        add(field, { [arg.name]: String(n) }, true);
        add(field, { [arg.name]: String(n + 1) }, true);
      } else if (depth === 0 && this.random.chance(0.4)) {
        const joins = fields.filter((f) => this.inputs.joinRoots.includes(f.name));
        if (joins.length > 0) add(this.random.pick(joins));
      } else if (fields.length > 0) {
        const composite = fields.filter((f) => !isLeafType(getNamedType(f.type)));
        add(this.random.pick(composite.length > 0 && this.random.chance(0.4) ? composite : fields));
      }
    }
    if (out.length === 0) out.push('__typename');
    return out;
  }

  /** A fragment's selections: they share the names of the selection set they are spread in. */
  private inner(type: GraphQLObjectType, depth: number, used: Set<string>): string {
    this.nesting += 1;
    const inner = this.selections(type, depth, this.random.int(1, 3), used).join(' ');
    this.nesting -= 1;
    return inner;
  }

  /** Fields of `type` that can be selected here: not excluded, arguments fillable, depth left. */
  private selectable(type: GraphQLObjectType, depth: number): Field[] {
    return Object.values(type.getFields()).filter((field) => {
      if (this.inputs.excluded.has(`${type.name}.${field.name}`) || field.name.startsWith('__')) return false;
      if (!field.args.every((arg) => !isRequired(arg) || fillable(arg))) return false;
      const named = getNamedType(field.type);
      if (isLeafType(named)) return true;
      return isObjectType(named) && (WRAPPERS.has(field.name) ? depth : depth + 1) <= MAX_DEPTH;
    });
  }

  private field(
    field: Field,
    depth: number,
    used: Set<string>,
    given: Record<string, string>,
    aliased: boolean,
  ): string | null {
    const alias = aliased || used.has(field.name) || this.random.chance(0.15);
    if (alias && this.aliases >= MAX_ALIASES) return null;
    const filled = this.arguments(field, given);
    if (filled === null) return null;
    this.fields += 1;
    const name = alias ? `${this.alias()}: ${field.name}` : field.name;
    used.add(field.name);
    const named = getNamedType(field.type);
    const selection = isObjectType(named)
      ? ` ${this.selectionSet(named, WRAPPERS.has(field.name) ? depth : depth + 1)}`
      : '';
    return `${name}${filled}${this.directives()}${selection}`;
  }

  private alias(): string | null {
    if (this.aliases >= MAX_ALIASES) return null;
    this.aliases += 1;
    return `a${this.names++}`;
  }

  /**
   * `(name: value, …)`, or null when a required argument cannot be filled. Only the arguments the
   * fixture can answer are given: ids of its jobs (else an unknown id), page sizes, the fixture's
   * label as a search phrase, filters on its ids in `where`, sorts, offsets, enum values.
   */
  private arguments(field: Field, given: Record<string, string>): string | null {
    const parts: string[] = [];
    for (const arg of field.args) {
      const value = given[arg.name] ?? this.value(field, arg, isRequired(arg));
      if (value === null && isRequired(arg)) return null;
      if (value !== null) parts.push(`${arg.name}: ${value}`);
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  private value(field: Field, arg: GraphQLArgument, required: boolean): string | null {
    const named = getNamedType(arg.type);
    if (arg.name === 'id' && named.name === 'ID') {
      const id = field.name === 'exportJob' ? this.random.pick(this.inputs.jobIds) : 'no-such-id';
      return this.random.chance(0.3) ? this.variable('ID!', id) : JSON.stringify(id);
    }
    if (arg.name === 'phrase') return JSON.stringify(this.inputs.phrase);
    if (isEnumType(named) && (required || this.random.chance(0.2)))
      return this.random.pick(named.getValues()).name;
    if ((arg.name === 'first' || arg.name === 'limit') && named.name === 'Int') {
      if (!required && this.random.chance(0.1)) return null;
      const n = this.random.int(1, 3);
      return this.random.chance(0.25) ? this.variable('Int', n) : String(n);
    }
    if (arg.name === 'where' && isInputObjectType(named) && this.random.chance(0.3)) {
      const key = Object.keys(this.inputs.ids).find((k) => k in named.getFields());
      if (key) return this.filter(key, this.inputs.ids[key] as string, named.getFields());
    }
    if (arg.name === 'sort' && isListType(nullable(arg.type)) && this.random.chance(0.2)) {
      const sort = this.sort(getNamedType(arg.type), 2);
      if (sort) return `[${sort}]`;
    }
    if (arg.name === 'offset' && named.name === 'Int' && this.random.chance(0.15)) {
      return String(this.random.int(0, 2));
    }
    return null;
  }

  /** `{ field: ASC }`, or for a connection's sort `{ node: { field: DESC } }`. */
  private sort(type: GraphQLNamedType, depth: number): string | null {
    if (!isInputObjectType(type) || depth === 0) return null;
    const fields = Object.values(type.getFields());
    if (fields.length === 0) return null;
    const field = this.random.pick(fields);
    const inner = getNamedType(field.type);
    const value = isEnumType(inner)
      ? this.random.chance(0.5)
        ? 'ASC'
        : 'DESC'
      : this.sort(inner, depth - 1);
    return value === null ? null : `{ ${field.name}: ${value} }`;
  }

  /**
   * A filter on the fixture's id: `eq` (by literal or variable), `in`, `startsWith`, `contains`,
   * or the boolean operators around them, so the translation of each is exercised.
   */
  private filter(key: string, id: string, fields: Record<string, unknown>): string {
    const roll = this.random.next();
    const eq = () =>
      `{ ${key}: { eq: ${this.random.chance(0.5) ? this.variable('ID', id) : JSON.stringify(id)} } }`;
    if (roll < 0.4) return eq();
    if (roll < 0.55) return `{ ${key}: { in: ${this.variable('[ID!]', [id, 'no-such-id'])} } }`;
    if (roll < 0.65) return `{ ${key}: { startsWith: ${JSON.stringify(id.slice(0, 12))} } }`;
    if (roll < 0.75) return `{ ${key}: { contains: ${JSON.stringify(id.slice(-8))} } }`;
    if (roll < 0.85 && 'OR' in fields) return `{ OR: [${eq()}, { ${key}: { eq: "no-such-id" } }] }`;
    if (roll < 0.93 && 'NOT' in fields) return `{ NOT: { ${key}: { eq: "no-such-id" } } }`;
    if ('AND' in fields) return `{ AND: [${eq()}, { NOT: { ${key}: { startsWith: "zz" } } }] }`;
    return eq();
  }

  private variable(type: string, value: unknown): string {
    const name = `v${this.names++}`;
    this.definitions.push(`$${name}: ${type}`);
    this.values[name] = value;
    return `$${name}`;
  }

  /** Usually none; else @skip/@include by literal, by variable, by a defaulted variable, or both. */
  private directives(): string {
    if (!this.random.chance(0.1)) return '';
    const flag = (): string => {
      if (this.random.chance(0.3)) return String(this.random.chance(0.5));
      const name = `b${this.names++}`;
      const value = this.random.chance(0.5);
      if (this.random.chance(0.3)) {
        this.definitions.push(`$${name}: Boolean = ${value}`);
        if (this.random.chance(0.5)) this.values[name] = !value;
      } else {
        this.definitions.push(`$${name}: Boolean!`);
        this.values[name] = value;
      }
      return `$${name}`;
    };
    const roll = this.random.next();
    if (roll < 0.45) return ` @skip(if: ${flag()})`;
    if (roll < 0.9) return ` @include(if: ${flag()})`;
    return ` @skip(if: ${flag()}) @include(if: ${flag()})`;
  }
}
