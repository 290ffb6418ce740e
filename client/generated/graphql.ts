/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateExportInput = {
  destination?: ExportDestinationInput | null | undefined;
  format: ExportFormat;
  /** Required for DOCUMENT_PACKAGE. */
  packageId?: string | number | null | undefined;
  /** CUSTOM_QUERY parameters, and format options (`jsonLayout`: "lines" | "document"). */
  params?: unknown;
  /** Cypher for CUSTOM_QUERY: read-only, filtered on `$tenantId` (the caller's tenant, forced). */
  query?: string | null | undefined;
  type: ExportType;
};

export type ExportDestinationInput = {
  kind?: ExportDestinationKind;
  /**
   * S3 only: a folder inside the tenant's folder, at most 128 characters of `A-Z a-z 0-9 / _ . -`,
   * no `..`, no leading `/`.
   */
  prefix?: string | null | undefined;
};

export type ExportDestinationKind =
  | 'EMAIL'
  | 'GCS'
  /** A file under EXPORTS_DIR, downloaded through a signed, expiring URL. */
  | 'LOCAL'
  /**
   * An object in EXPORTS_S3_BUCKET (any S3-compatible store), under the tenant's folder; downloaded
   * through the same signed URL. NOT_AVAILABLE until an operator sets EXPORTS_S3_BUCKET.
   */
  | 'S3'
  | 'SFTP';

export type ExportFormat =
  /** A zip of one CSV per node label and relationship type (per table for tabular exports). */
  | 'CSV'
  /** A replayable Cypher script: MERGE on unique ids, UNWIND batches, one statement per line. */
  | 'CYPHER'
  /** One sheet per node label and relationship type; EXPORTS_EXCEL_MAX_ROWS rows per sheet. */
  | 'EXCEL'
  | 'GRAPHML'
  /** JSON Lines by default; `params: { jsonLayout: "document" }` for one JSON document. */
  | 'JSON'
  /** A zip of one Parquet file per node label and relationship type (per table). */
  | 'PARQUET'
  | 'PDF_REPORT'
  | 'XML';

export type ExportJobFilter = {
  /** Jobs created strictly after this instant. */
  createdAfter?: string | null | undefined;
  /** Jobs created strictly before this instant. */
  createdBefore?: string | null | undefined;
  format?: Array<ExportFormat> | null | undefined;
  /** Jobs exporting this package (DOCUMENT_PACKAGE). */
  packageId?: string | number | null | undefined;
  status?: Array<ExportStatus> | null | undefined;
  type?: Array<ExportType> | null | undefined;
};

export type ExportStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED';

export type ExportType =
  /** Summary tables: counts by label, relationship type, entity type, decision outcome. */
  | 'ANALYTICS_REPORT'
  /** Not available yet (NOT_AVAILABLE). */
  | 'AUDIT_LOG'
  /** A read-only Cypher query (`query`, `params`); it must filter on `$tenantId`. */
  | 'CUSTOM_QUERY'
  /** Decision trees with the guide sections they hang on. */
  | 'DECISION_TREES'
  /** One package (packageId): its documents, sections, decision trees, entities and matrices. */
  | 'DOCUMENT_PACKAGE'
  /** Entities and the RELATES_TO relationships between them. */
  | 'ENTITY_RELATIONSHIPS'
  /** Every node and relationship of the tenant's knowledge graph. */
  | 'FULL_KNOWLEDGE_GRAPH'
  /** LTV/FICO matrix rows with their package, as one table. */
  | 'MATRIX_DATA';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, tenantId: string, scopes: Array<string> | null } };

export type PackagesQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type PackagesQuery = { documentPackages: Array<{ packageId: string, name: string, status: string | null, documents: Array<{ documentId: string, title: string, documentType: string | null }> }> };

export type ExportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ExportJobFilter | null | undefined;
}>;


export type ExportJobsQuery = { exportJobs: { totalCount: number | null, edges: Array<{ node: { id: string, type: ExportType, format: ExportFormat, status: ExportStatus, createdAt: string, package: { packageId: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateExportMutationVariables = Exact<{
  input: CreateExportInput;
}>;


export type CreateExportMutation = { createExport: { id: string, status: ExportStatus } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const PackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Packages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}}]}}]}}]}}]} as unknown as DocumentNode<PackagesQuery, PackagesQueryVariables>;
export const ExportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export const CreateExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateExportMutation, CreateExportMutationVariables>;