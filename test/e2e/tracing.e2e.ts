import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver, type ReceivedSpan } from '../support/otlpReceiver.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * Traces across processes: a client's traceparent → a gateway process of its own → the subgraphs
 * (another process) → Neo4j and Redis; a published event's subscription executions and webhook
 * deliveries link to the publish; an export job links to createExport. A local OTLP/HTTP receiver
 * collects what both processes export.
 */
describe('OpenTelemetry traces', () => {
  let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let platform: WebhookTestPlatform;
  let gatewayUrl: string;
  let gatewayOutput: () => string;
  let tenant: string;
  let token: string;

  const inTrace = (traceId: string) => otlp.spans.filter((s) => s.traceId === traceId);
  const byName = (spans: ReceivedSpan[], name: string) => spans.find((s) => s.name === name);
  const post = (query: string, traceparent: string, variables?: Record<string, unknown>) =>
    fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent },
      body: JSON.stringify({ query, variables }),
    });

  beforeAll(async () => {
    otlp = await startOtlpReceiver();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url };
    platform = await startWebhookTestPlatform(env);
    // The gateway the client calls runs in a process of its own, with its own service name.
    const gateway = await platform.t.secondGateway({
      ...env,
      OTEL_SERVICE_NAME: 'kg-gateway-b',
      LOG_LEVEL: 'info',
    });
    gatewayUrl = gateway.url;
    gatewayOutput = () => gateway.output();
    tenant = platform.t.tenant('traced');
    token = await platform.t.token(tenant);
  });
  afterAll(async () => {
    await platform?.close();
    await otlp?.close();
  });

  it('runs one trace from the client span through the gateway and subgraphs to Neo4j and Redis', async () => {
    const traceId = hex(16);
    const clientSpan = hex(8);
    const res = await post(
      'query Traced { me { subject } apiKeys { id } documentPackages(limit: 1) { name } }',
      `00-${traceId}-${clientSpan}-01`,
    );
    expect(res.status).toBe(200);
    await eventually(
      () =>
        inTrace(traceId).some((s) => s.name.startsWith('neo4j ')) &&
        inTrace(traceId).some((s) => s.name === 'zcard'),
      15_000,
      'the trace to arrive',
    ).catch((error: unknown) => {
      throw new Error(
        `${String(error)}: ${JSON.stringify(inTrace(traceId).map((x) => [x.name, x.service]))}`,
      );
    });
    const spans = inTrace(traceId);
    const operation = byName(spans, 'query Traced') as ReceivedSpan;
    expect(operation).toMatchObject({ service: 'kg-gateway-b', parentSpanId: clientSpan });
    expect(operation.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'Traced',
      'kg.transport': 'http',
      'kg.tenant_id': tenant,
    });
    expect(String(operation.attributes['graphql.document.hash'])).toMatch(/^[0-9a-f]{64}$/);
    expect(byName(spans, 'graphql.plan')?.parentSpanId).toBe(operation.spanId);

    for (const subgraph of ['knowledge', 'security']) {
      const fetchSpan = byName(spans, `POST ${subgraph}`) as ReceivedSpan;
      expect(fetchSpan, subgraph).toMatchObject({ service: 'kg-gateway-b', parentSpanId: operation.spanId });
      const server = byName(spans, `graphql ${subgraph}`) as ReceivedSpan;
      // The subgraph's span, in the other process, is the child of the gateway's fetch.
      expect(server, subgraph).toMatchObject({ service: 'kg-platform', parentSpanId: fetchSpan.spanId });
    }
    const knowledge = byName(spans, 'graphql knowledge') as ReceivedSpan;
    const security = byName(spans, 'graphql security') as ReceivedSpan;
    const under = (root: ReceivedSpan, span: ReceivedSpan): boolean => {
      for (let s: ReceivedSpan | undefined = span; s; s = spans.find((p) => p.spanId === s?.parentSpanId))
        if (s.spanId === root.spanId) return true;
      return false;
    };
    const neo4jSpans = spans.filter((s) => s.name.startsWith('neo4j '));
    expect(neo4jSpans.length).toBeGreaterThan(0);
    expect(neo4jSpans.every((s) => under(knowledge, s) && s.attributes['db.system.name'] === 'neo4j')).toBe(
      true,
    );
    const redisSpan = byName(spans, 'zcard') as ReceivedSpan;
    expect(under(security, redisSpan)).toBe(true);
    expect(redisSpan.attributes).toMatchObject({ 'db.system.name': 'redis', 'db.query.text': 'zcard' });

    // The gateway's log line of the operation carries its trace and span.
    const logged = gatewayOutput()
      .split('\n')
      .filter((line) => line.includes(traceId))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ msg: 'operation', trace_id: traceId, span_id: operation.spanId }),
    );

    // Nothing secret in any attribute: no token, no signed principal, no document text.
    const text = JSON.stringify(spans);
    expect(text).not.toContain(token);
    expect(text).not.toContain('documentPackages');
  });

  it('follows a client that did not sample: nothing of that trace is recorded in any process', async () => {
    const unsampled = hex(16);
    expect(
      (
        await post(
          'query Quiet { me { subject } documentPackages(limit: 1) { name } }',
          `00-${unsampled}-${hex(8)}-00`,
        )
      ).status,
    ).toBe(200);
    // A sampled request sent after it is the barrier: once its spans (both processes) are in,
    // the unsampled one's would have been too.
    const barrier = hex(16);
    expect(
      (
        await post(
          'query Barrier { me { subject } documentPackages(limit: 1) { name } }',
          `00-${barrier}-${hex(8)}-01`,
        )
      ).status,
    ).toBe(200);
    await eventually(
      () =>
        inTrace(barrier).some((s) => s.name === 'graphql knowledge') &&
        inTrace(barrier).some((s) => s.name === 'query Barrier'),
      15_000,
      'the barrier trace',
    );
    expect(inTrace(unsampled)).toEqual([]);
    expect(
      otlp.spans.filter(
        (s) => s.name === 'query Quiet' || (s.name === 'graphql knowledge' && !s.parentSpanId),
      ),
    ).toEqual([]);
  });

  it('links the subscription executions and webhook deliveries of an event to its publish', async () => {
    const receiver = await platform.receiver();
    const created = await platform.t.gql<{ createWebhook: { webhook: { id: string } } }>(
      token,
      'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }',
      { i: { url: receiver.url, eventTypes: ['package.created'] } },
    );
    expect(created.body.errors).toBeUndefined();
    const ws = wsClient(gatewayUrl, token);
    const sub = collect(ws, 'subscription Watch { events(types: ["package.created"]) { id type } }');
    const traceId = hex(16);
    // Published (once the subscription is live) inside the client's trace.
    await eventually(
      async () => {
        const res = await post(
          'mutation Publish($i: PublishEventInput!) { publishEvent(input: $i) { id } }',
          `00-${traceId}-${hex(8)}-01`,
          { i: { type: 'package.created', data: { packageId: `p-${hex(4)}` } } },
        );
        expect(res.status).toBe(200);
        return sub.results.length > 0;
      },
      15_000,
      'the event on the subscription',
    );
    await receiver.waitFor(1, 15_000);
    const publish = () => byName(inTrace(traceId), 'mutation Publish');
    const linked = (name: string) =>
      otlp.spans.filter((s) => s.name === name && s.links.some((l) => l.traceId === traceId));
    await eventually(
      () =>
        Boolean(publish()) &&
        linked('subscription event integrations').length > 0 &&
        linked('subscription Watch event').length > 0 &&
        linked('webhook delivery').length > 0,
      15_000,
      'the linked spans',
    );
    expect(linked('subscription event integrations')[0]?.service).toBe('kg-platform');
    expect(linked('subscription Watch event')[0]).toMatchObject({ service: 'kg-gateway-b' });
    expect(linked('webhook delivery')[0]?.attributes).toMatchObject({
      'kg.webhook_id': created.body.data?.createWebhook.webhook.id,
      'kg.tenant_id': tenant,
    });
    // The publish's audit record names its trace.
    const audited = await platform.t.gql<{
      auditEvents: { edges: Array<{ node: { details: Record<string, unknown> } }> };
    }>(
      await platform.t.token(tenant, ['audit:read']),
      '{ auditEvents(first: 5, filter: { actions: ["event.publish"] }) { edges { node { details } } } }',
    );
    expect(audited.body.data?.auditEvents.edges.map((e) => e.node.details.traceId)).toContain(traceId);
    // Each lives in a trace of its own (the work happens later, and maybe more than once).
    expect(linked('webhook delivery')[0]?.traceId).not.toBe(traceId);
    sub.stop();
    await ws.dispose();
  });

  it('links an export job to the createExport that queued it', async () => {
    const traceId = hex(16);
    const res = await post(
      'mutation Export { createExport(input: { type: ANALYTICS_REPORT, format: JSON }) { id } }',
      `00-${traceId}-${hex(8)}-01`,
    );
    const body = (await res.json()) as { data: { createExport: { id: string } } };
    const exportId = body.data.createExport.id;
    await eventually(
      () =>
        otlp.spans.some(
          (s) =>
            s.name === 'export job' &&
            s.attributes['kg.export_id'] === exportId &&
            s.links.some((l) => l.traceId === traceId),
        ),
      20_000,
      'the export job span',
    );
    const job = otlp.spans.find(
      (s) => s.name === 'export job' && s.attributes['kg.export_id'] === exportId,
    ) as ReceivedSpan;
    expect(job.attributes).toMatchObject({ 'kg.export_id': exportId, 'kg.tenant_id': tenant });
  });
});
