import net from 'node:net';

function answers(url: string, fallbackPort: number): Promise<boolean> {
  const parsed = new URL(url.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:').replace(/^redis:/, 'http:'));
  return new Promise((resolve) => {
    const socket = net.connect({ host: parsed.hostname, port: Number(parsed.port || fallbackPort) });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The suite runs against real Redis and Neo4j; `npm test` starts them. Fail fast and say so. */
export default async function setup(): Promise<void> {
  const redis = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const neo4j = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
  const missing: string[] = [];
  // The cluster run (REDIS_CLUSTER_NODES): its nodes, not REDIS_URL, must answer.
  const clusterNodes = (process.env.REDIS_CLUSTER_NODES ?? '').split(',').filter(Boolean);
  for (const node of clusterNodes) {
    if (!(await answers(`redis://${node.trim()}`, 6379))) missing.push(`Redis Cluster node ${node.trim()}`);
  }
  if (clusterNodes.length === 0 && !(await answers(redis, 6379))) missing.push(`Redis at ${redis}`);
  if (!(await answers(neo4j, 7687))) missing.push(`Neo4j at ${neo4j}`);
  if (missing.length > 0) {
    throw new Error(
      `Nothing answers: ${missing.join(', ')}. Run the suite with \`npm test\`, which starts them.`,
    );
  }
}
