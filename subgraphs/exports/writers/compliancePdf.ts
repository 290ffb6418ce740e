import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { ComplianceReportRecord } from '../../audit/auditApi.js';

const PASS_COLOUR = '#1a7f37';
const FAIL_COLOUR = '#cf222e';
const RESULT_COLOUR: Readonly<Record<string, string>> = {
  PASS: PASS_COLOUR,
  FAIL: FAIL_COLOUR,
  NOT_APPLICABLE: '#6e7781',
};

/**
 * A signed compliance report as a PDF for auditors: summary, every control with its verdict,
 * reason, clauses and evidence, findings, recommendations, and the signature with the exact
 * verification recipe (the JSON download carries the signed bytes).
 */
export async function writeCompliancePdf(report: ComplianceReportRecord, out: Writable): Promise<void> {
  const title = `${report.framework} compliance report`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: title, Subject: `${report.framework} ${report.status}`, Author: 'kg-platform compliance' },
  });
  const finished = once(out, 'finish');
  doc.pipe(out);
  const heading = (text: string) =>
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('black').text(text);
  const body = (text: string) => doc.font('Helvetica').fontSize(9).fillColor('black').text(text);

  doc.font('Helvetica-Bold').fontSize(20).text(title);
  body(`Report ${report.id} · tenant ${report.tenantId}`);
  body(`Period ${report.from} – ${report.to} · generated ${report.generatedAt} by ${report.generatedBy}`);
  doc
    .moveDown(0.5)
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor(report.status === 'COMPLIANT' ? PASS_COLOUR : FAIL_COLOUR)
    .text(`${report.status.replace('_', ' ')}${report.score === null ? '' : ` · score ${report.score} %`}`);

  heading('Executive summary');
  body(report.executiveSummary);

  heading('Controls');
  for (const control of report.controls) {
    doc.moveDown(0.4);
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor(RESULT_COLOUR[control.result] ?? 'black')
      .text(`${control.result.replace('_', ' ')}  `, { continued: true })
      .fillColor('black')
      .text(`${control.id} ${control.title}`);
    body(`Clauses: ${control.clauses.join(', ')}`);
    body(control.reason);
    for (const e of control.evidence.slice(0, 10))
      body(`  • ${e.kind} ${e.ref}${e.value ? ` = ${e.value}` : ''}`);
    if (control.evidence.length > 10) body(`  • … ${control.evidence.length - 10} more in the JSON report`);
  }

  heading('Findings');
  if (report.findings.length === 0) body('None: no applicable control fails.');
  for (const f of report.findings)
    body(`${f.severity} ${f.controlId} (${f.clauses.join(', ')}): ${f.reason}`);

  heading('Recommendations');
  if (report.recommendations.length === 0) body('None.');
  for (const r of report.recommendations) body(`• ${r}`);

  heading('Signature');
  body(
    `${report.signature.algorithm} by audit signing key ${report.signature.keyName} (key id ${report.signature.keyId}), ` +
      'published at /.well-known/audit-keys. Signed bytes: the canonical JSON of the report without its ' +
      '"signature" member (docs/COMPLIANCE.md "Signature"); download the JSON format to verify offline.',
  );
  doc.font('Courier').fontSize(7).text(report.signature.value);
  doc.end();
  await finished;
}
