// One writer of bench:audit's append phase, in its own process as each gateway is: its own
// config, Redis connection and trail. It appends the records its parent names and says when
// they have all landed (AppendWriter is the parent's side).
import { loadConfig } from '../../lib/config.js';
import { createRedis } from '../../lib/redis.js';
import { createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { benchRecord } from './records.js';
import { isWriterRequest, type WriterReply } from './appendProtocol.js';

const reply = (message: WriterReply) => process.send?.(message);
let log: ReturnType<typeof createAuditLog> | null = null;
let close: (() => Promise<void>) | null = null;
let tenant = '';

process.on('message', (message: unknown) => {
  if (!isWriterRequest(message)) return;
  void (async () => {
    try {
      if (message.type === 'start') {
        const config = loadConfig({ ...process.env, ...message.env });
        const client = createRedis(config, `bench-audit-${message.writer}`);
        log = createAuditLog(client, config);
        tenant = message.tenant;
        close = async () => {
          await log?.close();
          client.disconnect();
        };
        reply({ type: 'ok' });
      } else if (message.type === 'append') {
        const trail = log?.trail;
        if (!trail) throw new Error('append before start');
        await Promise.all(
          Array.from({ length: message.count }, (_, i) =>
            trail.append(benchRecord(tenant, message.from + i)),
          ),
        );
        reply({ type: 'ok' });
      } else {
        await close?.();
        reply({ type: 'ok' });
        process.disconnect();
      }
    } catch (error) {
      reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
