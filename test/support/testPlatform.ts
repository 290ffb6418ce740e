import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { SCOPES } from '../../lib/scopes.js';
import { startPlatform, type Platform } from '../../runtime/startPlatform.js';

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
  close(): Promise<void>;
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
    ...overrides,
  });
}

/** A whole platform (six subgraphs + gateway) on free loopback ports, against real Redis and Neo4j. */
export async function startTestPlatform(overrides: Record<string, string> = {}): Promise<TestPlatform> {
  const config = testConfig(overrides);
  const platform = await startPlatform(config, { ephemeralPorts: true });
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
    close: () => platform.close(),
  };
}
