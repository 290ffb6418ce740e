import { createHash } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { RedisClient } from '../../../lib/redis.js';
import { createTransport, type Transporter } from 'nodemailer';
import { request, type Dispatcher } from 'undici';
import { KeyringError } from '../../../lib/crypto/keyErrors.js';
import type { Keyring } from '../../../lib/crypto/keyring.js';
import type { ErrorReporter } from '../../../lib/errorTracking/ErrorReporter.js';
import type { Logger } from '../../../lib/logger.js';
import { bullPrefix, createRedis, targetsCluster, tenantKey, type RedisTarget } from '../../../lib/redis.js';
import type { TenantRecords } from '../../../lib/tenantRecords.js';
import type { AlertChange, AlertRecord, AlertStore } from '../alerts/AlertStore.js';
import type { AlertRuleRecord } from '../alerts/rules.js';
import { openChannel, type ChannelRecord, type OpenChannel } from './channels.js';

export const NOTIFY_QUEUE = 'alert-notifications';

/** One transition for one channel: pointers only, the alert is read again when sending. */
interface NotifyJob {
  readonly tenantId: string;
  readonly alertId: string;
  readonly channelId: string;
  readonly change: 'firing' | 'acknowledged' | 'resolved' | 'repeat';
  /** The alert version the transition produced (repeat: the firing one). */
  readonly version: number;
  readonly repeat?: number;
}

export interface NotifierOptions {
  /** Where the notification queue's own (blocking) BullMQ connections go. */
  readonly queueTarget: RedisTarget;
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly channels: TenantRecords<ChannelRecord>;
  readonly rules: TenantRecords<AlertRuleRecord>;
  readonly alerts: AlertStore;
  readonly keyring: Keyring;
  readonly dispatcher: Dispatcher;
  readonly groupWaitMs: number;
  readonly repeatIntervalMs: number;
  readonly timeoutMs: number;
  readonly smtpUrl: string | undefined;
  readonly smtpFrom: string;
  readonly logger: Logger;
  /** Notifications that failed every attempt are captured here (lib/errorTracking). */
  readonly errors?: ErrorReporter;
}

/** BullMQ job ids may not contain ':'; a hash of the parts is unique per transition and channel. */
function jobKey(...parts: Array<string | number>): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 40);
}

const PD_SEVERITY = { INFO: 'info', WARNING: 'warning', ERROR: 'error', CRITICAL: 'critical' } as const;

/**
 * Alert notifications to Slack, PagerDuty (Events API v2) and email, Alertmanager-style: a
 * firing notification waits `groupWaitMs` (and is dropped if the alert resolved meanwhile), a
 * firing alert is notified again every `repeatIntervalMs` until acknowledged or resolved, and
 * acknowledge / resolve are sent only to channels that were told it fired. Jobs are BullMQ jobs
 * with ids per alert version and channel, enqueued by whoever applied the transition (once), and
 * retried with backoff; a failing channel delays only its own jobs.
 */
export class Notifier {
  private readonly queue: Queue<NotifyJob>;
  private worker: Worker<NotifyJob> | null = null;
  private mailer: Transporter | null = null;
  private readonly connection: RedisClient;
  private workerConnection: RedisClient | null = null;

  constructor(private readonly o: NotifierOptions) {
    this.connection = createRedis(o.queueTarget, 'alert-notify', { role: 'blocking' });
    this.queue = new Queue<NotifyJob>(NOTIFY_QUEUE, {
      connection: this.connection,
      prefix: bullPrefix(o.prefix, NOTIFY_QUEUE, targetsCluster(o.queueTarget)),
      defaultJobOptions: {
        attempts: 8,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 86_400 },
        removeOnFail: { age: 7 * 86_400 },
      },
    });
  }

  private notifiedKey(tenantId: string, alertId: string, channelId: string): string {
    return tenantKey(this.o.prefix, tenantId, 'observability', 'notified', alertId, channelId);
  }

  /**
   * Enqueues a transition for each of its channels, after it was applied. A Redis hiccup is
   * retried here a few times, since the transition itself will not be applied again.
   */
  async enqueue(alert: AlertRecord, change: AlertChange): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.enqueueOnce(alert, change);
      } catch (error) {
        if (attempt >= 4) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }

  private async enqueueOnce(alert: AlertRecord, change: AlertChange): Promise<void> {
    if (change !== 'firing' && change !== 'acknowledged' && change !== 'resolved') return;
    // A rule's alert pages its rule's channels; other alerts only the channels they carry (a
    // synthetic check's).
    const channels =
      alert.channels ??
      (alert.ruleId ? (await this.o.rules.get(alert.tenantId, alert.ruleId))?.channels : null) ??
      [];
    if (channels.length === 0) return;
    if (change === 'firing') {
      // Marks the firing notification as on its way: acknowledge and resolve wait for it.
      const pipeline = this.o.redis.pipeline();
      for (const channelId of channels)
        pipeline.set(
          this.notifiedKey(alert.tenantId, alert.id, channelId),
          'pending',
          'EX',
          30 * 86_400,
          'NX',
        );
      await pipeline.exec();
    }
    await this.queue.addBulk(
      channels.map((channelId) => ({
        name: change,
        data: { tenantId: alert.tenantId, alertId: alert.id, channelId, change, version: alert.version },
        opts: {
          jobId: jobKey(alert.tenantId, alert.id, alert.version, channelId),
          delay: change === 'firing' ? this.o.groupWaitMs : 0,
          // Acknowledge and resolve wait for the firing notification, which waits the group
          // wait: they retry for longer than it.
          ...(change === 'firing'
            ? {}
            : {
                attempts: 24,
                backoff: { type: 'fixed', delay: Math.max(1_000, Math.ceil(this.o.groupWaitMs / 8)) },
              }),
        },
      })),
    );
  }

  /** Sends queued notifications (the monitor role runs this). */
  start(concurrency = 8): void {
    this.workerConnection = createRedis(this.o.queueTarget, 'alert-notify-worker', { role: 'blocking' });
    this.worker = new Worker<NotifyJob>(NOTIFY_QUEUE, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: bullPrefix(this.o.prefix, NOTIFY_QUEUE, targetsCluster(this.o.queueTarget)),
      concurrency,
    });
    this.worker.on('failed', (job, error) => {
      this.o.logger.warn(
        {
          err: error,
          alertId: job?.data.alertId,
          channelId: job?.data.channelId,
          attempts: job?.attemptsMade,
        },
        'alert notification failed',
      );
      // A page that never went out, for a reason that is not a typed outcome (a destroyed key).
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError))
        this.o.errors?.capture(error, {
          source: 'worker',
          tenantId: job.data.tenantId,
          operation: `alert notification ${job.data.change}`,
          subgraph: 'worker-monitor',
        });
    });
  }

  private async process(job: Job<NotifyJob>): Promise<void> {
    const { tenantId, alertId, channelId, change } = job.data;
    const [alert, record] = await Promise.all([
      this.o.alerts.get(tenantId, alertId),
      this.o.channels.get(tenantId, channelId),
    ]);
    if (!alert || !record) return;
    const notified = this.notifiedKey(tenantId, alertId, channelId);
    if (change === 'firing' || change === 'repeat') {
      // Resolved (or acknowledged, for repeats) meanwhile, or silenced: nothing to page about.
      if (alert.state !== 'FIRING') {
        if (change === 'firing') await this.o.redis.del(notified);
        return;
      }
      if (change === 'repeat' && alert.acknowledgedAt) return;
      if (alert.silenced) {
        // Silenced: nothing now; a firing alert is paged when the silence ends (the evaluation
        // notifies it), and repeats keep their schedule meanwhile.
        if (change === 'firing') await this.o.redis.del(notified);
        else await this.scheduleRepeat(job.data);
        return;
      }
      await this.send(await this.opened(record), alert, 'firing');
      await this.o.redis.set(notified, '1', 'EX', 30 * 86_400);
      await this.scheduleRepeat(job.data);
      return;
    }
    const state = await this.o.redis.get(notified);
    // Never told it fired: nothing to take back. Still on its way: after it (BullMQ retries).
    if (state === null) return;
    if (state === 'pending') throw new Error('the firing notification has not been sent yet');
    await this.send(await this.opened(record), alert, change);
    if (change === 'resolved') await this.o.redis.del(notified);
  }

  /** A channel whose secrets can never be opened again (KEY_DESTROYED, …) fails its job without retries. */
  private async opened(record: ChannelRecord): Promise<OpenChannel> {
    try {
      return await openChannel(record, this.o.keyring);
    } catch (error) {
      if (error instanceof KeyringError && error.permanent)
        throw new UnrecoverableError(
          `${error.code}: channel ${record.id} cannot be decrypted (${error.message})`,
        );
      throw error;
    }
  }

  private async scheduleRepeat(data: NotifyJob): Promise<void> {
    const repeat = (data.repeat ?? 0) + 1;
    await this.queue.add(
      'repeat',
      { ...data, change: 'repeat', repeat },
      {
        jobId: jobKey(data.tenantId, data.alertId, data.version, data.channelId, 'repeat', repeat),
        delay: this.o.repeatIntervalMs,
      },
    );
  }

  private async post(url: string, body: unknown, accepted: (status: number) => boolean): Promise<void> {
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'kg-platform-alerts/1' },
      body: JSON.stringify(body),
      dispatcher: this.o.dispatcher,
      headersTimeout: this.o.timeoutMs,
      bodyTimeout: this.o.timeoutMs,
    });
    await response.body.dump();
    if (!accepted(response.statusCode)) throw new Error(`channel answered ${response.statusCode}`);
  }

  private async send(
    channel: OpenChannel,
    alert: AlertRecord,
    change: 'firing' | 'acknowledged' | 'resolved',
  ) {
    const title = `[${change === 'firing' ? alert.severity : change.toUpperCase()}] ${alert.summary}`;
    const labels = Object.entries(alert.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    switch (channel.record.type) {
      case 'SLACK':
        return this.post(
          channel.url as string,
          {
            text: title,
            blocks: [
              { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150) } },
              {
                type: 'section',
                text: {
                  type: 'mrkdwn',
                  text: [
                    `*State:* ${alert.state}${alert.acknowledgedAt ? ' (acknowledged)' : ''}`,
                    `*Value:* ${alert.value ?? 'n/a'}`,
                    `*Labels:* ${labels}`,
                    alert.description ? `\n${alert.description}` : '',
                  ].join('\n'),
                },
              },
            ],
          },
          (s) => s >= 200 && s < 300,
        );
      case 'PAGERDUTY':
        return this.post(
          channel.url as string,
          {
            routing_key: channel.routingKey,
            event_action:
              change === 'firing' ? 'trigger' : change === 'acknowledged' ? 'acknowledge' : 'resolve',
            dedup_key: alert.fingerprint,
            payload: {
              summary: alert.summary.slice(0, 1024),
              source: 'kg-platform',
              severity: PD_SEVERITY[alert.severity],
              custom_details: { labels: alert.labels, value: alert.value, alertId: alert.id },
            },
          },
          (s) => s === 202 || s === 200,
        );
      case 'EMAIL': {
        if (!this.o.smtpUrl) throw new Error('SMTP_URL is not configured');
        this.mailer ??= createTransport(this.o.smtpUrl);
        await this.mailer.sendMail({
          from: this.o.smtpFrom,
          to: [...channel.record.to],
          subject: title.slice(0, 200),
          text: [
            title,
            '',
            `State: ${alert.state}${alert.acknowledgedAt ? ' (acknowledged)' : ''}`,
            `Value: ${alert.value ?? 'n/a'}`,
            `Labels: ${labels}`,
            `Started: ${alert.startsAt}`,
            ...(alert.endsAt ? [`Ended: ${alert.endsAt}`] : []),
            ...(alert.description ? ['', alert.description] : []),
          ].join('\n'),
        });
        return;
      }
    }
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.mailer?.close();
    this.connection.disconnect();
    this.workerConnection?.disconnect();
  }
}
