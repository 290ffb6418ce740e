import type { Sealed } from '../../../lib/crypto/envelope.js';
import type { Keyring } from '../../../lib/crypto/keyring.js';
import type { SealedRecords } from '../../../lib/crypto/rewrapSweep.js';
import { PlatformError } from '../../../lib/errors.js';
import type { TenantRecord } from '../../../lib/tenantRecords.js';
import type { CreateNotificationChannelInput, NotificationChannelType } from '../generated/resolvers.js';

/**
 * A channel as stored: its URL and routing key sealed under the tenant's NOTIFICATION_CHANNELS key
 * (legacy records: under a KEK until rewrapped), never returned.
 */
export interface ChannelRecord extends TenantRecord {
  readonly name: string;
  readonly type: NotificationChannelType;
  readonly url: Sealed | null;
  readonly routingKey: Sealed | null;
  readonly to: readonly string[];
  /** What the API shows of the target: a URL's host, or the addresses. */
  readonly target: string;
  readonly createdBy: string;
}

/** A channel opened for sending. */
export interface OpenChannel {
  readonly record: ChannelRecord;
  readonly url: string | null;
  readonly routingKey: string | null;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

function bad(field: string, message: string): never {
  throw new PlatformError('BAD_USER_INPUT', message, { field });
}

function httpUrl(field: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    bad(field, `${field} must be an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') bad(field, `${field} must be http(s)`);
  if (url.username || url.password) bad(field, `${field} must not carry credentials`);
  return url;
}

export async function channelFromInput(
  input: CreateNotificationChannelInput,
  keyring: Keyring,
  base: { id: string; tenantId: string; createdAt: string; createdBy: string },
  defaults: { pagerDutyUrl: string; allowHttp: boolean },
): Promise<ChannelRecord> {
  const seal = (plaintext: string) => keyring.seal(base.tenantId, 'NOTIFICATION_CHANNELS', plaintext);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) bad('name', 'name must be 1 to 200 characters');
  const common = { ...base, name, type: input.type, to: [] as string[], routingKey: null };
  switch (input.type) {
    case 'SLACK': {
      if (!input.url) bad('url', 'a SLACK channel needs its incoming-webhook url');
      const url = httpUrl('url', input.url);
      if (url.protocol === 'http:' && !defaults.allowHttp) bad('url', 'url must be https');
      return { ...common, url: await seal(url.toString()), target: url.host };
    }
    case 'PAGERDUTY': {
      if (!input.routingKey || input.routingKey.length > 200)
        bad('routingKey', 'a PAGERDUTY channel needs its integration (routing) key');
      const url = httpUrl('url', input.url ?? defaults.pagerDutyUrl);
      if (url.protocol === 'http:' && !defaults.allowHttp) bad('url', 'url must be https');
      return {
        ...common,
        url: await seal(url.toString()),
        routingKey: await seal(input.routingKey),
        target: url.host,
      };
    }
    case 'EMAIL': {
      const to = [...new Set((input.to ?? []).map((a) => a.trim()))];
      if (to.length === 0 || to.length > 20 || !to.every((a) => EMAIL.test(a)))
        bad('to', 'an EMAIL channel needs 1 to 20 valid addresses in `to`');
      return { ...common, url: null, to, target: to.join(', ') };
    }
  }
}

/** Throws KeyringError when a sealed part does not open (KEY_DESTROYED, …). */
export async function openChannel(record: ChannelRecord, keyring: Keyring): Promise<OpenChannel> {
  const open = (sealed: Sealed | null) =>
    sealed ? keyring.open(record.tenantId, 'NOTIFICATION_CHANNELS', sealed) : Promise.resolve(null);
  const [url, routingKey] = await Promise.all([open(record.url), open(record.routingKey)]);
  return { record, url, routingKey };
}

/** Where the rewrap sweep finds a channel's sealed parts (the monitor runs it). */
export function channelSealedRecords(hashKey: (tenantId: string) => string): SealedRecords<ChannelRecord> {
  return {
    hashKey,
    sealed: (record) => [record.url, record.routingKey],
    withSealed: (record, [url, routingKey]) => ({
      ...record,
      url: url ?? null,
      routingKey: routingKey ?? null,
    }),
  };
}
