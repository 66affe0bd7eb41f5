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

/**
 * Webhooks per address (configuration the office or admin sets, kept with who set it and when)
 * and the deliveries of the outbox's notices to them: a delivery row per (notice, webhook) with
 * the exact body, made when the notice is added (a replay adds none twice) for webhooks set by
 * the notice's time, then a job per pending delivery. A delivery is marked delivered when the
 * robot answered 2xx (and, for WeCom/DingTalk, `errcode` 0); else the job throws and is retried
 * with backoff. At least once: the same delivery may arrive twice, always with the same id.
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
    const pending = `SELECT id FROM ${this.schema}.notification_deliveries WHERE delivered_at IS NULL`;
    const rows =
      ids === undefined
        ? await this.input.client.query(`${pending} ORDER BY created_at, id`)
        : (await Promise.all(ids.map((id) => this.input.client.query(`${pending} AND id = $1`, [id])))).flat();
    for (const row of rows) await queue.enqueue({ name: 'webhook.deliver', jobId: `webhook:${text(row['id'])}`, payload: { deliveryId: text(row['id']) } });
    return rows.length;
  }

  /** A delivery as stored: where it goes, the body sent (the same on every attempt), whether it arrived. */
  async delivery(deliveryId: string): Promise<Readonly<{ id: string; url: string; body: string; attempts: number; deliveredAt?: string; lastError?: string }> | undefined> {
    const rows = await this.input.client.query(
      `SELECT id, url, body, attempts, delivered_at, last_error FROM ${this.schema}.notification_deliveries WHERE id = $1`,
      [deliveryId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      id: text(row['id']),
      url: text(row['url']),
      body: text(row['body']),
      attempts: Number(row['attempts']),
      ...(row['delivered_at'] === null ? {} : { deliveredAt: text(row['delivered_at']) }),
      ...(row['last_error'] === null ? {} : { lastError: text(row['last_error']) }),
    };
  }

  /** The job handler: POSTs the stored body; throws (to be retried with backoff) unless the robot took it. */
  handlers(clock: Readonly<{ now: () => Date }> = { now: () => new Date() }): JobHandlers<WebhookJobs> {
    return {
      'webhook.deliver': async (job) => {
        const delivery = await this.delivery(job.payload.deliveryId);
        if (delivery === undefined || delivery.deliveredAt !== undefined) return;
        await this.input.client.query(`UPDATE ${this.schema}.notification_deliveries SET attempts = attempts + 1 WHERE id = $1`, [delivery.id]);
        const failure = await this.post(delivery);
        if (failure !== undefined) {
          await this.input.client.query(`UPDATE ${this.schema}.notification_deliveries SET last_error = $2 WHERE id = $1`, [delivery.id, failure]);
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
