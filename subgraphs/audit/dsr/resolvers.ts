import { toConnection } from '../../../lib/tenantRecords.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { DsrService } from './DsrService.js';
import type { DsrStore } from './DsrStore.js';
import type { PackageBuilder } from './subjectPackage.js';
import { toDataSubjectRequest } from './views.js';

const MAX_PAGE = 200;

/** Query, Mutation and type resolvers of data-subject requests, every one walled by the caller's tenant. */
export function dsrResolvers(deps: {
  service: DsrService;
  store: DsrStore;
  packages: PackageBuilder;
}): Pick<Resolvers, 'Query' | 'Mutation' | 'DataSubjectRequest'> {
  const { service, store, packages } = deps;
  return {
    Query: {
      dataSubjectRequests: async (_root, { status, first, after }, { principal }) => {
        const limit = first ?? 50;
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
          throw new PlatformError('BAD_USER_INPUT', `first must be 1 to ${MAX_PAGE}`, { field: 'first' });
        const page = await store.list(principal.tenantId, status ?? null, limit, after ?? null);
        const now = Date.now();
        return toConnection(page, (record) => toDataSubjectRequest(record, now));
      },
      dataSubjectRequest: async (_root, { id }, { principal }) => {
        const record = await store.records.get(principal.tenantId, id);
        return record ? toDataSubjectRequest(record) : null;
      },
    },
    Mutation: {
      createDataSubjectRequest: async (_root, { input }, { principal }) =>
        toDataSubjectRequest(await service.create(principal.tenantId, input, principal.subject)),
      processDataSubjectRequest: async (_root, { id }, { principal }) =>
        toDataSubjectRequest(await service.process(principal.tenantId, id, principal.subject)),
      rejectDataSubjectRequest: async (_root, { id, reason }, { principal }) =>
        toDataSubjectRequest(await service.reject(principal.tenantId, id, reason, principal.subject)),
      extendDataSubjectRequest: async (_root, { id, reason }, { principal }) =>
        toDataSubjectRequest(await service.extend(principal.tenantId, id, reason, principal.subject)),
    },
    DataSubjectRequest: {
      package: async (request, _args, { principal }) => {
        const record = await store.records.get(principal.tenantId, request.id);
        return record ? packages.read(record) : null;
      },
      __resolveReference: async (ref, { principal }) => {
        const record = await store.records.get(principal.tenantId, ref.id);
        return record ? toDataSubjectRequest(record) : null;
      },
    },
  };
}
