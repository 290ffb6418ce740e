import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { eventually } from './wsClient.js';

const TOOL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'tools', 's3-server');
const REQUIREMENTS = path.join(TOOL, 'requirements.txt');
const VENV = path.join(TOOL, '.venv');
const MARKER = 'requirements.sha256';

/** A real S3-compatible HTTP server on loopback (moto), with one fresh bucket. */
export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** A client of the test's own, to look into the bucket behind the platform's back. */
  client: S3Client;
  /** The EXPORTS_S3_* variables that point a platform at this bucket. */
  env: Record<string, string>;
  close(): Promise<void>;
}

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr.slice(-2000)}`,
    );
  }
}

function installed(venv: string, digest: string): boolean {
  const marker = path.join(venv, MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8') === digest;
}

/**
 * Installs tools/s3-server/requirements.txt (exact versions from PyPI) into tools/s3-server/.venv
 * once, and again when the file changes. Built aside and renamed into place, so test files that
 * start at the same moment never see a half-made environment. Needs python3 with venv.
 */
function ensureMoto(): string {
  const digest = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  const python = path.join(VENV, 'bin', 'python');
  if (installed(VENV, digest)) return python;
  const staging = `${VENV}-${randomUUID().slice(0, 8)}`;
  try {
    run('python3', ['-m', 'venv', staging]);
    run(path.join(staging, 'bin', 'python'), [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '-r',
      REQUIREMENTS,
    ]);
    writeFileSync(path.join(staging, MARKER), digest);
    if (existsSync(VENV) && !installed(VENV, digest)) rmSync(VENV, { recursive: true, force: true });
    try {
      renameSync(staging, VENV);
    } catch (error) {
      // Another test file finished the same install first: use theirs.
      if (!installed(VENV, digest)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return python;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** Starts moto's S3 server on a free loopback port and creates a bucket in it. */
export async function startS3Server(): Promise<S3TestServer> {
  // `python -m` rather than the venv's scripts: their shebangs name the staging path.
  const python = ensureMoto();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const stop = async (): Promise<void> => {
    if (exited) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  };
  try {
    await eventually(
      async () => {
        if (exited) throw new Error('the S3 test server (moto) exited while starting');
        return answers(endpoint);
      },
      30_000,
      'the S3 test server to answer',
    );
    const credentials = { accessKeyId: 'test-key', secretAccessKey: 'test-secret' };
    const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    const bucket = `kg-exports-${randomUUID().slice(0, 8)}`;
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    return {
      endpoint,
      bucket,
      client,
      env: {
        EXPORTS_S3_ENDPOINT: endpoint,
        EXPORTS_S3_REGION: 'us-east-1',
        EXPORTS_S3_BUCKET: bucket,
        EXPORTS_S3_ACCESS_KEY_ID: credentials.accessKeyId,
        EXPORTS_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      },
      close: async () => {
        client.destroy();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
