import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExportFixture, type ExportFixture } from '../support/exportFixture.js';
import { eventually } from '../support/wsClient.js';

// The example partner app (examples/partner-app), built to dist by `npm run build:client` (npm
// test does it first), run as partners run it: a Node process with an API key and nothing else.
const CLI = path.resolve('examples/partner-app/dist/cli.js');

let f: ExportFixture;
let apiKey: string;
let scratch: string;
const running = new Set<ChildProcess>();

interface Run {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', PLATFORM_URL: f.t.url, PLATFORM_API_KEY: apiKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const result: Run = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) =>
      child.once('exit', (code) => {
        running.delete(child);
        resolve(code);
      }),
    ),
  };
  child.stdout?.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

/** Publishes event `n`; its cursor is what a follower saves once it has handled it. */
async function publish(n: number): Promise<string> {
  const res = await f.t.gql<{ publishEvent: { cursor: string } }>(
    f.tokenA,
    'mutation($input: PublishEventInput!) { publishEvent(input: $input) { cursor } }',
    { input: { type: 'document.processed', data: { documentId: `doc-${n}`, n } } },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.publishEvent.cursor as string;
}

const numbers = (out: string) =>
  [...out.matchAll(/document\.processed \{"documentId":"doc-\d+","n":(\d+)\}/g)].map((m) => Number(m[1]));

beforeAll(async () => {
  f = await startExportFixture();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'partner-app-'));
  const created = await f.t.gql<{ createApiKey: { secret: string } }>(
    f.tokenA,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    {
      input: {
        name: 'partner app',
        scopes: ['graph:read', 'exports:read', 'exports:write', 'events:read', 'observability:read'],
      },
    },
  );
  apiKey = created.body.data?.createApiKey.secret as string;
}, 120_000);

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await rm(scratch, { recursive: true, force: true });
  await f?.close();
});

describe('example partner app (examples/partner-app)', () => {
  it('lists packages and documents', async () => {
    const expected = await f.t.gql<{
      documentPackages: Array<{ packageId: string; documents: Array<{ documentId: string }> }>;
    }>(f.tokenA, '{ documentPackages(limit: 20) { packageId documents { documentId } } }');
    const list = run(['packages']);
    expect(await list.exited).toBe(0);
    const packages = expected.body.data?.documentPackages ?? [];
    expect(packages.length).toBeGreaterThanOrEqual(2);
    for (const pkg of packages) {
      expect(list.stdout).toContain(`${pkg.packageId}  `);
      for (const doc of pkg.documents) expect(list.stdout).toContain(`  - ${doc.documentId}  `);
    }
    // The neighbour tenant's packages are not this key's to see.
    expect(list.stdout).not.toContain(f.tenantB);
    expect(list.stderr).toBe('');
  }, 60_000);

  it('exports a package with progress, downloads it and checks its sha256', async () => {
    const packages = await f.t.gql<{ documentPackages: Array<{ packageId: string }> }>(
      f.tokenA,
      '{ documentPackages(limit: 1, sort: [{ name: ASC }]) { packageId } }',
    );
    const packageId = packages.body.data?.documentPackages[0]?.packageId as string;
    const exported = run(['export', '--package', packageId, '--format', 'JSON', '--out', 'files']);
    expect(await exported.exited, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/\[#+\] 100% COMPLETED/);
    const saved = /saved (\S+) \((\d+) bytes, sha256 ([0-9a-f]{64}) verified\)/.exec(exported.stdout);
    expect(saved).not.toBeNull();
    const file = await readFile(path.join(scratch, saved?.[1] as string));
    expect(file.length).toBe(Number(saved?.[2]));
    expect(createHash('sha256').update(file).digest('hex')).toBe(saved?.[3]);
    expect(file.toString('utf8')).toContain(packageId);
    expect(await readdir(path.join(scratch, 'files'))).toHaveLength(1);
  }, 120_000);

  it('follows alerts as they change', async () => {
    const follower = run(['follow', '--types', 'document.processed', '--state', 'alerts-state.json']);
    await eventually(() => follower.stdout.includes('following from now'), 20_000, 'the follower to start');
    const post = () =>
      fetch(f.t.url.replace(/\/graphql$/, '/alerts/alertmanager'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${f.tokenA}` },
        body: JSON.stringify({
          version: '4',
          status: 'firing',
          alerts: [
            {
              status: 'firing',
              labels: { alertname: 'QueueBacklog', severity: 'warning' },
              annotations: { summary: 'Export queue backlog' },
              startsAt: new Date().toISOString(),
              fingerprint: `f${Date.now().toString(16)}`,
            },
          ],
        }),
      });
    // Until its subscription is live the follower may miss one: post until it prints.
    await eventually(
      async () => {
        expect((await post()).status).toBe(200);
        return follower.stdout.includes('ALERT FIRING WARNING Export queue backlog');
      },
      20_000,
      'the alert on the follower',
    );
    follower.child.kill('SIGTERM');
    await follower.exited;
  }, 60_000);

  it('follows events, and resumes after being killed with nothing lost or repeated', async () => {
    const first = run(['follow', '--types', 'document.processed', '--state', 'state.json']);
    await eventually(() => first.stdout.includes('following from now'), 20_000, 'the follower to start');
    // Until the subscription is live, publishing may race it: publish until one arrives.
    let n = 0;
    await eventually(
      async () => {
        n += 1;
        await publish(n);
        return numbers(first.stdout).length > 0;
      },
      20_000,
      'the first event',
    );
    const start = (numbers(first.stdout)[0] as number) + 1;
    let lastCursor = '';
    for (let i = n + 1; i <= n + 5; i += 1) lastCursor = await publish(i);
    n += 5;
    await eventually(() => numbers(first.stdout).includes(n), 10_000, 'live events');
    // Killed once it has handled (and saved) the last event: nothing in flight.
    await eventually(
      async () => (await readFile(path.join(scratch, 'state.json'), 'utf8')).includes(lastCursor),
      10_000,
      'the cursor to be saved',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    // While it is dead, more events happen.
    for (let i = n + 1; i <= n + 5; i += 1) await publish(i);
    n += 5;

    const second = run(['follow', '--types', 'document.processed', '--state', 'state.json', '--max', '5']);
    expect(await second.exited, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^resuming after \S+/);
    const all = [...numbers(first.stdout), ...numbers(second.stdout)];
    expect(second.stderr).not.toContain('alerts not followed');
    const fromStart = all.slice(all.indexOf(start));
    expect(fromStart).toEqual(Array.from({ length: n - start + 1 }, (_, i) => start + i));
  }, 120_000);
});
