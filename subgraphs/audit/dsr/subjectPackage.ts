import {
  SUBJECT_SECTION_MAX_ITEMS,
  type SubjectDataProvider,
  type SubjectDataSection,
} from '../../../lib/compliance/subjectData.js';
import { PlatformError } from '../../../lib/errors.js';
import type { DsrRecord, DsrStore, PackageSummary } from './DsrStore.js';

/** Identifies the package layout (docs/COMPLIANCE.md "Data-subject requests"). */
export const PACKAGE_FORMAT = 'kg-platform.data-subject-package/1';

/**
 * Seals a package so that only the platform reads it back, under a key erasing the subject
 * destroys: `open` answers null once that key is gone.
 */
export interface PackageSealer {
  seal(tenantId: string, subjectId: string, plaintext: string): Promise<string>;
  open(tenantId: string, subjectId: string, sealed: string): Promise<string | null>;
}

export interface PackageBuilderOptions {
  readonly store: DsrStore;
  /** The subject's audit events as actor, personal fields readable (the audit trail's own). */
  auditEvents(tenantId: string, subjectId: string): Promise<SubjectDataSection>;
  /** The other subgraphs' sections (lib/compliance/subjectData.ts). */
  readonly providers: readonly SubjectDataProvider[];
  readonly sealer: PackageSealer;
  /** DSR_PACKAGE_MAX_BYTES. */
  readonly maxBytes: number;
}

/**
 * Assembles the ACCESS / PORTABILITY package (everything the platform holds about the subject in
 * the tenant), stores it sealed beside the request, and reads it back for the API.
 */
export class PackageBuilder {
  constructor(private readonly options: PackageBuilderOptions) {}

  async build(request: DsrRecord): Promise<PackageSummary> {
    const { tenantId, subjectId } = request;
    const [auditEvents, ...sections] = await Promise.all([
      this.options.auditEvents(tenantId, subjectId),
      ...this.options.providers.map((p) => p.collect(tenantId, subjectId)),
    ]);
    const named = Object.fromEntries(this.options.providers.map((p, i) => [p.section, sections[i]]));
    const section = (name: string): SubjectDataSection => named[name] ?? { items: [], truncated: false };
    const generatedAt = new Date().toISOString();
    const body = {
      format: PACKAGE_FORMAT,
      requestId: request.id,
      requestType: request.type,
      regime: request.regime,
      tenantId,
      subjectId,
      generatedAt,
      sectionLimit: SUBJECT_SECTION_MAX_ITEMS,
      sections: {
        auditEvents: auditEvents as SubjectDataSection,
        apiKeys: section('apiKeys'),
        webhooks: section('webhooks'),
        alertRules: section('alertRules'),
        exportJobs: section('exportJobs'),
      },
    };
    const json = JSON.stringify(body);
    const byteSize = Buffer.byteLength(json);
    if (byteSize > this.options.maxBytes)
      throw new PlatformError(
        'DSR_PACKAGE_TOO_LARGE',
        `The package is ${byteSize} bytes, above DSR_PACKAGE_MAX_BYTES (${this.options.maxBytes})`,
        { byteSize, maxBytes: this.options.maxBytes },
      );
    await this.options.store.putPackage(
      tenantId,
      request.id,
      await this.options.sealer.seal(tenantId, subjectId, json),
    );
    return {
      generatedAt,
      byteSize,
      auditEvents: body.sections.auditEvents.items.length,
      apiKeys: body.sections.apiKeys.items.length,
      webhooks: body.sections.webhooks.items.length,
      alertRules: body.sections.alertRules.items.length,
      exportJobs: body.sections.exportJobs.items.length,
    };
  }

  /** The stored package as JSON; null when there is none, it was deleted or its key destroyed. */
  async read(request: DsrRecord): Promise<unknown> {
    if (!request.packageSummary) return null;
    const sealed = await this.options.store.getPackage(request.tenantId, request.id);
    if (!sealed) return null;
    const json = await this.options.sealer.open(request.tenantId, request.subjectId, sealed);
    return json === null ? null : (JSON.parse(json) as unknown);
  }
}
