/**
 * The measured operation: `me` on security, `exportJobs` on exports, then per job an entity fetch
 * of the package (knowledge: documents → entities, nested) and of the requester (security).
 */
export const BENCH_QUERY = `query GatewayBench {
  me { subject tenantId }
  exportJobs(first: 20) {
    edges {
      node {
        id
        status
        requestedBy { subject tenantId }
        package {
          name
          status
          documents { title documentType entities { name entityType } }
        }
      }
    }
  }
}`;

export const BENCH_BODY = JSON.stringify({ query: BENCH_QUERY, operationName: 'GatewayBench' });

/**
 * The varied workload's operation: the same selection, a page of 20 jobs after a cursor. Jobs
 * export one package each, so each page fetches 20 packages no other page has in the same order.
 */
export const VARIED_QUERY = `query GatewayBenchVaried($after: String) {
  me { subject tenantId }
  exportJobs(first: 20, after: $after) {
    edges {
      node {
        id
        status
        requestedBy { subject tenantId }
        package {
          name
          status
          documents { title documentType entities { name entityType } }
        }
      }
    }
  }
}`;

/** One body per page start. */
export function variedBodies(cursors: readonly string[]): string[] {
  return cursors.map((after) =>
    JSON.stringify({ query: VARIED_QUERY, operationName: 'GatewayBenchVaried', variables: { after } }),
  );
}

export interface GraphqlReply {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] };
}

export async function postGraphql(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<GraphqlReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: GraphqlReply['body'];
  try {
    parsed = JSON.parse(text) as GraphqlReply['body'];
  } catch {
    parsed = { errors: [`not JSON: ${text.slice(0, 200)}`] };
  }
  return { status: response.status, text, body: parsed };
}

interface JobShape {
  requestedBy?: { subject?: unknown } | null;
  package?: { documents?: Array<{ entities?: unknown[] }> } | null;
}

/**
 * Why a reply to BENCH_QUERY or VARIED_QUERY is not a full, error-free answer, or null when it is. A load test
 * over a failing query would measure error paths, not federation.
 */
export function problemWith(reply: GraphqlReply, expectedJobs: number): string | null {
  if (reply.status !== 200) return `HTTP ${reply.status}: ${reply.text.slice(0, 2000)}`;
  if (reply.body.errors?.length)
    return `GraphQL errors: ${JSON.stringify(reply.body.errors, null, 2).slice(0, 4000)}`;
  const edges = (reply.body.data?.exportJobs as { edges?: unknown } | null | undefined)?.edges;
  if (!Array.isArray(edges) || edges.length !== expectedJobs) {
    return `expected ${expectedJobs} export jobs, got ${Array.isArray(edges) ? edges.length : 'none'}`;
  }
  for (const { node: job } of edges as Array<{ node: JobShape }>) {
    if (typeof job.requestedBy?.subject !== 'string') return 'an export job has no requestedBy from security';
    const documents = job.package?.documents;
    if (!documents?.length || !documents.every((d) => d.entities?.length)) {
      return 'an export job has no package documents/entities from knowledge';
    }
  }
  return null;
}

/** Cheap per-response check under load: any `errors` key means the answer is not a clean one. */
export function looksClean(body: string): boolean {
  return !body.includes('"errors"');
}
