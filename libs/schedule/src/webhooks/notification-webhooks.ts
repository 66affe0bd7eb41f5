import type { SqlClient } from '@kaoping/eventstore';
import type { JobHandlers, JobQueue } from '@kaoping/jobs';
import type { AddedNotice, NoticeFollower } from '../notifications/notification-outbox';
import { notificationText } from '../notifications/notification-texts';

/** The queue webhook deliveries run on, and its one job: deliver one notice to one webhook (retried with backoff). */
export const WEBHOOK_QUEUE = 'kaoping-webhooks';
export type WebhookJobs = { 'webhook.deliver': { deliveryId: string } };

/** A robot webhook a notice address is delivered to: a person (`user:<id>`) or a group (`role:…`, `unit:…`, `provider:…`). */
export type NotificationWebhook = Readonly<{ address: string; url: string; setBy: string; setAt: string }>;

/** The JSON text message WeCom (企业微信) and DingTalk (钉钉) group robots take. */
export type RobotTextMessage = Readonly<{ msgtype: 'text'; text: Readonly<{ content: string }> }>;

const ADDRESS = /^(user|role|unit|provider):[^\s:]+$/;

/** Whether a text is an address a webhook can be set for. */
export const isWebhookAddress = (value: string): boolean => ADDRESS.test(value);

/** Whether a text is an http(s) URL with a host (the robots' URLs are https; http for a local relay). */
export const isWebhookUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
};

/**
 * The robot message of a notice: its Chinese wording, tagged with the delivery's stable id, so a
 * message delivered twice (at least once: a retry after a lost answer) is seen to be the same.
 */
export const robotMessageOf = (notice: AddedNotice, deliveryId: string): RobotTextMessage => ({
  msgtype: 'text',
  text: { content: `【考评通知】${notificationText({ kind: notice.kind, params: notice.params, stored: '', lang: 'zh-CN' })}\n（通知编号 ${deliveryId}）` },
});

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Where a delivery is: made, still being tried, or out of tries (until someone retries it). */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

/** A delivery as stored: where it goes, the body sent (the same on every attempt), whether it arrived, and the retries asked for. */
export type WebhookDelivery = Readonly<{
  id: string;
  notificationId: string;
  address: string;
  url: string;
  body: string;
  createdAt: string;
  status: DeliveryStatus;
  /** Tries made so far, over every retry. */
  attempts: number;
  deliveredAt?: string;
  /** When its last try failed with no try left. */
  failedAt?: string;
  lastError?: string;
  /** How many times the office or an admin retried it, and the last who and when. */
  retries: number;
  retriedBy?: string;
  retriedAt?: string;
}>;

/** What retrying a delivery did. */
export type DeliveryRetry =
  | Readonly<{ outcome: 'retried'; delivery: WebhookDelivery }>
  | Readonly<{ outcome: 'not-found' }>
  | Readonly<{ outcome: 'not-failed'; status: DeliveryStatus }>;

const COLUMNS = 'id, notification_id, address, url, body, created_at, attempts, delivered_at, failed_at, last_error, retries, retried_by, retried_at';
const optional = (row: Readonly<Record<string, unknown>>, column: string): string | undefined => (row[column] === null || row[column] === undefined ? undefined : text(row[column]));
const deliveryOf = (row: Readonly<Record<string, unknown>>): WebhookDelivery => {
  const deliveredAt = optional(row, 'delivered_at');
  const failedAt = optional(row, 'failed_at');
  const lastError = optional(row, 'last_error');
  const retriedBy = optional(row, 'retried_by');
  const retriedAt = optional(row, 'retried_at');
  return {
    id: text(row['id']),
    notificationId: text(row['notification_id']),
    address: text(row['address']),
    url: text(row['url']),
    body: text(row['body']),
    createdAt: text(row['created_at']),
    status: deliveredAt !== undefined ? 'delivered' : failedAt !== undefined ? 'failed' : 'pending',
    attempts: Number(row['attempts']),
    ...(deliveredAt === undefined ? {} : { deliveredAt }),
    ...(failedAt === undefined ? {} : { failedAt }),
    ...(lastError === undefined ? {} : { lastError }),
    retries: Number(row['retries'] ?? 0),
    ...(retriedBy === undefined ? {} : { retriedBy }),
    ...(retriedAt === undefined ? {} : { retriedAt }),
  };
};

/** The job of a delivery's first round of tries, or of its n-th retry (a failed job's id is known to the queue for good). */
const jobIdOf = (deliveryId: string, retries: number): string => (retries === 0 ? `webhook:${deliveryId}` : `webhook:${deliveryId}#retry-${retries}`);

/**
 * Webhooks per address (configuration the office or admin sets, kept with who set it and when)
 * and the deliveries of the outbox's notices to them: a delivery row per (notice, webhook) with
 * the exact body, made when the notice is added (a replay adds none twice) for webhooks set by
 * the notice's time, then a job per pending delivery. A delivery is marked delivered when the
 * robot answered 2xx (and, for WeCom/DingTalk, `errcode` 0); else the job throws and is retried
 * with backoff. At least once: the same delivery may arrive twice, always with the same id.
 * When its last try (`attempts`, the queue's) fails, the delivery is marked failed; the office
 * or an admin may retry it, which gives it a fresh round of tries under a new job.
 */
export class NotificationWebhooks implements NoticeFollower {
  private readonly schema: string;

  constructor(
    private readonly input: Readonly<{
      client: SqlClient;
      schema: string;
      queue?: Pick<JobQueue<WebhookJobs>, 'enqueue'>;
      fetch?: typeof fetch;
      timeoutMs?: number;
      /** The queue's tries per job (the first included): a failure on the last marks the delivery failed. Default 8. */
      attempts?: number;
    }>,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(input.schema)) throw new Error(`bad schema name ${input.schema}`);
    this.schema = input.schema;
  }

  async migrate(): Promise<void> {
    await this.input.client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    await this.input.client.query(
      `CREATE TABLE IF NOT EXISTS ${this.schema}.notification_webhooks (address text PRIMARY KEY, url text NOT NULL, set_by text NOT NULL, set_at text NOT NULL)`,
    );
    await this.input.client.query(
      `CREATE TABLE IF NOT EXISTS ${this.schema}.notification_deliveries (
         id text PRIMARY KEY, notification_id text NOT NULL, address text NOT NULL, url text NOT NULL, body text NOT NULL,
         created_at text NOT NULL, attempts integer NOT NULL DEFAULT 0, delivered_at text, last_error text)`,
    );
    for (const column of ['failed_at text', 'retries integer NOT NULL DEFAULT 0', 'retried_by text', 'retried_at text']) {
      await this.input.client.query(`ALTER TABLE ${this.schema}.notification_deliveries ADD COLUMN IF NOT EXISTS ${column}`);
    }
  }

  /** Sets (or replaces) the webhook of an address; notices from now on are delivered to it. */
  async set(webhook: NotificationWebhook): Promise<void> {
    if (!isWebhookAddress(webhook.address)) throw new Error(`bad webhook address ${webhook.address}`);
    if (!isWebhookUrl(webhook.url)) throw new Error(`bad webhook url ${webhook.url}`);
    await this.input.client.query(
      `INSERT INTO ${this.schema}.notification_webhooks (address, url, set_by, set_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (address) DO UPDATE SET url = EXCLUDED.url, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [webhook.address, webhook.url, webhook.setBy, webhook.setAt],
    );
  }

  /** Removes the webhook of an address; false when it had none. */
  async remove(address: string): Promise<boolean> {
    const rows = await this.input.client.query(`DELETE FROM ${this.schema}.notification_webhooks WHERE address = $1 RETURNING address`, [address]);
    return rows.length > 0;
  }

  async list(): Promise<readonly NotificationWebhook[]> {
    const rows = await this.input.client.query(`SELECT address, url, set_by, set_at FROM ${this.schema}.notification_webhooks ORDER BY address`);
    return rows.map((row) => ({ address: text(row['address']), url: text(row['url']), setBy: text(row['set_by']), setAt: text(row['set_at']) }));
  }

  /** A notice was added to the outbox: a delivery for its address's webhook (if set by then), and its job. */
  async added(notice: AddedNotice): Promise<void> {
    const hooks = await this.input.client.query(`SELECT url, set_at FROM ${this.schema}.notification_webhooks WHERE address = $1`, [notice.recipient]);
    const hook = hooks[0];
    if (hook === undefined || text(hook['set_at']) > notice.createdAt) return;
    const deliveryId = `${notice.id}>webhook`;
    await this.input.client.query(
      `INSERT INTO ${this.schema}.notification_deliveries (id, notification_id, address, url, body, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [deliveryId, notice.id, notice.recipient, text(hook['url']), JSON.stringify(robotMessageOf(notice, deliveryId)), notice.createdAt],
    );
    await this.enqueuePending([deliveryId]);
  }

  /** Enqueues a job per delivery not yet made (all of them without ids: after a restart). Enqueueing a known job id adds nothing. */
  async enqueuePending(ids?: readonly string[]): Promise<number> {
    const queue = this.input.queue;
    if (queue === undefined) return 0;
    const pending = `SELECT id, retries FROM ${this.schema}.notification_deliveries WHERE delivered_at IS NULL AND failed_at IS NULL`;
    const rows =
      ids === undefined
        ? await this.input.client.query(`${pending} ORDER BY created_at, id`)
        : (await Promise.all(ids.map((id) => this.input.client.query(`${pending} AND id = $1`, [id])))).flat();
    for (const row of rows) {
      const deliveryId = text(row['id']);
      await queue.enqueue({ name: 'webhook.deliver', jobId: jobIdOf(deliveryId, Number(row['retries'] ?? 0)), payload: { deliveryId } });
    }
    return rows.length;
  }

  /** Deliveries, newest first (at most `limit`, default 100), of one status if given. */
  async deliveries(filter: Readonly<{ status?: DeliveryStatus; limit?: number }> = {}): Promise<readonly WebhookDelivery[]> {
    const where =
      filter.status === 'delivered' ? 'WHERE delivered_at IS NOT NULL' : filter.status === 'failed' ? 'WHERE delivered_at IS NULL AND failed_at IS NOT NULL' : filter.status === 'pending' ? 'WHERE delivered_at IS NULL AND failed_at IS NULL' : '';
    const rows = await this.input.client.query(`SELECT ${COLUMNS} FROM ${this.schema}.notification_deliveries ${where} ORDER BY created_at DESC, id LIMIT $1`, [filter.limit ?? 100]);
    return rows.map(deliveryOf);
  }

  /**
   * Retries a failed delivery (one that used all its tries): it is pending again with a fresh round
   * of tries under a new job, the same body and id; who asked and when are kept with it.
   */
  async retry(deliveryId: string, by: Readonly<{ userId: string; at: string }>): Promise<DeliveryRetry> {
    const rows = await this.input.client.query(
      `UPDATE ${this.schema}.notification_deliveries SET failed_at = NULL, retries = retries + 1, retried_by = $2, retried_at = $3
       WHERE id = $1 AND delivered_at IS NULL AND failed_at IS NOT NULL RETURNING retries`,
      [deliveryId, by.userId, by.at],
    );
    const retried = rows[0];
    if (retried === undefined) {
      const delivery = await this.delivery(deliveryId);
      return delivery === undefined ? { outcome: 'not-found' } : { outcome: 'not-failed', status: delivery.status };
    }
    await this.input.queue?.enqueue({ name: 'webhook.deliver', jobId: jobIdOf(deliveryId, Number(retried['retries'])), payload: { deliveryId } });
    const delivery = await this.delivery(deliveryId);
    if (delivery === undefined) return { outcome: 'not-found' };
    return { outcome: 'retried', delivery };
  }

  /** A delivery as stored, or undefined. */
  async delivery(deliveryId: string): Promise<WebhookDelivery | undefined> {
    const rows = await this.input.client.query(`SELECT ${COLUMNS} FROM ${this.schema}.notification_deliveries WHERE id = $1`, [deliveryId]);
    const row = rows[0];
    return row === undefined ? undefined : deliveryOf(row);
  }

  /** The job handler: POSTs the stored body; throws (to be retried with backoff) unless the robot took it. */
  handlers(clock: Readonly<{ now: () => Date }> = { now: () => new Date() }): JobHandlers<WebhookJobs> {
    return {
      'webhook.deliver': async (job) => {
        const delivery = await this.delivery(job.payload.deliveryId);
        if (delivery === undefined || delivery.status !== 'pending') return;
        await this.input.client.query(`UPDATE ${this.schema}.notification_deliveries SET attempts = attempts + 1 WHERE id = $1`, [delivery.id]);
        const failure = await this.post(delivery);
        if (failure !== undefined) {
          // The queue tries a job `attempts` times: after the last, nothing will try this delivery again unless someone retries it.
          const last = job.attempt >= (this.input.attempts ?? 8);
          await this.input.client.query(`UPDATE ${this.schema}.notification_deliveries SET last_error = $2, failed_at = $3 WHERE id = $1`, [
            delivery.id,
            failure,
            last ? clock.now().toISOString() : null,
          ]);
          throw new Error(`webhook delivery ${delivery.id} failed: ${failure}`);
        }
        await this.input.client.query(`UPDATE ${this.schema}.notification_deliveries SET delivered_at = $2, last_error = NULL WHERE id = $1`, [
          delivery.id,
          clock.now().toISOString(),
        ]);
      },
    };
  }

  /** One attempt; undefined when delivered, else why not. */
  private async post(delivery: Readonly<{ id: string; url: string; body: string }>): Promise<string | undefined> {
    const doFetch = this.input.fetch ?? fetch;
    try {
      const response = await doFetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-kaoping-delivery-id': delivery.id },
        body: delivery.body,
        signal: AbortSignal.timeout(this.input.timeoutMs ?? 10_000),
      });
      const answer = await response.text();
      if (!response.ok) return `HTTP ${response.status}`;
      // WeCom and DingTalk answer 200 with {"errcode": n, "errmsg": …}; non-zero is a refusal (e.g. rate limited).
      const errcode = answerCode(answer);
      return errcode === undefined || errcode === 0 ? undefined : `errcode ${errcode}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}

const answerCode = (answer: string): number | undefined => {
  try {
    const parsed: unknown = JSON.parse(answer);
    if (typeof parsed !== 'object' || parsed === null || !('errcode' in parsed)) return undefined;
    return typeof parsed.errcode === 'number' ? parsed.errcode : undefined;
  } catch {
    return undefined;
  }
};
