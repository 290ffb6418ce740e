import { PlatformError } from '../../../lib/errors.js';
import type { ExportFormat, ExportType } from './ExportJobRecord.js';

const ALL: readonly ExportFormat[] = [
  'JSON',
  'CSV',
  'EXCEL',
  'XML',
  'PARQUET',
  'CYPHER',
  'GRAPHML',
  'PDF_REPORT',
];
// Tables have no nodes or relationships to MERGE or draw, so the graph formats cannot carry them.
const TABULAR: readonly ExportFormat[] = ['JSON', 'CSV', 'EXCEL', 'XML', 'PARQUET', 'PDF_REPORT'];

/** Formats each export type can be written in. */
export const ALLOWED_FORMATS: Readonly<Record<ExportType, readonly ExportFormat[]>> = {
  FULL_KNOWLEDGE_GRAPH: ALL,
  DOCUMENT_PACKAGE: ALL,
  ENTITY_RELATIONSHIPS: ALL,
  DECISION_TREES: ALL,
  MATRIX_DATA: TABULAR,
  ANALYTICS_REPORT: TABULAR,
  AUDIT_LOG: TABULAR,
  CUSTOM_QUERY: TABULAR,
  // The stored signed record as JSON, or a PDF to read.
  COMPLIANCE_REPORT: ['JSON', 'PDF_REPORT'],
};

export function assertCompatible(type: ExportType, format: ExportFormat): void {
  const allowed = ALLOWED_FORMATS[type];
  if (!allowed.includes(format)) {
    throw new PlatformError(
      'EXPORT_FORMAT_INCOMPATIBLE',
      `${type} exports cannot be written as ${format}; allowed formats: ${allowed.join(', ')}`,
      { field: 'format', allowedFormats: [...allowed] },
    );
  }
}
