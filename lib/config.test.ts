import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadStorageConfig } from './config.js';

const valid = {
  AUTH_JWT_SECRET: 's'.repeat(40),
  INTERNAL_SIGNING_KEY: 'i'.repeat(40),
  SECRETS_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
};

describe('loadConfig', () => {
  it('fills documented defaults', () => {
    const config = loadConfig(valid);
    expect(config.GATEWAY_PORT).toBe(4000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.ENABLE_INTROSPECTION).toBe(true);
    expect(config.MASK_ERRORS).toBe(false);
  });

  it('turns introspection off and masking on in production', () => {
    const config = loadConfig({ ...valid, NODE_ENV: 'production' });
    expect(config.ENABLE_INTROSPECTION).toBe(false);
    expect(config.MASK_ERRORS).toBe(true);
  });

  it('names the bad variable and shows a valid example', () => {
    expect(() => loadConfig({ ...valid, INTERNAL_SIGNING_KEY: 'short' })).toThrow(
      /INTERNAL_SIGNING_KEY: must be at least 32 characters/,
    );
    expect(() => loadConfig({ ...valid, REDIS_URL: 'nope' })).toThrow(
      /REDIS_URL: .*example: REDIS_URL=redis:\/\/127\.0\.0\.1:6379/,
    );
    expect(() => loadConfig({ ...valid, AUTH_JWT_SECRET: undefined })).toThrow(
      /AUTH_JWT_SECRET: set AUTH_JWT_SECRET/,
    );
    expect(() => loadConfig({ ...valid, SECRETS_ENCRYPTION_KEYS: 'k1:abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...valid, SUBGRAPH_URLS: 'nosuch=http://x/graphql' })).toThrow(/SUBGRAPH_URLS/);
  });

  it('keeps audit segments in S3 apart from the exports', () => {
    expect(loadConfig(valid).AUDIT_SEGMENTS_STORE).toBe('LOCAL');
    expect(() => loadConfig({ ...valid, AUDIT_SEGMENTS_STORE: 'S3' })).toThrow(
      /AUDIT_SEGMENTS_S3_BUCKET: AUDIT_SEGMENTS_STORE=S3 needs a bucket.*example: AUDIT_SEGMENTS_S3_BUCKET=kg-audit/,
    );
    const shared = { ...valid, AUDIT_SEGMENTS_STORE: 'S3', EXPORTS_S3_BUCKET: 'kg-exports' };
    expect(loadConfig(shared)).toMatchObject({
      AUDIT_SEGMENTS_S3_PREFIX: 'audit-segments/',
      EXPORTS_S3_PREFIX: 'exports/',
    });
    expect(() => loadConfig({ ...shared, AUDIT_SEGMENTS_S3_PREFIX: 'exports/audit/' })).toThrow(
      /AUDIT_SEGMENTS_S3_PREFIX: overlaps EXPORTS_S3_PREFIX/,
    );
    expect(() => loadConfig({ ...shared, EXPORTS_S3_PREFIX: 'audit' })).toThrow(/AUDIT_SEGMENTS_S3_PREFIX/);
    expect(
      loadConfig({ ...shared, EXPORTS_S3_PREFIX: 'audit', AUDIT_SEGMENTS_S3_BUCKET: 'kg-audit' })
        .AUDIT_SEGMENTS_S3_BUCKET,
    ).toBe('kg-audit');
  });
});

describe('loadStorageConfig', () => {
  it("needs none of the services' secrets and fills the same defaults", () => {
    const config = loadStorageConfig({});
    expect(config.NEO4J_URI).toBe('bolt://127.0.0.1:7687');
    expect(config.NEO4J_DATABASE).toBe('neo4j');
    expect(config.REDIS_KEY_PREFIX).toBe('kg:');
    expect(config.EVENTS_RETENTION).toBe(100_000);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('names the bad variable and shows a valid example', () => {
    expect(() => loadStorageConfig({ NEO4J_URI: 'http://x' })).toThrow(
      /NEO4J_URI: .*example: NEO4J_URI=bolt:\/\/127\.0\.0\.1:7687/,
    );
    expect(() => loadStorageConfig({ EVENTS_RETENTION: '-1' })).toThrow(ConfigError);
  });
});
