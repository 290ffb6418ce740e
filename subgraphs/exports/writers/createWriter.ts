import { assertNever } from '../../../lib/errors.js';
import { jobParams, type ExportFormat } from '../jobs/ExportJobRecord.js';
import type { ExportWriter, FileKind, WriterContext } from './ExportWriter.js';

/** JSON is JSON Lines unless the job asks for `params.jsonLayout: "document"`. */
export function jsonLayout(params: Record<string, unknown>): 'lines' | 'document' {
  return params.jsonLayout === 'document' ? 'document' : 'lines';
}

export function fileKind(format: ExportFormat, params: Record<string, unknown>): FileKind {
  switch (format) {
    case 'JSON':
      return jsonLayout(params) === 'document'
        ? { extension: 'json', contentType: 'application/json' }
        : { extension: 'jsonl', contentType: 'application/x-ndjson' };
    case 'CSV':
    case 'PARQUET':
      return { extension: `${format.toLowerCase()}.zip`, contentType: 'application/zip' };
    case 'EXCEL':
      return {
        extension: 'xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
    case 'XML':
      return { extension: 'xml', contentType: 'application/xml' };
    case 'CYPHER':
      return { extension: 'cypher', contentType: 'text/plain; charset=utf-8' };
    case 'GRAPHML':
      return { extension: 'graphml', contentType: 'application/graphml+xml' };
    case 'PDF_REPORT':
      return { extension: 'pdf', contentType: 'application/pdf' };
    default:
      return assertNever(format, 'export format');
  }
}

/**
 * The format's writer. Each writer module is loaded on first use: an export process runs one
 * format, and loading every writer library (exceljs, parquetjs, pdfkit, …) cost it a second and
 * ~100 MiB before the first row.
 */
export async function createWriter(format: ExportFormat, context: WriterContext): Promise<ExportWriter> {
  switch (format) {
    case 'JSON': {
      const { jsonDocumentWriter, jsonLinesWriter } = await import('./jsonWriters.js');
      return jsonLayout(jobParams(context.job)) === 'document'
        ? jsonDocumentWriter(context)
        : jsonLinesWriter(context);
    }
    case 'CSV':
      return (await import('./csvZipWriter.js')).csvZipWriter(context);
    case 'PARQUET':
      return (await import('./parquetZipWriter.js')).parquetZipWriter(context);
    case 'EXCEL':
      return (await import('./excelWriter.js')).excelWriter(context);
    case 'XML':
      return (await import('./xmlWriter.js')).xmlWriter(context);
    case 'CYPHER':
      return (await import('./cypherWriter.js')).cypherWriter(context);
    case 'GRAPHML':
      return (await import('./graphmlWriter.js')).graphmlWriter(context);
    case 'PDF_REPORT':
      return (await import('./pdfWriter.js')).pdfWriter(context);
    default:
      return assertNever(format, 'export format');
  }
}
