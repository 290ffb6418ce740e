import {
  Kind,
  isEnumType,
  isScalarType,
  isSpecifiedScalarType,
  type DirectiveNode,
  type GraphQLEnumType,
  type GraphQLOutputType,
} from 'graphql';

// The value rules ResponseShaper applies (federation's result shaping): @skip/@include, which
// leaf values a type allows and the wording of completion errors.

export type Variables = Readonly<Record<string, unknown>>;

/** @skip/@include of one selection: true when it is left out for these variables. */
export type Skip = (variables: Variables) => boolean;

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** Skip marker for a selection left out whatever the variables (`@skip(if: true)`, `@include(if: false)`). */
export const ALWAYS: Skip = () => true;

export function skipOf(directives: readonly DirectiveNode[] | undefined): Skip | null {
  if (!directives || directives.length === 0) return null;
  let skipIf: boolean | string | null = null;
  let includeIf: boolean | string | null = null;
  for (const directive of directives) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value =
      argument?.kind === Kind.VARIABLE
        ? argument.name.value
        : argument?.kind === Kind.BOOLEAN
          ? argument.value
          : null;
    if (name === 'skip') skipIf = value;
    else includeIf = value;
  }
  if (skipIf === null && includeIf === null) return null;
  if (skipIf === true || includeIf === false) return ALWAYS;
  const skipVariable = typeof skipIf === 'string' ? skipIf : null;
  const includeVariable = typeof includeIf === 'string' ? includeIf : null;
  if (skipVariable === null && includeVariable === null) return null;
  return (variables) =>
    (skipVariable !== null && variables[skipVariable] === true) ||
    (includeVariable !== null && variables[includeVariable] !== true);
}

const CUSTOM = 0;
const BOOLEAN = 1;
const INT = 2;
const ID = 3;
const FLOAT = 4;
const STRING = 5;
const ENUM = 6;
/** Each leaf type's kind, looked up once: `isSpecifiedScalarType` searches a list per call. */
const leafKinds = new WeakMap<GraphQLOutputType, number>();

function leafKind(type: GraphQLOutputType): number {
  let kind = leafKinds.get(type);
  if (kind === undefined) {
    if (isEnumType(type)) kind = ENUM;
    else if (!isScalarType(type) || !isSpecifiedScalarType(type)) kind = CUSTOM;
    else if (type.name === 'Boolean') kind = BOOLEAN;
    else if (type.name === 'Int') kind = INT;
    else if (type.name === 'ID') kind = ID;
    else if (type.name === 'Float') kind = FLOAT;
    else kind = STRING;
    leafKinds.set(type, kind);
  }
  return kind;
}

/** A leaf value the schema allows in this position (federation's isValidLeafValue). */
export function validLeaf(value: unknown, type: GraphQLOutputType): boolean {
  const kind = leafKind(type);
  if (kind === CUSTOM) return true;
  switch (typeof value) {
    case 'boolean':
      return kind === BOOLEAN;
    case 'number':
      if (!Number.isFinite(value)) return false;
      if (kind === INT || kind === ID) return INTEGER.test(String(value));
      return kind === FLOAT;
    case 'string':
      if (kind === ENUM) return (type as GraphQLEnumType).getValue(value) !== undefined;
      return kind === STRING || kind === ID;
    default:
      return false;
  }
}

export function describe(
  path: ReadonlyArray<string | number>,
  description: string,
  type: GraphQLOutputType,
): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `array element of type ${String(type)} at index ${last}` : description;
}
