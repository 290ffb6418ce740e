import { assertNever } from '../../../lib/errors.js';
import { jobParams, type ExportFormat } from '../jobs/ExportJobRecord.js';
import { cypherWriter } from './cypherWriter.js';
import type { ExportWriter, FileKind, WriterContext } from './ExportWriter.js';
import { graphmlWriter } from './graphmlWriter.js';
import { jsonDocumentWriter, jsonLinesWriter } from './jsonWriters.js';
import { pdfWriter } from './pdfWriter.js';
import { csvZipWriter, excelWriter, parquetZipWriter } from './tabularWriters.js';
import { xmlWriter } from './xmlWriter.js';

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

export function createWriter(format: ExportFormat, context: WriterContext): ExportWriter {
  switch (format) {
    case 'JSON':
      return jsonLayout(jobParams(context.job)) === 'document'
        ? jsonDocumentWriter(context)
        : jsonLinesWriter(context);
    case 'CSV':
      return csvZipWriter(context);
    case 'PARQUET':
      return parquetZipWriter(context);
    case 'EXCEL':
      return excelWriter(context);
    case 'XML':
      return xmlWriter(context);
    case 'CYPHER':
      return cypherWriter(context);
    case 'GRAPHML':
      return graphmlWriter(context);
    case 'PDF_REPORT':
      return pdfWriter(context);
    default:
      return assertNever(format, 'export format');
  }
}
