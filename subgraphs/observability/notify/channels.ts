import { PlatformError } from '../../../lib/errors.js';
import type { SealedSecret, SecretBox } from '../../../lib/secretBox.js';
import type { TenantRecord } from '../../../lib/tenantRecords.js';
import type { CreateNotificationChannelInput, NotificationChannelType } from '../generated/resolvers.js';

/** A channel as stored: its URL and routing key sealed (SecretBox), never returned. */
export interface ChannelRecord extends TenantRecord {
  readonly name: string;
  readonly type: NotificationChannelType;
  readonly url: SealedSecret | null;
  readonly routingKey: SealedSecret | null;
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

export function channelFromInput(
  input: CreateNotificationChannelInput,
  box: SecretBox,
  base: { id: string; tenantId: string; createdAt: string; createdBy: string },
  defaults: { pagerDutyUrl: string; allowHttp: boolean },
): ChannelRecord {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) bad('name', 'name must be 1 to 200 characters');
  const common = { ...base, name, type: input.type, to: [] as string[], routingKey: null };
  switch (input.type) {
    case 'SLACK': {
      if (!input.url) bad('url', 'a SLACK channel needs its incoming-webhook url');
      const url = httpUrl('url', input.url);
      if (url.protocol === 'http:' && !defaults.allowHttp) bad('url', 'url must be https');
      return { ...common, url: box.seal(url.toString()), target: url.host };
    }
    case 'PAGERDUTY': {
      if (!input.routingKey || input.routingKey.length > 200)
        bad('routingKey', 'a PAGERDUTY channel needs its integration (routing) key');
      const url = httpUrl('url', input.url ?? defaults.pagerDutyUrl);
      if (url.protocol === 'http:' && !defaults.allowHttp) bad('url', 'url must be https');
      return {
        ...common,
        url: box.seal(url.toString()),
        routingKey: box.seal(input.routingKey),
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

export function openChannel(record: ChannelRecord, box: SecretBox): OpenChannel {
  return {
    record,
    url: record.url ? box.open(record.url) : null,
    routingKey: record.routingKey ? box.open(record.routingKey) : null,
  };
}
