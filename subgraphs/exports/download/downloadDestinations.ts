import type { DestinationConfig, Destinations } from '../destinations/createDestination.js';
import type { Destination } from '../destinations/Destination.js';
import { LocalDestination } from '../destinations/LocalDestination.js';
import type { ExportDestinationKind } from '../jobs/ExportJobRecord.js';

/**
 * The gateway's destinations, for its download route. LOCAL is made here; every other kind is the
 * exports subgraph's own (createDestinations), imported on the first download from it: that module
 * brings the AWS S3 SDK (~8 MiB of RSS), which a gateway whose links never name S3 does not need.
 */
export function createDownloadDestinations(config: DestinationConfig): Destinations {
  let remote: Promise<Destinations> | null = null;
  const loadRemote = (): Promise<Destinations> =>
    (remote ??= import('../destinations/createDestination.js').then(({ createDestinations }) =>
      createDestinations(config),
    ));
  const local = new LocalDestination(config.EXPORTS_DIR);
  const onDemand = new Map<ExportDestinationKind, Destination>();
  const get = (kind: ExportDestinationKind): Destination => {
    if (kind === 'LOCAL') return local;
    let destination = onDemand.get(kind);
    if (!destination) onDemand.set(kind, (destination = loadedOnDemand(kind, loadRemote)));
    return destination;
  };
  return {
    get,
    forJob: (job) => get(job.destination ?? 'LOCAL'),
    close: () => void remote?.then((destinations) => destinations.close()),
  };
}

/**
 * A destination of `kind` that loads on first use: the shared one, or, where this platform cannot
 * write that kind, one that holds no files (reads find nothing, so a download answers 404 as it
 * does for a missing destination) and fails to open with NOT_AVAILABLE.
 */
function loadedOnDemand(kind: ExportDestinationKind, load: () => Promise<Destinations>): Destination {
  let destination: Promise<Destination> | null = null;
  const loaded = (): Promise<Destination> =>
    (destination ??= load().then((destinations) =>
      destinations.forJob({ destination: kind, destinationPrefix: null }),
    ));
  return {
    kind,
    open: async (tenantId, exportId, extension) => (await loaded()).open(tenantId, exportId, extension),
    remove: async (tenantId, key) => (await loaded()).remove(tenantId, key),
    discardPartial: async (tenantId, exportId) => (await loaded()).discardPartial(tenantId, exportId),
    read: async (tenantId, key, withBody) => (await loaded()).read(tenantId, key, withBody),
    redirectUrl: async (request) => (await (await loaded()).redirectUrl?.(request)) ?? null,
  };
}
