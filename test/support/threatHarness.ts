import { Redis } from 'ioredis';
import { expect } from 'vitest';
import { activityStreamKey } from '../../lib/security/activity.js';
import type { TestPlatform } from './testPlatform.js';
import { eventually } from './wsClient.js';

// What test/e2e/securityThreats.e2e.ts drives the threat detectors with: reading a tenant's
// threats, waiting until the detectors have handled every request sent, steady baseline traffic.

export interface Threat {
  id: string;
  type: string;
  condition: string;
  severity: number;
  risk: number;
  principal: string | null;
  clientIp: string | null;
  evidence: Record<string, unknown>;
  occurrences: number;
  status: string;
  incidentId: string | null;
  response: string | null;
}

const THREATS = `query($filter: SecurityThreatFilter) {
  securityThreats(filter: $filter, first: 100) {
    totalCount hasNextPage endCursor
    edges { cursor node { id type condition severity risk principal clientIp evidence occurrences status incidentId response } }
  }
}`;

export interface ThreatHarness {
  admin(tenant: string): Promise<string>;
  threatsOf(tenant: string, filter?: Record<string, unknown>): Promise<Threat[]>;
  drained(): Promise<void>;
  call(token: string, query: string, headers?: Record<string, string>): Promise<Response>;
  steady(token: string, windows: number, perWindow: number, headers?: Record<string, string>): Promise<void>;
}

export function threatHarness(t: TestPlatform, redis: Redis): ThreatHarness {
  const admin = (tenant: string) => t.token(tenant, ['security:admin'], 'sec-admin');
  const threatsOf = async (tenant: string, filter: Record<string, unknown> = {}): Promise<Threat[]> => {
    const res = await t.gql<{ securityThreats: { edges: Array<{ node: Threat }> } }>(
      await admin(tenant),
      THREATS,
      { filter },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data?.securityThreats.edges.map((e) => e.node) ?? [];
  };

  /**
   * Every request sent so far has reached the detectors and been handled. A barrier request of a
   * principal of its own follows: a gateway flush sends everything it gathered, so once the
   * barrier's summary is in the stream, delivered and acknowledged, so is everything before it.
   */
  let barriers = 0;
  const drained = async () => {
    const principal = `barrier-${(barriers += 1)}`;
    const token = await t.token(t.tenant('barrier'), ['events:read'], principal);
    expect((await call(token, '{ eventTypes { name } }')).status).toBe(200);
    const key = activityStreamKey(t.config.REDIS_KEY_PREFIX);
    let barrierId: string | null = null;
    await eventually(
      async () => {
        if (!barrierId) {
          const recent = (await redis.xrevrange(key, '+', '-', 'COUNT', 500)) as Array<[string, string[]]>;
          barrierId =
            recent.find(([, fields]) => fields[1]?.includes(`"principal":"${principal}"`))?.[0] ?? null;
          if (!barrierId) return false;
        }
        const groups = (await redis.xinfo('GROUPS', key)) as unknown[][];
        const group = groups[0] ?? [];
        const field = (name: string) => String(group[group.indexOf(name) + 1]);
        const [deliveredMs = 0, deliveredSeq = 0] = field('last-delivered-id').split('-').map(Number);
        const [barrierMs = 0, barrierSeq = 0] = barrierId.split('-').map(Number);
        const delivered =
          deliveredMs > barrierMs || (deliveredMs === barrierMs && deliveredSeq >= barrierSeq);
        return delivered && Number(field('pending')) === 0;
      },
      20_000,
      'the detectors to drain the activity stream',
    );
  };

  const call = (token: string, query: string, headers: Record<string, string> = {}) =>
    fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query }),
    });

  /** Steady use over `windows` baseline windows: `perWindow` requests of the event catalogue each. */
  const steady = async (
    token: string,
    windows: number,
    perWindow: number,
    headers: Record<string, string> = {},
  ) => {
    for (let w = 0; w < windows; w += 1) {
      for (let i = 0; i < perWindow; i += 1)
        expect((await call(token, '{ eventTypes { name } }', headers)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2_100));
    }
  };
  return { admin, threatsOf, drained, call, steady };
}
