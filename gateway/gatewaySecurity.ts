import type { Redis } from 'ioredis';
import type { AuditTrail } from '../lib/audit/AuditTrail.js';
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import { ApiKeyVerifier, PLATFORM_TENANT, ThreatStore } from '../subgraphs/security/gatewayApi.js';
import type { OperationHooks } from './engine/OperationRunner.js';
import { createJwtVerifier, type Authenticator } from './pipeline/authenticate.js';
import { useApiKeyAuth } from './plugins/useApiKeyAuth.js';
import { useBruteForce } from './plugins/useBruteForce.js';
import { useRateLimit } from './plugins/useRateLimit.js';

export interface GatewaySecurity {
  /** JWTs and API keys, behind brute-force protection. */
  readonly authenticate: Authenticator;
  /** Rate and cost limits: admission of every operation. */
  readonly rateLimit: OperationHooks;
  readonly apiKeys: ApiKeyVerifier;
  close(): Promise<void>;
}

/**
 * Wires authentication (JWT + API keys), brute-force protection and rate limits for the gateway.
 * Failed authentications and blocks are audited (login_failed / security_violation) in the tenant
 * the credential names, else the platform's own trail, and a block is a BRUTE_FORCE_ATTACK threat.
 */
export function createGatewaySecurity(options: {
  config: Config;
  redis: Redis;
  logger: Logger;
  audit: AuditTrail;
}): GatewaySecurity {
  const { config, redis, logger, audit } = options;
  const prefix = config.REDIS_KEY_PREFIX;
  const record = (what: Promise<unknown>) =>
    what.catch((error: unknown) => logger.warn({ err: error }, 'security record failed'));
  const apiKeys = new ApiKeyVerifier({
    redis,
    prefix,
    logger,
    touchFlushMs: config.API_KEY_USE_FLUSH_MS,
    // Every use of a key is attributable: one record per key per flush window, not per request.
    onUsage: (usage) =>
      void record(
        audit.append({
          tenantId: usage.tenantId,
          actor: `apikey:${usage.id}`,
          action: 'apiKey.use',
          eventType: 'api_key_used',
          resource: usage.id,
          outcome: 'SUCCESS',
          details: {
            requests: usage.requests,
            from: new Date(usage.firstAt).toISOString(),
            to: new Date(usage.lastAt).toISOString(),
          },
        }),
      ),
  });
  const threats = new ThreatStore(redis, prefix);

  const authenticate = useBruteForce(
    useApiKeyAuth({
      verifier: apiKeys,
      jwt: createJwtVerifier({
        jwtSecret: config.AUTH_JWT_SECRET,
        jwksUrl: config.AUTH_JWKS_URL,
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
      }),
    }),
    {
      redis,
      prefix,
      logger,
      failures: config.AUTH_BLOCK_FAILURES,
      windowSeconds: config.AUTH_BLOCK_WINDOW_SECONDS,
      blockSeconds: config.AUTH_BLOCK_SECONDS,
      onFailure: (failure) =>
        void record(
          audit.append({
            tenantId: failure.claimedTenant ?? PLATFORM_TENANT,
            actor: failure.credential ?? 'anonymous',
            action: 'auth.fail',
            eventType: 'login_failed',
            resource: null,
            outcome: 'FAILURE',
            details: { reason: failure.reason, clientIp: failure.ip, userAgent: failure.userAgent },
          }),
        ),
      onBlock: (block) => {
        const tenantId = block.claimedTenant ?? PLATFORM_TENANT;
        logger.warn({ blocked: block.blocked, failures: block.failures, tenantId }, 'authentication blocked');
        void record(
          audit.append({
            tenantId,
            actor: block.credential ?? 'anonymous',
            action: 'auth.block',
            eventType: 'security_violation',
            resource: block.blocked,
            outcome: 'FAILURE',
            details: {
              failures: block.failures,
              until: new Date(block.until).toISOString(),
              clientIp: block.ip,
              userAgent: block.userAgent,
            },
          }),
        );
        void record(
          threats.record({
            tenantId,
            type: 'BRUTE_FORCE_ATTACK',
            severity: 0.9,
            confidence: 0.9,
            principal: block.credential,
            clientIp: block.ip,
            evidence: {
              failures: block.failures,
              blocked: block.blocked,
              windowSeconds: config.AUTH_BLOCK_WINDOW_SECONDS,
            },
          }),
        );
      },
    },
  );

  const rateLimit = useRateLimit({
    redis,
    prefix,
    logger,
    principal: {
      points: config.RATE_LIMIT_PRINCIPAL_POINTS,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    },
    tenant: { points: config.RATE_LIMIT_TENANT_POINTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
    tenantOverrides: config.RATE_LIMIT_TENANT_OVERRIDES,
  });

  return {
    authenticate,
    rateLimit,
    apiKeys,
    close: async () => {
      authenticate.close();
      await apiKeys.close();
    },
  };
}
