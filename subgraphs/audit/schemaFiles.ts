import { existsSync, readFileSync } from 'node:fs';

/**
 * The audit subgraph's SDL is split by module: the trail's own schema.graphql, then each module's
 * (compliance, data-subject requests) extending Query/Mutation. A module's file is optional so a
 * module can land on its own; codegen.yml's audit entry globs the same files.
 */
export const AUDIT_SCHEMA_FILES = ['schema.graphql', 'compliance/schema.graphql', 'dsr/schema.graphql'];

/** The audit subgraph's SDL: its present schema files concatenated in AUDIT_SCHEMA_FILES order. */
export function auditSdl(): string {
  return AUDIT_SCHEMA_FILES.map((file) => new URL(file, import.meta.url))
    .filter((url) => existsSync(url))
    .map((url) => readFileSync(url, 'utf8'))
    .join('\n');
}
