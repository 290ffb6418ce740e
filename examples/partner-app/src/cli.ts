#!/usr/bin/env node
// An example partner app: everything it does goes through @kg-platform/client and an API key.
//
//   PLATFORM_URL=http://127.0.0.1:4000/graphql PLATFORM_API_KEY=kgk_… partner-app <command>
//
//   packages [--limit N]                      packages and their documents
//   export --package ID [--format F] [--out DIR]
//                                             start an export, show its progress, download the
//                                             file and check its sha256
//   follow [--types a,b] [--state FILE] [--max N]
//                                             print events and alerts as they happen; the cursor
//                                             is saved after each one, so a killed follower picks
//                                             up exactly where it stopped
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AlertsStreamDocument,
  CreateExportDocument,
  EventsDocument,
  ExportJobUpdatedDocument,
  isPlatformError,
  PackagesDocument,
  createPlatformClient,
  type ExportFormat,
  type PlatformClient,
} from '@kg-platform/client';

/** Platform health transitions reach partners as this event type, beside whatever they follow. */
const HEALTH_EVENT_TYPES = ['system.health_alert'];

function connect(): PlatformClient {
  const apiKey = process.env.PLATFORM_API_KEY;
  if (!apiKey) throw new Error('Set PLATFORM_API_KEY to an API key (createApiKey)');
  return createPlatformClient({
    url: process.env.PLATFORM_URL ?? 'http://127.0.0.1:4000/graphql',
    apiKey,
    transport: process.env.PLATFORM_TRANSPORT === 'sse' ? 'sse' : 'auto',
  });
}

async function packages(client: PlatformClient, limit: number): Promise<void> {
  const { documentPackages } = await client.query(PackagesDocument, { limit });
  for (const pkg of documentPackages) {
    console.log(`${pkg.packageId}  ${pkg.name}  [${pkg.status ?? 'unknown'}]`);
    for (const doc of pkg.documents) {
      console.log(
        `  - ${doc.documentId}  ${doc.title}  (${doc.documentType ?? 'document'}, ${doc.pageCount ?? '?'} pages)`,
      );
    }
  }
  if (documentPackages.length === 0) console.log('No packages in this tenant yet.');
}

function bar(percent: number): string {
  const width = 30;
  const filled = Math.round((percent / 100) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent.toFixed(0).padStart(3)}%`;
}

async function exportPackage(
  client: PlatformClient,
  packageId: string,
  format: ExportFormat,
  outDir: string,
) {
  const { createExport } = await client.mutate(CreateExportDocument, {
    input: { type: 'DOCUMENT_PACKAGE', format, packageId },
  });
  console.log(`export ${createExport.id} ${createExport.status}`);
  const final = await new Promise<typeof createExport>((resolve, reject) => {
    let last = createExport;
    client.subscribe(
      ExportJobUpdatedDocument,
      { id: createExport.id },
      {
        next: ({ exportJobUpdated: job }) => {
          last = job;
          const percent = job.progress.percent ?? (job.status === 'COMPLETED' ? 100 : 0);
          process.stdout.write(`\r${bar(percent)} ${job.status.padEnd(10)}`);
        },
        error: reject,
        complete: () => {
          process.stdout.write('\n');
          resolve(last);
        },
      },
    );
  });
  if (final.status !== 'COMPLETED' || !final.downloadUrl) {
    throw new Error(
      `export ended ${final.status}: ${final.error?.code ?? ''} ${final.error?.message ?? ''}`.trim(),
    );
  }
  const response = await fetch(client.resolveUrl(final.downloadUrl));
  if (!response.ok) throw new Error(`download answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const digest = createHash('sha256').update(body).digest('hex');
  if (final.sha256 && digest !== final.sha256) {
    throw new Error(`sha256 mismatch: the platform said ${final.sha256}, the file is ${digest}`);
  }
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${final.id}.${format.toLowerCase()}`);
  await writeFile(file, body);
  console.log(`saved ${file} (${body.length} bytes, sha256 ${digest} verified)`);
}

interface FollowState {
  events: string | null;
  alerts: string | null;
}

async function readState(stateFile: string): Promise<FollowState> {
  try {
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as Partial<
      Record<keyof FollowState, unknown>
    >;
    return {
      events: typeof state.events === 'string' ? state.events : null,
      alerts: typeof state.alerts === 'string' ? state.alerts : null,
    };
  } catch {
    return { events: null, alerts: null };
  }
}

/** Saved atomically (write, then rename) once an event is handled: a restart resumes right after. */
function saveState(stateFile: string, state: FollowState): void {
  writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
  renameSync(`${stateFile}.tmp`, stateFile);
}

async function follow(client: PlatformClient, types: string[], stateFile: string, max: number) {
  const state = await readState(stateFile);
  console.log(state.events ? `resuming after ${state.events}` : 'following from now');
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    const subscriptions: Array<{ unsubscribe(): void }> = [];
    const stop = () => {
      for (const s of subscriptions) s.unsubscribe();
      resolve();
    };
    const counted = () => {
      seen += 1;
      if (seen >= max) stop();
    };
    subscriptions.push(
      client.subscribe(
        EventsDocument,
        { types: [...types, ...HEALTH_EVENT_TYPES] },
        {
          next: ({ events: event }) => {
            const kind = HEALTH_EVENT_TYPES.includes(event.type) ? 'HEALTH' : 'event';
            console.log(`${kind} ${event.occurredAt} ${event.type} ${JSON.stringify(event.data)}`);
            state.events = event.cursor;
            saveState(stateFile, state);
            counted();
          },
          error: reject,
          complete: stop,
          reconnecting: ({ attempt, cursor }) =>
            console.error(`reconnecting (attempt ${attempt}) from ${cursor ?? 'now'}`),
        },
        { since: state.events },
      ),
    );
    subscriptions.push(
      client.subscribe(
        AlertsStreamDocument,
        {},
        {
          next: ({ alerts: alert }) => {
            console.log(
              `ALERT ${alert.state} ${alert.severity} ${alert.summary}${alert.acknowledgedAt ? ' (acknowledged)' : ''}`,
            );
            state.alerts = alert.cursor ?? state.alerts;
            saveState(stateFile, state);
          },
          // A key without observability:read still follows events.
          error: (error) => console.error(`alerts not followed: ${error.code} ${error.message}`),
        },
        { since: state.alerts },
      ),
    );
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string', default: '20' },
      package: { type: 'string' },
      format: { type: 'string', default: 'JSON' },
      out: { type: 'string', default: 'exports' },
      types: { type: 'string', default: '' },
      state: { type: 'string', default: '.partner-app-state.json' },
      max: { type: 'string', default: String(Number.MAX_SAFE_INTEGER) },
    },
  });
  const client = connect();
  try {
    switch (positionals[0]) {
      case 'packages':
        return await packages(client, Number(values.limit));
      case 'export':
        if (!values.package) throw new Error('export needs --package <packageId>');
        return await exportPackage(client, values.package, values.format as ExportFormat, values.out);
      case 'follow':
        return await follow(
          client,
          values.types.split(',').filter(Boolean),
          values.state,
          Number(values.max),
        );
      default:
        console.log('usage: partner-app packages | export --package ID | follow [--types a,b]');
        process.exitCode = 2;
    }
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  if (isPlatformError(error)) {
    console.error(`${error.code}: ${error.message} (request ${error.requestId ?? 'n/a'})`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
