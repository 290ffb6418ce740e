// `npm run audit:verify -- --tenant <id> [--checkpoints <file>]`: the `validate-logs` of this
// product. Reads the tenant's whole audit log from Redis, recomputes every chain link and Merkle
// leaf, checks every signed checkpoint (the store's, and those in <file>: checkpoints an auditor
// kept, as returned by Query.auditCheckpoints), and names each modified, deleted, inserted,
// reordered or truncated event. Exit 0 when the log verifies, 1 when it does not, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAuditLog, verifyTrail, type Checkpoint } from '../subgraphs/audit/auditApi.js';
import { ConfigError, loadConfig } from '../lib/config.js';
import { createRedis } from '../lib/redis.js';
import { devSecrets, platformEnv } from './devEnv.mjs';

const USAGE = 'usage: npm run audit:verify -- --tenant <tenant id> [--checkpoints <file.json>]';

function kept(file: string): Checkpoint[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  // A saved `auditCheckpoints` answer, its data, or the list itself.
  const list =
    (parsed as { data?: { auditCheckpoints?: unknown } }).data?.auditCheckpoints ??
    (parsed as { auditCheckpoints?: unknown }).auditCheckpoints ??
    parsed;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of checkpoints`);
  return list as Checkpoint[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { tenant: { type: 'string' }, checkpoints: { type: 'string' } } });
  if (!values.tenant) {
    console.error(USAGE);
    return 2;
  }
  // Like `npm start`: the environment wins, dev secrets fill in on a laptop.
  const config = loadConfig(platformEnv(devSecrets()) as NodeJS.ProcessEnv);
  const redis = createRedis(config, 'audit-verify');
  try {
    const { trail, checkpoints } = createAuditLog(redis, config);
    const stored = await checkpoints.list(values.tenant);
    const external = values.checkpoints ? kept(values.checkpoints) : [];
    const started = performance.now();
    const report = await verifyTrail(trail, values.tenant, {
      checkpoints: [...stored, ...external],
      publicKeys: checkpoints.publicKeys(),
      origin: checkpoints.originOf(values.tenant),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `tenant ${values.tenant}: ${report.checked} events, root ${report.rootHash}, ` +
        `${report.checkpointsVerified} of ${stored.length + external.length} checkpoints verified (${seconds} s)`,
    );
    for (const f of report.findings) {
      const where = [
        f.index !== null ? `position ${f.index}` : null,
        f.sequence !== null ? `sequence ${f.sequence}` : null,
        f.eventId ? `event ${f.eventId}` : null,
        f.checkpointTreeSize !== null ? `proved by checkpoint ${f.checkpointTreeSize}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      console.log(`${f.kind.padEnd(28)} ${where}: ${f.detail}`);
    }
    console.log(report.valid ? 'VALID' : `INVALID: ${report.findings.length} finding(s)`);
    return report.valid ? 0 : 1;
  } finally {
    redis.disconnect();
  }
}

try {
  process.exit(await main());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
}
