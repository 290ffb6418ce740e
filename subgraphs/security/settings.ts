import type { RedisClient } from '../../lib/redis.js';
import { PlatformError } from '../../lib/errors.js';
import { tenantKey } from '../../lib/redis.js';
import type { SecuritySettingsInput } from './generated/resolvers.js';
import { DEFAULT_SLA, type IncidentSeverity } from './incidents/lifecycle.js';

export interface SecuritySettingsRecord {
  readonly timeZone: string;
  readonly businessHoursStart: number;
  readonly businessHoursEnd: number;
  readonly detectOffHours: boolean;
  readonly passwordSprayThreshold: number;
  readonly exportsPerHourThreshold: number;
  readonly baselineMultiplier: number;
  readonly incidentRiskThreshold: number;
  readonly autoSuspendApiKeys: boolean;
  readonly autoSuspendMinSeverity: number;
  readonly autoSuspendSeconds: number;
  readonly incidentSla: Readonly<
    Record<IncidentSeverity, { readonly acknowledgeSeconds: number; readonly resolveSeconds: number }>
  >;
}

/** The seed's thresholds: spraying 15 subjects in 5 minutes, 100 exports an hour, incidents at risk 75. */
export const DEFAULT_SETTINGS: SecuritySettingsRecord = {
  timeZone: 'UTC',
  businessHoursStart: 6,
  businessHoursEnd: 22,
  // Off by default: it needs the tenant's own time zone and hours to mean anything.
  detectOffHours: false,
  passwordSprayThreshold: 15,
  exportsPerHourThreshold: 100,
  baselineMultiplier: 10,
  incidentRiskThreshold: 75,
  autoSuspendApiKeys: false,
  autoSuspendMinSeverity: 0.9,
  autoSuspendSeconds: 3_600,
  incidentSla: DEFAULT_SLA,
};

function bad(field: string, message: string): never {
  throw new PlatformError('BAD_USER_INPUT', message, { field });
}

function int(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    bad(field, `${field} must be a whole number from ${min} to ${max}`);
  return value;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks a change against the current settings; BAD_USER_INPUT names the field. */
export function applySettings(
  current: SecuritySettingsRecord,
  input: SecuritySettingsInput,
): SecuritySettingsRecord {
  const next: { -readonly [K in keyof SecuritySettingsRecord]: SecuritySettingsRecord[K] } = { ...current };
  if (input.timeZone !== undefined && input.timeZone !== null) {
    if (!validTimeZone(input.timeZone))
      bad('timeZone', `timeZone "${input.timeZone}" is not an IANA time zone`);
    next.timeZone = input.timeZone;
  }
  if (input.businessHoursStart != null)
    next.businessHoursStart = int('businessHoursStart', input.businessHoursStart, 0, 23);
  if (input.businessHoursEnd != null)
    next.businessHoursEnd = int('businessHoursEnd', input.businessHoursEnd, 1, 24);
  if (next.businessHoursEnd <= next.businessHoursStart)
    bad('businessHoursEnd', 'businessHoursEnd must be after businessHoursStart');
  if (input.detectOffHours != null) next.detectOffHours = input.detectOffHours;
  if (input.passwordSprayThreshold != null)
    next.passwordSprayThreshold = int('passwordSprayThreshold', input.passwordSprayThreshold, 2, 10_000);
  if (input.exportsPerHourThreshold != null)
    next.exportsPerHourThreshold = int(
      'exportsPerHourThreshold',
      input.exportsPerHourThreshold,
      1,
      1_000_000,
    );
  if (input.baselineMultiplier != null) {
    if (
      !Number.isFinite(input.baselineMultiplier) ||
      input.baselineMultiplier < 1.5 ||
      input.baselineMultiplier > 1000
    )
      bad('baselineMultiplier', 'baselineMultiplier must be from 1.5 to 1000');
    next.baselineMultiplier = input.baselineMultiplier;
  }
  if (input.incidentRiskThreshold != null)
    next.incidentRiskThreshold = int('incidentRiskThreshold', input.incidentRiskThreshold, 1, 101);
  if (input.autoSuspendApiKeys != null) next.autoSuspendApiKeys = input.autoSuspendApiKeys;
  if (input.autoSuspendMinSeverity != null) {
    if (!(input.autoSuspendMinSeverity >= 0 && input.autoSuspendMinSeverity <= 1))
      bad('autoSuspendMinSeverity', 'autoSuspendMinSeverity must be from 0 to 1');
    next.autoSuspendMinSeverity = input.autoSuspendMinSeverity;
  }
  if (input.autoSuspendSeconds != null)
    next.autoSuspendSeconds = int('autoSuspendSeconds', input.autoSuspendSeconds, 60, 30 * 86_400);
  if (input.incidentSla) {
    const sla = { ...next.incidentSla };
    for (const entry of input.incidentSla) {
      const acknowledgeSeconds = int(
        'incidentSla.acknowledgeSeconds',
        entry.acknowledgeSeconds,
        1,
        90 * 86_400,
      );
      const resolveSeconds = int('incidentSla.resolveSeconds', entry.resolveSeconds, 1, 365 * 86_400);
      if (resolveSeconds < acknowledgeSeconds)
        bad('incidentSla', 'resolveSeconds must be at least acknowledgeSeconds');
      sla[entry.severity] = { acknowledgeSeconds, resolveSeconds };
    }
    next.incidentSla = sla;
  }
  return next;
}

/** Each tenant's detector settings: the defaults until it changes one. */
export class SecuritySettingsStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'security', 'settings');
  }

  async get(tenantId: string): Promise<SecuritySettingsRecord> {
    const raw = await this.redis.get(this.key(tenantId));
    if (!raw) return DEFAULT_SETTINGS;
    const stored = JSON.parse(raw) as Partial<SecuritySettingsRecord>;
    return { ...DEFAULT_SETTINGS, ...stored, incidentSla: { ...DEFAULT_SLA, ...stored.incidentSla } };
  }

  async update(tenantId: string, input: SecuritySettingsInput): Promise<SecuritySettingsRecord> {
    const next = applySettings(await this.get(tenantId), input);
    await this.redis.set(this.key(tenantId), JSON.stringify(next));
    return next;
  }
}

/** The hour of day (0–23) at `at` in `timeZone`. */
export function hourIn(timeZone: string, at: number): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(at);
  return Number.parseInt(hour, 10) % 24;
}
