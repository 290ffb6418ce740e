import { Kind, type FragmentDefinitionNode, type SelectionNode } from 'graphql';
import type { ActivityReporter } from '../../lib/security/activity.js';
import type { OperationHooks } from '../engine/OperationRunner.js';
import type { PreparedOperation } from '../pipeline/RequestPipeline.js';

export interface ActivityOptions {
  reporter: ActivityReporter;
}

/**
 * Reports what each principal does to the threat detectors (docs/SECURITY.md "Threat detection"):
 * requests by client IP and user agent, objects read, exports created. The root query object
 * itself is not counted as a record.
 */
export function useActivity(options: ActivityOptions): OperationHooks {
  return {
    afterExecute: (prepared, result) => {
      const { principal, origin } = prepared;
      const data = result.data ?? null;
      let recordsRead = 0;
      let exportsCreated = 0;
      // Counted by the engine while it shaped the result (no second walk of a large page).
      if (data && prepared.operationType === 'query')
        recordsRead = Math.max(0, (prepared.objectsRead ?? 1) - 1);
      if (data && prepared.operationType === 'mutation') exportsCreated = createdExports(prepared, data);
      options.reporter.use({
        tenantId: principal.tenantId,
        principal: principal.subject,
        ip: origin.ip,
        userAgent: origin.userAgent,
        requests: 1,
        recordsRead,
        exportsCreated,
      });
      return result;
    },
    subscriptionStarted: (prepared) => {
      options.reporter.use({
        tenantId: prepared.principal.tenantId,
        principal: prepared.principal.subject,
        ip: prepared.origin.ip,
        userAgent: prepared.origin.userAgent,
        requests: 1,
      });
    },
  };
}

/** Root `createExport` fields that answered a job: aliases count each, fragments are followed. */
function createdExports(prepared: PreparedOperation, data: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of prepared.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let count = 0;
  const seen = new Set<string>();
  const walk = (selections: readonly SelectionNode[]): void => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === 'createExport' && data[selection.alias?.value ?? 'createExport'])
          count += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections);
      }
    }
  };
  for (const definition of prepared.document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet.selections);
  return count;
}
