// The key store's Lua scripts (lib/crypto/keyStore.ts defines them as commands).

/**
 * Returns the tenant's live key for the purpose (the current one unless destroyed), creating it
 * from ARGV[3] when there is none, and optionally counts one encryption under its newest version
 * in the same step. KEYS: records, current, usage. ARGV: purpose, new id, new JSON, '1' to count.
 */
export const ENSURE = `
local id = redis.call('HGET', KEYS[2], ARGV[1])
local raw = false
local record = nil
if id then
  raw = redis.call('HGET', KEYS[1], id)
  if raw then
    record = cjson.decode(raw)
    if type(record.destroyedAt) == 'string' then raw = false end
  end
end
local created = 0
if not raw then
  id = ARGV[2]
  raw = ARGV[3]
  record = cjson.decode(raw)
  redis.call('HSET', KEYS[1], id, raw)
  redis.call('HSET', KEYS[2], ARGV[1], id)
  created = 1
end
if ARGV[4] == '1' then
  redis.call('HINCRBY', KEYS[3], id .. ':' .. record.versions[#record.versions].version, 1)
end
return {raw, created}
`;

/** KEYS: records. ARGV: id, expected JSON, next JSON. 1 when replaced, 0 when it had changed. */
export const REPLACE = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`;

/**
 * Retires versions atomically with the check that nothing uses them: refused while a rewrap of
 * the key is unfinished or a usage counter of a retired version is above 0. KEYS: records,
 * usage, rewrap. ARGV: id, expected JSON, next JSON, usage fields of the versions retired.
 * Returns {1}, {0} (record changed), {-1} (rewrap running) or {-2, field, count, …}.
 */
export const RETIRE = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return {0} end
local progress = redis.call('HGET', KEYS[3], ARGV[1])
if progress and type(cjson.decode(progress).finishedAt) ~= 'string' then return {-1} end
local out = {-2}
local busy = false
for i = 4, #ARGV do
  local n = tonumber(redis.call('HGET', KEYS[2], ARGV[i]) or '0')
  if n > 0 then
    busy = true
    table.insert(out, ARGV[i])
    table.insert(out, n)
  end
end
if busy then return out end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
for i = 4, #ARGV do redis.call('HDEL', KEYS[2], ARGV[i]) end
return {1}
`;

export const LOCK_RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0
`;

export const LOCK_RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
