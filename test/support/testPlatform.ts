import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { SCOPES } from '../../lib/scopes.js';
import { startPlatform, type Platform } from '../../runtime/startPlatform.js';
import { freePort, startPlatformProcess, type PlatformProcess } from './processes.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export interface TestPlatform {
  platform: Platform;
  config: Config;
  url: string;
  /** Unique per platform, so concurrent test files never share data. */
  tenant(name: string): string;
  token(tenantId: string, scopes?: readonly string[], subject?: string, ttlSeconds?: number): Promise<string>;
  gql<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /**
   * Another gateway, as its own OS process, over this platform's subgraphs, Redis prefix and
   * secrets (and `env` on top): what a second replica behind a load balancer would be.
   */
  secondGateway(
    env?: Record<string, string>,
    port?: number,
  ): Promise<PlatformProcess & { url: string; port: number }>;
  /** A worker role (`main.ts worker <role>`) as its own OS process joined to this platform. */
  workerProcess(role: string, env?: Record<string, string>): Promise<PlatformProcess & { port: number }>;
  close(): Promise<void>;
}

/**
 * Limits high enough that no suite trips over them by accident: the suites that test rate
 * limits and brute-force blocks set their own.
 */
const TEST_DEFAULTS: Record<string, string> = {
  RATE_LIMIT_PRINCIPAL_POINTS: '1000000000',
  RATE_LIMIT_TENANT_POINTS: '1000000000',
  AUTH_BLOCK_FAILURES: '1000000',
};

/** What another process needs to join a test platform: its secrets, Redis prefix and services. */
export function sharedEnv(config: Config): Record<string, string> {
  return {
    AUTH_JWT_SECRET: config.AUTH_JWT_SECRET as string,
    INTERNAL_SIGNING_KEY: config.INTERNAL_SIGNING_KEY,
    SECRETS_ENCRYPTION_KEYS: config.SECRETS_ENCRYPTION_KEYS.map(
      (k) => `${k.id}:${k.key.toString('base64')}`,
    ).join(','),
    REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
    REDIS_URL: config.REDIS_URL,
    REDIS_CLUSTER_NODES: config.REDIS_CLUSTER_NODES.map((n) => `${n.host}:${n.port}`).join(','),
    NEO4J_URI: config.NEO4J_URI,
  };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    SECRETS_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString('base64')}`,
    REDIS_KEY_PREFIX: `test:${randomUUID().slice(0, 8)}:`,
    ...TEST_DEFAULTS,
    ...overrides,
  });
}

/** A whole platform (six subgraphs + gateway) on free loopback ports, against real Redis and Neo4j. */
export async function startTestPlatform(
  overrides: Record<string, string> = {},
  options: { workers?: readonly string[] } = {},
): Promise<TestPlatform> {
  const config = testConfig(overrides);
  const processes: PlatformProcess[] = [];
  const platform = await startPlatform(config, {
    ephemeralPorts: true,
    ...(options.workers ? { workers: options.workers } : {}),
  });
  const run = randomUUID().slice(0, 8);
  const url = platform.gateway.url;
  return {
    platform,
    config,
    url,
    tenant: (name) => `${name}-${run}`,
    token: (tenantId, scopes = SCOPES, subject = 'user-1', ttlSeconds = 600) =>
      mintToken(config.AUTH_JWT_SECRET as string, { subject, tenantId, scopes, ttlSeconds }),
    gql: async <T>(token: string | null, query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
    },
    secondGateway: async (env = {}, fixedPort?: number) => {
      const port = fixedPort ?? (await freePort());
      const gateway = await startPlatformProcess(
        ['gateway'],
        {
          ...TEST_DEFAULTS,
          ...overrides,
          ...sharedEnv(config),
          GATEWAY_PORT: String(port),
          SUBGRAPH_URLS: platform.subgraphs.map((s) => `${s.name}=${s.url}`).join(','),
          ...env,
        },
        `http://127.0.0.1:${port}/healthz`,
      );
      processes.push(gateway);
      return { ...gateway, port, url: `http://127.0.0.1:${port}/graphql` };
    },
    workerProcess: async (role, env = {}) => {
      const port = await freePort();
      const worker = await startPlatformProcess(
        ['worker', role],
        { ...TEST_DEFAULTS, ...overrides, ...sharedEnv(config), WORKER_HTTP_PORT: String(port), ...env },
        `http://127.0.0.1:${port}/healthz`,
      );
      processes.push(worker);
      return { ...worker, port };
    },
    close: async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await platform.close();
    },
  };
}
