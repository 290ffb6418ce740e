import { SignJWT } from 'jose';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { threatHarness, type Threat, type ThreatHarness } from '../support/threatHarness.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';
import {
  download,
  runToCompletion,
  temporaryExportsDir,
} from '../../subgraphs/exports/testing/exportTestKit.js';

/**
 * The threat detectors against the real platform: each fires on a scripted scenario and stays
 * quiet on normal use. Baseline windows are 2 s here (an hour in production) so a principal's
 * baseline learns in seconds.
 */
describe('threat detection', () => {
  let t: TestPlatform;
  let redis: Redis;
  let exportsDir: Awaited<ReturnType<typeof temporaryExportsDir>>;
  let admin: ThreatHarness['admin'];
  let threatsOf: ThreatHarness['threatsOf'];
  let drained: ThreatHarness['drained'];
  let call: ThreatHarness['call'];
  let steady: ThreatHarness['steady'];

  beforeAll(async () => {
    exportsDir = await temporaryExportsDir();
    t = await startTestPlatform({
      EXPORTS_DIR: exportsDir.dir,
      SECURITY_ACTIVITY_FLUSH_MS: '200',
      SECURITY_BASELINE_WINDOW_SECONDS: '2',
      SECURITY_BASELINE_MIN_WINDOWS: '2',
      SECURITY_MIN_REQUESTS_PER_WINDOW: '30',
      SECURITY_MIN_RECORDS_PER_WINDOW: '100',
      SECURITY_MIN_BYTES_PER_WINDOW: '100',
      SECURITY_CYCLE_SECONDS: '1',
      TRUSTED_PROXY_CIDRS: '127.0.0.1/32,::1/128',
    });
    redis = new Redis(t.config.REDIS_URL);
    ({ admin, threatsOf, drained, call, steady } = threatHarness(t, redis));
  });
  afterAll(async () => {
    redis.disconnect();
    await t?.close();
    await exportsDir?.remove();
  });

  it('stays quiet on steady use, then flags a request and read burst far above the principal’s baseline', async () => {
    const tenant = t.tenant('burst');
    const user = await t.token(tenant, ['events:read'], 'steady-user');
    const ws = wsClient(t.url, await admin(tenant));
    const stream = collect(
      ws,
      'subscription { securityEvents(types: [THREAT_DETECTED]) { type data threat { condition } } }',
    );
    await steady(user, 3, 3);
    await drained();
    expect(await threatsOf(tenant), 'steady use from one IP and user agent').toEqual([]);

    // 240 requests of ~50 objects each, most within one window: 40× the request baseline (more
    // than 30 in one 2 s window even where a loaded machine spreads them over several) and far
    // above the objects-read baseline.
    await Promise.all(Array.from({ length: 240 }, () => call(user, '{ eventTypes { name description } }')));
    // The detector's cycle runs beside the whole suite on 2 cores: it may take a while to come.
    let seen: string[] = [];
    await eventually(
      async () => {
        seen = (await threatsOf(tenant)).map((x) => x.condition);
        return seen.includes('request_rate') && seen.includes('read_volume');
      },
      30_000,
      'request_rate and read_volume threats',
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}; threats seen: ${seen.join(', ') || 'none'}`);
    });
    const threats = await threatsOf(tenant);
    const rate = threats.find((x) => x.condition === 'request_rate') as Threat;
    expect(rate).toMatchObject({ type: 'ANOMALOUS_BEHAVIOR', principal: 'steady-user', status: 'OPEN' });
    expect(rate.severity).toBeGreaterThanOrEqual(0.7);
    expect(rate.evidence).toMatchObject({ metric: 'requests', multiplier: 10 });
    expect(Number(rate.evidence.window)).toBeGreaterThan(30);
    const read = threats.find((x) => x.condition === 'read_volume') as Threat;
    expect(read).toMatchObject({ type: 'DATA_EXFILTRATION', severity: 0.95 });
    // Risk 76 ≥ 75: an incident was opened from it.
    expect(read.risk).toBe(76);
    expect(read.incidentId).toMatch(/^INC-\d{8}-\d{4}$/);
    await eventually(
      async () => {
        const trail = await t.gql<{
          auditEvents: { edges: Array<{ node: { action: string; resource: string } }> };
        }>(
          await t.token(tenant, ['audit:read']),
          '{ auditEvents(first: 50, filter: { actors: ["system:security"] }) { edges { node { action resource } } } }',
        );
        return (trail.body.data?.auditEvents.edges ?? []).some(
          (e) => e.node.action === 'securityIncident.open' && e.node.resource === read.incidentId,
        );
      },
      20_000,
      'the automatic incident in the audit trail',
    );

    // The burst goes on in the next flushes: the same open threats are updated, not duplicated.
    await Promise.all(Array.from({ length: 60 }, () => call(user, '{ eventTypes { name description } }')));
    await drained();
    const again = await threatsOf(tenant);
    expect(again.filter((x) => x.condition === 'request_rate')).toHaveLength(1);
    expect(again.filter((x) => x.condition === 'read_volume')).toHaveLength(1);

    // Both detections reached the tenant's security stream, once each. (The admin watching the
    // stream over a WebSocket without a user agent, then querying over HTTP, is itself "new user
    // agent" once learned: only the steady user's threats are compared.)
    await eventually(
      () => stream.results.filter((r) => JSON.stringify(r).includes('"principal":"steady-user"')).length >= 2,
      20_000,
      'the threats on the stream',
    );
    const streamed = stream.results
      .map(
        (r) =>
          (
            r.data as {
              securityEvents: {
                data: { condition: string; principal: string };
                threat: { condition: string };
              };
            }
          ).securityEvents,
      )
      .filter((e) => e.data.principal === 'steady-user');
    expect(streamed.map((e) => e.data.condition).sort()).toEqual(['read_volume', 'request_rate']);
    expect(streamed.every((e) => e.threat.condition === e.data.condition)).toBe(true);
    stream.stop();
    await ws.dispose();
  });

  it('flags a new client IP for a learned API key and suspends the key when the tenant asks for it', async () => {
    const tenant = t.tenant('newip');
    // A key carries only scopes its creator holds.
    const token = await t.token(tenant, ['security:admin', 'events:read'], 'sec-admin');
    const settings = await t.gql<{ updateSecuritySettings: { autoSuspendApiKeys: boolean } }>(
      token,
      'mutation { updateSecuritySettings(input: { autoSuspendApiKeys: true, autoSuspendMinSeverity: 0.7, autoSuspendSeconds: 600 }) { autoSuspendApiKeys autoSuspendMinSeverity } }',
    );
    expect(settings.body.data?.updateSecuritySettings.autoSuspendApiKeys).toBe(true);
    const created = await t.gql<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
      token,
      'mutation { createApiKey(input: { name: "partner", scopes: ["events:read"] }) { apiKey { id } secret } }',
    );
    const { apiKey, secret } = created.body.data?.createApiKey as { apiKey: { id: string }; secret: string };
    await steady(secret, 2, 2, { 'x-forwarded-for': '198.51.100.1' });
    await drained();
    expect(await threatsOf(tenant)).toEqual([]);

    expect(
      (await call(secret, '{ eventTypes { name } }', { 'x-forwarded-for': '203.0.113.77' })).status,
    ).toBe(200);
    await eventually(
      async () => (await threatsOf(tenant)).some((x) => x.condition === 'new_ip'),
      20_000,
      'new_ip',
    );
    const threat = (await threatsOf(tenant)).find((x) => x.condition === 'new_ip') as Threat;
    expect(threat).toMatchObject({
      type: 'ANOMALOUS_BEHAVIOR',
      principal: `apikey:${apiKey.id}`,
      clientIp: '203.0.113.77',
      evidence: { newIps: ['203.0.113.77'] },
    });
    expect(threat.response).toMatch(/^api_key_suspended until /);

    const refused = await eventually(
      async () => (await call(secret, '{ eventTypes { name } }')).status === 403,
      5_000,
      'the suspension to reach the gateway',
    ).then(() => call(secret, '{ eventTypes { name } }'));
    const body = (await refused.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'API_KEY_SUSPENDED' });
    const keys = await t.gql<{ apiKeys: Array<{ id: string; status: string; suspensionReason: string }> }>(
      token,
      '{ apiKeys { id status suspendedUntil suspensionReason } }',
    );
    expect(keys.body.data?.apiKeys.find((k) => k.id === apiKey.id)).toMatchObject({
      status: 'SUSPENDED',
      suspensionReason: `threat ${threat.id} (new_ip)`,
    });

    // Reversible: reinstating lets the key in again at once.
    const reinstated = await t.gql<{ reinstateApiKey: { status: string } }>(
      token,
      `mutation { reinstateApiKey(id: "${apiKey.id}") { status } }`,
    );
    expect(reinstated.body.data?.reinstateApiKey.status).toBe('ACTIVE');
    await eventually(
      async () => (await call(secret, '{ eventTypes { name } }')).status === 200,
      5_000,
      'reinstated',
    );
  });

  it('flags password spraying: 15 distinct subjects failing from one IP within 5 minutes', async () => {
    const tenant = t.tenant('spray');
    const wrongKey = new TextEncoder().encode('not-the-platform-secret-not-the-platform-secret');
    // Below the threshold stays quiet: 14 subjects from another IP, in another tenant.
    const below = t.tenant('spray-below');
    for (let i = 0; i < 14; i += 1) {
      const forged = await new SignJWT({ tenant_id: below, scope: 'graph:read' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(`user-${i}`)
        .setExpirationTime('5m')
        .sign(wrongKey);
      expect((await call(forged, '{ me { subject } }', { 'x-forwarded-for': '192.0.2.45' })).status).toBe(
        401,
      );
    }
    await drained();
    expect(await threatsOf(below)).toEqual([]);
    for (let i = 0; i < 16; i += 1) {
      const forged = await new SignJWT({ tenant_id: tenant, scope: 'graph:read' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(`victim-${i}`)
        .setExpirationTime('5m')
        .sign(wrongKey);
      expect((await call(forged, '{ me { subject } }', { 'x-forwarded-for': '192.0.2.44' })).status).toBe(
        401,
      );
    }
    await eventually(
      async () => (await threatsOf(tenant)).some((x) => x.condition === 'password_spray'),
      20_000,
      'password_spray',
    );
    const threat = (await threatsOf(tenant)).find((x) => x.condition === 'password_spray') as Threat;
    expect(threat).toMatchObject({
      type: 'BRUTE_FORCE_ATTACK',
      // Named by the IP's reference (an HMAC), never the address: only clientIp carries it.
      principal: expect.stringMatching(/^ip:[0-9a-f]{32}$/),
      clientIp: '192.0.2.44',
      evidence: { threshold: 15 },
    });
    expect(Number(threat.evidence.distinctSubjects)).toBeGreaterThanOrEqual(15);
    // The evidence names the audit records of the failures (login_failed), readable in the trail.
    const ids = threat.evidence.auditEventIds as string[];
    expect(ids.length).toBeGreaterThan(0);
    const audited = await t.gql<{ auditEvent: { eventType: string; outcome: string } }>(
      await t.token(tenant, ['audit:read']),
      `{ auditEvent(id: "${ids[0]}") { eventType outcome } }`,
    );
    expect(audited.body.data?.auditEvent).toMatchObject({ eventType: 'login_failed', outcome: 'FAILURE' });
    // The detection is in the tenant's trail, recorded by the security service.
    await eventually(
      async () => {
        const trail = await t.gql<{
          auditEvents: {
            edges: Array<{ node: { action: string; actor: { subject: string }; resource: string } }>;
          };
        }>(
          await t.token(tenant, ['audit:read']),
          '{ auditEvents(first: 100, filter: { actors: ["system:security"] }) { edges { node { action actor { subject } resource } } } }',
        );
        const actions =
          trail.body.data?.auditEvents.edges.map(
            (e) => `${e.node.action} ${e.node.actor.subject} ${e.node.resource}`,
          ) ?? [];
        return actions.includes(`securityThreat.detect system:security ${threat.id}`);
      },
      20_000,
      'the detection in the audit trail',
    );
    // Risk 77, but the tenant came from the forged tokens' own claim: anyone can name any tenant
    // there, so no incident is opened (nor a key suspended) by itself.
    expect(threat.evidence.tenantClaimed).toBe(true);
    expect(threat.incidentId).toBeNull();
    const incidents = await t.gql<{ securityIncidents: { totalCount: number } }>(
      await admin(tenant),
      '{ securityIncidents { totalCount } }',
    );
    expect(incidents.body.data?.securityIncidents.totalCount).toBe(0);
  });

  it('flags export volume above the tenant’s threshold and off-hours activity in its time zone', async () => {
    const tenant = t.tenant('exfil');
    const token = await admin(tenant);
    const hour = new Date().getUTCHours();
    const start = (hour + 1) % 24;
    const res = await t.gql(
      token,
      `mutation { updateSecuritySettings(input: { exportsPerHourThreshold: 3, detectOffHours: true, timeZone: "UTC", businessHoursStart: ${start}, businessHoursEnd: ${start + 1} }) { exportsPerHourThreshold } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const exporter = await t.token(tenant, ['exports:write', 'exports:read'], 'bulk-exporter');
    for (let i = 0; i < 3; i += 1) {
      const created = await t.gql<{ createExport: { id: string } }>(
        exporter,
        `mutation { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: "none-${i}" }) { id } }`,
      );
      expect(created.body.data?.createExport.id).toBeTruthy();
    }
    await eventually(
      async () => {
        const conditions = (await threatsOf(tenant)).map((x) => x.condition);
        return conditions.includes('export_volume') && conditions.includes('off_hours');
      },
      20_000,
      'export_volume and off_hours',
    );
    const threats = await threatsOf(tenant);
    expect(threats.find((x) => x.condition === 'export_volume')).toMatchObject({
      type: 'DATA_EXFILTRATION',
      principal: 'bulk-exporter',
      evidence: { exportsLastHour: 3, threshold: 3 },
    });
    expect(threats.find((x) => x.condition === 'off_hours')).toMatchObject({
      type: 'ANOMALOUS_BEHAVIOR',
      evidence: { hour, timeZone: 'UTC' },
    });
    // Filters: by type and status.
    const exfil = await threatsOf(tenant, { types: ['DATA_EXFILTRATION'], statuses: ['OPEN'] });
    expect(exfil.map((x) => x.condition)).toEqual(['export_volume']);
  });

  it('flags export downloads far above what the principal downloads normally', async () => {
    const tenant = t.tenant('download');
    const token = await t.token(tenant, ['exports:write', 'exports:read', 'events:read'], 'downloader');
    const job = await runToCompletion(t, token, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    // Learning: two windows of light use without downloads.
    await steady(token, 2, 1);
    await drained();
    expect(await threatsOf(tenant)).toEqual([]);
    const sizes: number[] = [];
    for (let i = 0; i < 5; i += 1) sizes.push((await download(t, job)).length);
    const fileSize = sizes[0] as number;
    expect(sizes).toEqual(Array(5).fill(fileSize));
    expect(fileSize * 5).toBeGreaterThan(100);
    await eventually(
      async () => (await threatsOf(tenant)).some((x) => x.condition === 'download_volume'),
      20_000,
      'download_volume',
    );
    const threat = (await threatsOf(tenant)).find((x) => x.condition === 'download_volume') as Threat;
    expect(threat).toMatchObject({
      type: 'DATA_EXFILTRATION',
      principal: 'downloader',
      evidence: { metric: 'bytesDownloaded', floor: 100 },
    });
    // The downloads may fall across two activity flushes: the window that fired counts whole
    // downloads, above the floor, and no more than were made.
    const window = Number(threat.evidence.window);
    expect(window % fileSize).toBe(0);
    expect(window).toBeGreaterThan(100);
    expect(window).toBeLessThanOrEqual(fileSize * 5);
  });

  it('keeps threats and settings inside their tenant', async () => {
    const a = t.tenant('burst');
    const b = t.tenant('wall');
    const [threat] = await threatsOf(a);
    expect(threat).toBeDefined();
    const tokenB = await admin(b);
    expect(await threatsOf(b)).toEqual([]);
    const read = await t.gql<{ securityThreat: unknown }>(
      tokenB,
      `{ securityThreat(id: "${threat?.id}") { id } }`,
    );
    expect(read.body.data?.securityThreat).toBeNull();
    const change = await t.gql(
      tokenB,
      `mutation { updateSecurityThreat(id: "${threat?.id}", status: DISMISSED) { id } }`,
    );
    expect(change.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const settings = await t.gql<{ securitySettings: { exportsPerHourThreshold: number } }>(
      tokenB,
      '{ securitySettings { exportsPerHourThreshold } }',
    );
    expect(settings.body.data?.securitySettings.exportsPerHourThreshold).toBe(100);
  });
});
