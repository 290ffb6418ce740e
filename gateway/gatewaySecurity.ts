import type { RedisClient } from '../lib/redis.js';
import type { AuditTrail } from '../subgraphs/audit/auditApi.js';
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import { PLATFORM_TENANT } from '../lib/principal.js';
import { ActivityReporter } from '../lib/security/activity.js';
import { clientIpReference, dataSubjectOf } from '../lib/security/clientIpReference.js';
import { ApiKeyVerifier } from '../subgraphs/security/gatewayApi.js';
import type { OperationHooks } from './engine/OperationRunner.js';
import { createJwtVerifier, type Authenticator } from './pipeline/authenticate.js';
import { useApiKeyAuth } from './plugins/useApiKeyAuth.js';
import { useBruteForce } from './plugins/useBruteForce.js';
import { useRateLimit } from './plugins/useRateLimit.js';
import { useSyntheticAuth } from './plugins/useSyntheticAuth.js';

export interface GatewaySecurity {
  /** JWTs, API keys and synthetic checks' credentials, behind brute-force protection. */
  readonly authenticate: Authenticator;
  /** Rate and cost limits: admission of every operation. */
  readonly rateLimit: OperationHooks;
  readonly apiKeys: ApiKeyVerifier;
  /** What principals do, coalesced for the threat detectors (requests, failures, blocks, downloads). */
  readonly activity: ActivityReporter;
  close(): Promise<void>;
}

/**
 * Wires authentication (JWT + API keys), brute-force protection and rate limits for the gateway.
 * Failed authentications and blocks are audited (login_failed / security_violation) in the tenant
 * the credential names, else the platform's own trail; failures and blocks are reported to the threat
 * detectors (the security worker), which turn a block or a password spray into a threat.
 */
export function createGatewaySecurity(options: {
  config: Config;
  redis: RedisClient;
  logger: Logger;
  audit: AuditTrail;
}): GatewaySecurity {
  const { config, redis, logger, audit } = options;
  const prefix = config.REDIS_KEY_PREFIX;
  const record = (what: Promise<unknown>) =>
    what.catch((error: unknown) => logger.warn({ err: error }, 'security record failed'));
  // The address each key was last used from: the key-use record's origin (PCI DSS 10.2.2.5).
  const lastKeyOrigin = new Map<string, { ip: string; userAgent: string | null }>();
  const apiKeys = new ApiKeyVerifier({
    redis,
    prefix,
    logger,
    touchFlushMs: config.API_KEY_USE_FLUSH_MS,
    // Every use of a key is attributable: one record per key per flush window, not per request.
    onUsage: (usage) => {
      const origin = lastKeyOrigin.get(usage.id);
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
            ...(origin ? { clientIp: origin.ip, userAgent: origin.userAgent } : {}),
          },
        }),
      );
    },
  });
  const noteKeyOrigin = (keyId: string, origin: { ip: string; userAgent: string | null }) => {
    // Bounded like the verifier's cache; a key used again is noted again before its next flush.
    if (lastKeyOrigin.size >= 10_000 && !lastKeyOrigin.has(keyId)) lastKeyOrigin.clear();
    lastKeyOrigin.set(keyId, { ip: origin.ip, userAgent: origin.userAgent });
  };
  const idOf = (entry: { id: string }) => entry.id;
  const unrecorded = (error: unknown) => {
    logger.warn({ err: error }, 'security record failed');
    return null;
  };
  const activity = new ActivityReporter({
    redis,
    prefix,
    logger,
    flushMs: config.SECURITY_ACTIVITY_FLUSH_MS,
  });

  const authenticate = useBruteForce(
    // Synthetic checks' per-run credentials (the monitor mints them), then API keys and JWTs.
    useSyntheticAuth(
      useApiKeyAuth({
        verifier: apiKeys,
        onAccepted: noteKeyOrigin,
        jwt: createJwtVerifier({
          jwtSecret: config.AUTH_JWT_SECRET,
          jwksUrl: config.AUTH_JWKS_URL,
          issuer: config.AUTH_ISSUER,
          audience: config.AUTH_AUDIENCE,
        }),
      }),
      { internalKey: config.INTERNAL_SIGNING_KEY },
    ),
    {
      redis,
      prefix,
      logger,
      failures: config.AUTH_BLOCK_FAILURES,
      windowSeconds: config.AUTH_BLOCK_WINDOW_SECONDS,
      blockSeconds: config.AUTH_BLOCK_SECONDS,
      ipReference: clientIpReference(config.INTERNAL_SIGNING_KEY),
      // The address and agent are sealed personal fields, under the key of the person the
      // credential claims to be (erased with them); `resource` is the IP's reference at most.
      onFailure: (failure) => {
        // Reported once audited, so the detectors' evidence names the audit records.
        void audit
          .append({
            tenantId: failure.claimedTenant ?? PLATFORM_TENANT,
            actor: failure.credential ?? 'anonymous',
            ...(failure.credential ? { subject: dataSubjectOf(failure.credential) } : {}),
            action: 'auth.fail',
            eventType: 'login_failed',
            resource: null,
            outcome: 'FAILURE',
            details: { reason: failure.reason, clientIp: failure.ip, userAgent: failure.userAgent },
          })
          .then(idOf, unrecorded)
          .then((auditEventId) =>
            activity.authFailure({
              ip: failure.ip,
              ipRef: failure.ipRef,
              credential: failure.credential,
              tenantId: failure.claimedTenant,
              userAgent: failure.userAgent,
              auditEventId,
            }),
          );
      },
      onBlock: (block) => {
        const tenantId = block.claimedTenant ?? PLATFORM_TENANT;
        logger.warn({ blocked: block.blocked, failures: block.failures, tenantId }, 'authentication blocked');
        void audit
          .append({
            tenantId,
            actor: block.credential ?? 'anonymous',
            ...(block.credential ? { subject: dataSubjectOf(block.credential) } : {}),
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
          })
          .then(idOf, unrecorded)
          .then((auditEventId) => {
            activity.authBlock({
              tenantId,
              blocked: block.blocked,
              credential: block.credential,
              ip: block.ip,
              ipRef: block.ipRef,
              userAgent: block.userAgent,
              failures: block.failures,
              windowSeconds: config.AUTH_BLOCK_WINDOW_SECONDS,
              until: block.until,
              at: Date.now(),
              auditEventId,
            });
            // A block is urgent: the detectors see it now, not at the next flush.
            return activity.flush();
          });
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
    activity,
    close: async () => {
      authenticate.close();
      await apiKeys.close();
      await activity.close();
    },
  };
}
