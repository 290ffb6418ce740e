import type { TenantRecord, TenantRecords } from '../tenantRecords.js';

/**
 * What one subgraph holds about a data subject (GDPR Art. 15 / 20, CCPA right to know), for the
 * audit subgraph's data-subject requests (docs/COMPLIANCE.md "Data-subject requests"). Each
 * subgraph implements it over its own store in `subgraphs/<name>/subjectData.ts`; the composition
 * root (runtime/subgraphFactories.ts) hands them to the audit subgraph, so no subgraph imports
 * another.
 */
export interface SubjectDataProvider {
  /** The package section it fills: `apiKeys`, `webhooks`, `alertRules`, `exportJobs`. */
  readonly section: SubjectDataSectionName;
  /** The subject's records in the tenant, as plain JSON without secrets or key material. */
  collect(tenantId: string, subjectId: string): Promise<SubjectDataSection>;
  /**
   * Deletes what it holds about the subject that an erasure must not leave readable (personal
   * data kept apart from the audit trail, e.g. client IPs threat detection learned); how many
   * records it deleted. Records the subject created (keys, webhooks) are the tenant's and stay.
   */
  erase?(tenantId: string, subjectId: string): Promise<number>;
}

export type SubjectDataSectionName = 'apiKeys' | 'webhooks' | 'alertRules' | 'exportJobs';

export interface SubjectDataSection {
  readonly items: ReadonlyArray<Record<string, unknown>>;
  /** More matched than SUBJECT_SECTION_MAX_ITEMS: the package says so rather than cut silently. */
  readonly truncated: boolean;
}

/** Items one section holds at most. */
export const SUBJECT_SECTION_MAX_ITEMS = 10_000;
/** Pages one walk reads at most per tenant and kind (each reads at most 5,000 records). */
const MAX_PAGES = 40;

/**
 * The tenant's records of one kind that `belongs` to the subject, newest first, through
 * TenantRecords' keyset pages (bounded reads per page, bounded walk). A walk that stops at its
 * bound with records left unread says `truncated`, as a full section does.
 */
export async function collectRecords<T extends TenantRecord>(
  records: TenantRecords<T>,
  tenantId: string,
  belongs: (record: T) => boolean,
  view: (record: T) => Record<string, unknown>,
  options: { maxPages?: number } = {},
): Promise<SubjectDataSection> {
  const items: Array<Record<string, unknown>> = [];
  let after: string | null = null;
  const maxPages = options.maxPages ?? MAX_PAGES;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await records.page(tenantId, { first: 500, after, matches: belongs });
    for (const record of page.items) {
      if (items.length === SUBJECT_SECTION_MAX_ITEMS) return { items, truncated: true };
      items.push(view(record));
    }
    if (!page.hasNextPage || !page.endCursor) return { items, truncated: false };
    after = page.endCursor;
  }
  return { items, truncated: true };
}
