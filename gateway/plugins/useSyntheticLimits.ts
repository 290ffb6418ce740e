import { Kind } from 'graphql';
import { PlatformError } from '../../lib/errors.js';
import type { OperationHooks } from '../engine/OperationRunner.js';

/**
 * A synthetic check's principal (`synthetic:<checkId>`, method `synthetic`) reads: its only write
 * is the round trip's `publishEvent` (of `synthetic.ping`, checked by the integrations subgraph).
 * So a leaked credential, valid for a minute, cannot change anything in the tenant.
 */
export function useSyntheticLimits(): OperationHooks {
  return {
    beforeExecute: (prepared) => {
      if (prepared.principal.method !== 'synthetic' || prepared.operationType !== 'mutation') return;
      const operation = prepared.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const onlyPublish =
        operation?.kind === Kind.OPERATION_DEFINITION &&
        operation.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && (s.name.value === 'publishEvent' || s.name.value === '__typename'),
        );
      if (!onlyPublish)
        throw new PlatformError('FORBIDDEN', 'A synthetic check may only read (and publish its ping)', {
          requiredScopes: [],
        });
    },
  };
}
