import ipaddr from 'ipaddr.js';
import { ageDays, DAY_MS, type EvidenceRef } from '../facts.js';
import { config, fail, listed, MAX_REFS, notApplicable, pass, type Control } from './control.js';

/** A self-check older than this no longer counts as "the last run". */
export const ISOLATION_MAX_AGE_MS = DAY_MS;
/** SOX: management reassesses its controls every 90 days. */
export const SOX_REASSESSMENT_DAYS = 90;

/** Allowed CIDRs wider than these open the SSRF wall to whole networks. */
const WIDEST_V4 = 16;
const WIDEST_V6 = 48;

function tooWide(cidr: string): boolean {
  try {
    const [address, bits] = ipaddr.parseCIDR(cidr);
    return address.kind() === 'ipv4' ? bits < WIDEST_V4 : bits < WIDEST_V6;
  } catch {
    return true;
  }
}

export const PLATFORM_CONTROLS: readonly Control[] = [
  {
    id: 'NET-01',
    title: 'SSRF protection is on for outbound webhooks',
    severity: 'HIGH',
    clauses: {
      SOC2: ['CC6.6'],
      ISO27001: ['A.8.20', 'A.8.22'],
      PCI_DSS: ['6.2.4'],
      GDPR: ['Art. 32(1)(b)'],
    },
    recommendation:
      'Allow only the narrow networks receivers need in WEBHOOK_ALLOWED_CIDRS and keep WEBHOOK_ALLOW_HTTP off in production.',
    evaluate({ config: c }) {
      const evidence = [
        config('WEBHOOK_ALLOWED_CIDRS', c.webhookAllowedCidrs),
        config('WEBHOOK_ALLOW_HTTP', c.webhookAllowHttp),
        config('NODE_ENV', c.nodeEnv),
      ];
      const wide = c.webhookAllowedCidrs.filter(tooWide);
      if (wide.length > 0)
        return fail(`WEBHOOK_ALLOWED_CIDRS opens whole networks to deliveries: ${wide.join(', ')}`, evidence);
      if (c.nodeEnv === 'production' && c.webhookAllowHttp)
        return fail('WEBHOOK_ALLOW_HTTP is on in production: deliveries may go unencrypted', evidence);
      return pass(
        c.webhookAllowedCidrs.length === 0
          ? 'Deliveries to private, loopback and link-local addresses are refused; no exception is configured'
          : `Deliveries to private addresses are refused except ${c.webhookAllowedCidrs.join(', ')}`,
        evidence,
      );
    },
  },
  {
    id: 'API-01',
    title: 'Introspection is off and error messages are masked in production',
    severity: 'MEDIUM',
    clauses: {
      SOC2: ['CC6.8'],
      ISO27001: ['A.8.9'],
      PCI_DSS: ['2.2.4', '6.2.4'],
    },
    recommendation:
      'In production, unset ENABLE_INTROSPECTION and GRAPHIQL_ENABLED and leave MASK_ERRORS on.',
    evaluate({ config: c }) {
      const evidence = [
        config('NODE_ENV', c.nodeEnv),
        config('ENABLE_INTROSPECTION', c.enableIntrospection),
        config('MASK_ERRORS', c.maskErrors),
        config('GRAPHIQL_ENABLED', c.graphiqlEnabled),
      ];
      if (c.nodeEnv !== 'production')
        return notApplicable(`Not a production deployment (NODE_ENV=${c.nodeEnv})`, evidence);
      const wrong = [
        ...(c.enableIntrospection ? ['introspection is on'] : []),
        ...(c.maskErrors ? [] : ['error messages are not masked']),
        ...(c.graphiqlEnabled ? ['GraphiQL is served'] : []),
      ];
      if (wrong.length > 0) return fail(`In production ${wrong.join(', ')}`, evidence);
      return pass('Introspection and GraphiQL are off and internal error messages are masked', evidence);
    },
  },
  {
    id: 'TENANT-01',
    title: 'Tenant isolation self-check passed in its last run',
    severity: 'CRITICAL',
    clauses: {
      SOC2: ['CC6.1'],
      ISO27001: ['A.8.3'],
      PCI_DSS: ['A1.1.2'],
      HIPAA: ['164.312(a)(1)'],
      GDPR: ['Art. 32(1)(b)'],
      CCPA: ['1798.150(a)(1)'],
      SOX: ['ITGC: logical access segregation'],
    },
    recommendation:
      'Treat a failed isolation self-check as a security incident: a tenant may read another’s records.',
    evaluate({ isolation, at }) {
      if (!isolation) return fail('The isolation self-check has not run');
      const evidence: EvidenceRef[] = isolation.checks.map((c) => ({
        kind: 'SELF_CHECK',
        ref: c.name,
        value: `${c.passed ? 'passed' : 'FAILED'} at ${isolation.ranAt}`,
      }));
      const failed = isolation.checks.filter((c) => !c.passed);
      if (!isolation.passed || failed.length > 0)
        return fail(
          `Cross-tenant reads succeeded: ${listed(failed.map((c) => `${c.name}: ${c.detail}`))}`,
          evidence,
        );
      if (Date.parse(at) - Date.parse(isolation.ranAt) > ISOLATION_MAX_AGE_MS)
        return fail(`The last isolation self-check ran at ${isolation.ranAt}, over a day ago`, evidence);
      return pass(
        `All ${isolation.checks.length} cross-tenant read attempts failed (run ${isolation.ranAt})`,
        evidence,
      );
    },
  },
  {
    id: 'DSR-01',
    title: 'Data-subject requests are answered in time',
    severity: 'HIGH',
    clauses: {
      GDPR: ['Art. 12(3)'],
      CCPA: ['1798.130(a)(2)'],
      ISO27001: ['A.5.34'],
      HIPAA: ['164.524(b)(2)'],
    },
    recommendation: 'Process or extend (with notice) every data-subject request before its due time.',
    evaluate({ dsr }) {
      if (dsr.total === 0) return notApplicable('No data-subject requests');
      const refs: EvidenceRef[] = [
        ...dsr.overdue
          .slice(0, MAX_REFS)
          .map((r): EvidenceRef => ({ kind: 'DSR', ref: r.id, value: `overdue since ${r.dueAt}` })),
        ...dsr.answeredLate
          .slice(0, MAX_REFS)
          .map((r): EvidenceRef => ({ kind: 'DSR', ref: r.id, value: 'answered late (last 12 months)' })),
      ];
      if (dsr.overdue.length > 0 || dsr.answeredLate.length > 0)
        return fail(
          `${dsr.overdue.length} open requests are past due, ${dsr.answeredLate.length} were answered late in the last 12 months: ${listed(
            [...dsr.overdue.map((r) => r.id), ...dsr.answeredLate.map((r) => r.id)],
          )}`,
          refs,
        );
      return pass(
        `None of ${dsr.total} requests is overdue or was answered late in the last 12 months (${dsr.open} open)`,
        [config('data-subject requests', dsr.total), config('open', dsr.open)],
      );
    },
  },
  {
    id: 'SOX-01',
    title: `Controls are reassessed (a SOX report generated) every ${SOX_REASSESSMENT_DAYS} days`,
    severity: 'MEDIUM',
    clauses: { SOX: ['§404(a) management assessment (quarterly)'] },
    recommendation:
      'Generate a SOX compliance report (generateComplianceReport(framework: SOX)) and review it.',
    evaluate({ lastSoxReport, at }) {
      if (!lastSoxReport) return fail(`No SOX assessment in the last ${SOX_REASSESSMENT_DAYS} days`);
      const age = ageDays(lastSoxReport.generatedAt, at);
      const evidence: EvidenceRef[] = [
        { kind: 'REPORT', ref: lastSoxReport.id, value: lastSoxReport.generatedAt },
      ];
      if (age > SOX_REASSESSMENT_DAYS)
        return fail(
          `The last SOX assessment is ${age} days old (due every ${SOX_REASSESSMENT_DAYS})`,
          evidence,
        );
      return pass(`SOX assessed ${age} days ago (due every ${SOX_REASSESSMENT_DAYS})`, evidence);
    },
  },
];
