// The error-group store's Lua scripts (ErrorGroupStore.ts): each change of a group is one
// script, so concurrent monitors and people never lose an update.

/**
 * Applies an occurrence to a view's group atomically: counts (total, window, operation,
 * subgraph), the latest message, status (RESOLVED → REGRESSED; IGNORED until a time or for a
 * number of occurrences), and whether the threshold of the group's level is crossed now. The
 * window count is estimated over a sliding window: the current window plus the previous one
 * weighted by how much of it still overlaps, so a burst across a boundary still counts whole.
 * Returns {1, group} when this occurrence crossed it (the caller raises the alert), else {0}.
 * KEYS: groups, by-last-seen, occurrences. ARGV: fingerprint, now, count, type, level, message,
 * normalized ('' none), operation ('' none), subgraph ('' none), occurrence JSON, window ms,
 * windows kept, critical, high, medium threshold, occurrences kept, key ttl ms.
 */
export const RECORD_SCRIPT = `
local function v(x) if x == cjson.null then return nil end return x end
local now = tonumber(ARGV[2])
local n = tonumber(ARGV[3])
local W = tonumber(ARGV[11])
local raw = redis.call('HGET', KEYS[1], ARGV[1])
local g
if raw then
  g = cjson.decode(raw)
else
  g = { fingerprint = ARGV[1], type = ARGV[4], level = ARGV[5], message = ARGV[6], firstSeen = now,
        lastSeen = now, count = 0, windows = {}, operations = {}, subgraphs = {},
        status = 'UNRESOLVED', alerting = 0, version = 0 }
end
local rank = { MEDIUM = 1, HIGH = 2, CRITICAL = 3 }
if rank[ARGV[5]] > rank[g.level] then g.level = ARGV[5] end
local ignored = false
if g.status == 'RESOLVED' then
  g.status = 'REGRESSED'
  g.regressedAt = now
elseif g.status == 'IGNORED' then
  local untilMs = v(g.ignoredUntil)
  local remaining = v(g.ignoredRemaining)
  local over = untilMs ~= nil and now >= untilMs
  if not over and remaining ~= nil then
    if remaining >= n then g.ignoredRemaining = remaining - n else over = true end
  end
  if over then
    g.status = 'UNRESOLVED'
    g.ignoredUntil = nil
    g.ignoredRemaining = nil
  else
    ignored = true
  end
end
g.count = g.count + n
if now >= g.lastSeen then
  g.lastSeen = now
  g.message = ARGV[6]
  if ARGV[7] ~= '' then g.normalizedMessage = ARGV[7] end
end
if now < g.firstSeen then g.firstSeen = now end
local function bump(map, key)
  if key == '' then return end
  if map[key] then map[key] = map[key] + n return end
  local size = 0
  for _ in pairs(map) do size = size + 1 end
  if size < 50 then map[key] = n end
end
bump(g.operations, ARGV[8])
bump(g.subgraphs, ARGV[9])
local start = now - (now % W)
local current = string.format('%.0f', start)
g.windows[current] = (g.windows[current] or 0) + n
local oldest = start - (tonumber(ARGV[12]) - 1) * W
for k in pairs(g.windows) do
  if tonumber(k) < oldest then g.windows[k] = nil end
end
local previous = g.windows[string.format('%.0f', start - W)] or 0
local estimate = g.windows[current] + previous * (1 - (now - start) / W)
local thresholds = { CRITICAL = tonumber(ARGV[13]), HIGH = tonumber(ARGV[14]), MEDIUM = tonumber(ARGV[15]) }
local fire = 0
if not ignored and g.alerting ~= 1 and estimate >= thresholds[g.level] then
  g.alerting = 1
  fire = 1
end
g.version = g.version + 1
local encoded = cjson.encode(g)
redis.call('HSET', KEYS[1], ARGV[1], encoded)
redis.call('ZADD', KEYS[2], g.lastSeen, ARGV[1])
redis.call('LPUSH', KEYS[3], ARGV[10])
redis.call('LTRIM', KEYS[3], 0, tonumber(ARGV[16]) - 1)
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[17]) end
if fire == 1 then return { 1, encoded } end
return { 0 }
`;

/**
 * A person's decision on a group: 'resolve', or 'ignore' until a time and/or for a number of
 * occurrences. Either ends its alert. KEYS: groups. ARGV: fingerprint, action, now, by, until ms
 * ('' none), remaining ('' none). Returns {group, was alerting} or nil when there is no group.
 */
export const DECIDE_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return nil end
local g = cjson.decode(raw)
local was = g.alerting
if ARGV[2] == 'resolve' then
  g.status = 'RESOLVED'
  g.resolvedAt = tonumber(ARGV[3])
  g.resolvedBy = ARGV[4]
  g.ignoredUntil = nil
  g.ignoredRemaining = nil
else
  g.status = 'IGNORED'
  g.ignoredUntil = tonumber(ARGV[5])
  g.ignoredRemaining = tonumber(ARGV[6])
end
g.alerting = 0
g.version = g.version + 1
local encoded = cjson.encode(g)
redis.call('HSET', KEYS[1], ARGV[1], encoded)
return { encoded, was }
`;

/** Clears `alerting` if the group is still at the version the caller decided on. KEYS: groups. ARGV: fingerprint, version. */
export const CLEAR_ALERTING_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 1 end
local g = cjson.decode(raw)
if tostring(g.version) ~= ARGV[2] then return 0 end
g.alerting = 0
g.version = g.version + 1
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(g))
return 1
`;
