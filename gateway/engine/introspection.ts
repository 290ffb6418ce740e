import {
  Kind,
  executeSync,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Variables } from './shapingRules.js';

/**
 * `__schema` / `__type` fields of an operation, answered from the API schema by graphql-js
 * introspection: each field runs as a one-field operation (with the operation's variables and
 * fragments), built once per field.
 */
export class Introspection {
  private readonly documents = new WeakMap<FieldNode, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly operation: OperationDefinitionNode,
    private readonly fragments: readonly FragmentDefinitionNode[],
  ) {}

  answer(node: FieldNode, variables: Variables): unknown {
    let document = this.documents.get(node);
    if (!document) {
      document = {
        kind: Kind.DOCUMENT,
        definitions: [
          {
            kind: Kind.OPERATION_DEFINITION,
            operation: this.operation.operation,
            variableDefinitions: this.operation.variableDefinitions,
            selectionSet: { kind: Kind.SELECTION_SET, selections: [node] },
          },
          ...this.fragments,
        ],
      };
      this.documents.set(node, document);
    }
    const result = executeSync({ schema: this.schema, document, rootValue: {}, variableValues: variables });
    const data = result.data as Record<string, unknown> | null | undefined;
    return data?.[node.alias?.value ?? node.name.value] ?? null;
  }
}
