import type { RedisClient } from '../../../lib/redis.js';

// The audit log's Redis side: the scripts that append and trim a tenant's log atomically, and the
// chain head (sequence, hash, Merkle frontier) as the head hash stores it.

/**
 * Appends a chained batch, its Merkle nodes, its id index and its announcements, atomically, and
 * only if the chain head is still the one the batch was chained to. Redis has no SHA-256 in Lua:
 * the caller computes hashes and nodes; the head check keeps concurrent writers from forking.
 * KEYS: events, head, ids, audit stream, platform event stream, subject-key event counts, subject
 * keys, tree level 0…L (all one tenant's, one hash slot). ARGV: expected sequence, new sequence, new hash,
 * new frontier, stream retention, E, then E entries, E ids, E announcements, E flags ('1': also a
 * platform event), E subject key ids ('' for none), then one blob of new nodes per tree level.
 * Returns {1}; {0, sequence, hash, frontier} when the head moved (the head it moved to, so the
 * writer rechains onto it without another round trip); or {-1} when a subject key the batch was
 * sealed with was destroyed meanwhile (an erasure): nothing is stored under a destroyed key.
 */
export const APPEND_SCRIPT = `
local head = redis.call('HMGET', KEYS[2], 'sequence', 'hash', 'frontier')
local seq = tonumber(head[1] or '0')
if seq ~= tonumber(ARGV[1]) then return {0, tostring(seq), head[2] or '', head[3] or ''} end
local e = tonumber(ARGV[6])
for i = 1, e do
  local key = ARGV[6 + 4 * e + i]
  if key ~= '' and redis.call('HEXISTS', KEYS[7], key) == 0 then return {-1} end
end
for i = 1, e do
  local announcement = ARGV[6 + 2 * e + i]
  redis.call('RPUSH', KEYS[1], ARGV[6 + i])
  redis.call('HSET', KEYS[3], ARGV[6 + e + i], seq + i)
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[5], '*', 'e', announcement)
  if ARGV[6 + 3 * e + i] == '1' then
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[5], '*', 'e', announcement)
  end
  if ARGV[6 + 4 * e + i] ~= '' then redis.call('HINCRBY', KEYS[6], ARGV[6 + 4 * e + i], 1) end
end
for l = 8, #KEYS do
  local blob = ARGV[6 + 5 * e + (l - 7)]
  if blob ~= '' then redis.call('APPEND', KEYS[l], blob) end
end
redis.call('HSET', KEYS[2], 'sequence', ARGV[2], 'hash', ARGV[3], 'frontier', ARGV[4])
return {1}
`;

/**
 * Drops the oldest `n` list entries once they are in a segment, if nobody trimmed meanwhile.
 * KEYS: events, head. ARGV: expected trimmed, n. Returns 1, or 0 when the mark moved.
 */
export const TRIM_SCRIPT = `
if tonumber(redis.call('HGET', KEYS[2], 'trimmed') or '0') ~= tonumber(ARGV[1]) then return 0 end
redis.call('LTRIM', KEYS[1], tonumber(ARGV[2]), -1)
redis.call('HINCRBY', KEYS[2], 'trimmed', tonumber(ARGV[2]))
return 1
`;

/**
 * Reads Merkle nodes in one call (a proof needs ~25 of them, a pipeline of 25 GETRANGEs costs
 * the client 25 commands). KEYS: tree levels. ARGV: pairs of (KEYS position, byte offset).
 * Returns one 32-byte string per pair, empty where the level holds no such node.
 */
export const NODES_SCRIPT = `
local out = {}
for i = 1, #ARGV, 2 do
  local offset = tonumber(ARGV[i + 1])
  out[#out + 1] = redis.call('GETRANGE', KEYS[tonumber(ARGV[i])], offset, offset + 31)
end
return out
`;

/** A client with the scripts defined (`defineAuditScripts`). */
export type AppendingRedis = RedisClient & {
  auditTrimV1(numKeys: number, ...args: string[]): Promise<number>;
  auditNodesV1Buffer(numKeys: number, ...args: string[]): Promise<Buffer[]>;
  auditAppendV4(numKeys: number, ...args: Array<string | Buffer>): Promise<Array<number | string>>;
};

export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
  readonly frontier: ReadonlyArray<Buffer | null>;
}

export function encodeFrontier(frontier: ReadonlyArray<Buffer | null>): string {
  return JSON.stringify(frontier.map((node) => (node ? node.toString('hex') : null)));
}

export function decodeFrontier(text: string | null): Array<Buffer | null> | null {
  if (text === null) return null;
  return (JSON.parse(text) as Array<string | null>).map((hex) => (hex ? Buffer.from(hex, 'hex') : null));
}

/** Defines the scripts on `redis` once (ioredis sends them by SHA, loading on NOSCRIPT). */
export function defineAuditScripts(redis: RedisClient): AppendingRedis {
  if (!('auditNodesV1' in redis)) redis.defineCommand('auditNodesV1', { lua: NODES_SCRIPT });
  if (!('auditAppendV4' in redis)) redis.defineCommand('auditAppendV4', { lua: APPEND_SCRIPT });
  if (!('auditTrimV1' in redis)) redis.defineCommand('auditTrimV1', { lua: TRIM_SCRIPT });
  return redis as AppendingRedis;
}
