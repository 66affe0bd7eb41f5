import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSqlDatabase, type RecordedEvent, type SqlClient } from '@kaoping/eventstore';
import { InProcessJobQueue } from '@kaoping/jobs';
import { NotificationOutbox } from '../notifications/notification-outbox';
import { NotificationWebhooks, isWebhookUrl, type WebhookJobs } from './notification-webhooks';

type Received = Readonly<{ body: string; headers: IncomingHttpHeaders }>;

/** A robot endpoint on a real local port: refuses the first request (HTTP 502), then answers as WeCom does. */
const flakyRobot = async (): Promise<Readonly<{ url: string; received: Received[]; server: Server }>> => {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      if (received.length === 1) {
        response.writeHead(502).end('bad gateway');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/webhook/send?key=test`, received, server };
};

const overdue = (recordedAt: string): RecordedEvent =>
  ({
    id: 'ev-1',
    type: 'DeadlinePassed',
    recordedAt,
    data: { cycleId: 'zd2026', deadlineId: 'mid-year-data', dueAt: '2026-07-15', overdue: [{ unitId: 'town-b' }], recipients: ['provider:finance-bureau'] },
  }) as unknown as RecordedEvent;

describe('notifications delivered to a robot webhook (WeCom / DingTalk JSON), at least once', () => {
  let client: SqlClient;
  let robot: Awaited<ReturnType<typeof flakyRobot>>;
  let queue: InProcessJobQueue<WebhookJobs>;
  let webhooks: NotificationWebhooks;
  let outbox: NotificationOutbox;

  beforeAll(async () => {
    client = await openSqlDatabase({ kind: 'embedded' });
    robot = await flakyRobot();
    queue = new InProcessJobQueue<WebhookJobs>({ backoffMs: 20, attempts: 5 });
    webhooks = new NotificationWebhooks({ client, schema: 'kaoping', queue });
    outbox = new NotificationOutbox({ client, schema: 'kaoping', follower: webhooks });
    await outbox.migrate();
    await queue.start(webhooks.handlers());
  });

  afterAll(async () => {
    await queue.close();
    await new Promise((resolve) => robot.server.close(resolve));
    await client.close();
  });

  it('retries a refused delivery with backoff and the robot receives the message exactly as sent, tagged with a stable id', async () => {
    await webhooks.set({ address: 'provider:finance-bureau', url: robot.url, setBy: 'office-1', setAt: '2026-07-01T00:00:00.000Z' });
    await outbox.project([overdue('2026-07-16T00:00:05.000Z')]);
    await queue.whenIdle();

    expect(robot.received).toHaveLength(2);
    const [first, second] = robot.received;
    expect(second?.body).toBe(first?.body);
    const message: unknown = JSON.parse(second?.body ?? '');
    const deliveryId = 'ev-1:provider:finance-bureau>webhook';
    expect(message).toEqual({
      msgtype: 'text',
      text: { content: `【考评通知】截止事项 mid-year-data（2026-07-15）已过期，仍有您负责的事项未完成，按零分计\n（通知编号 ${deliveryId}）` },
    });
    expect(second?.headers['x-kaoping-delivery-id']).toBe(deliveryId);
    expect(first?.headers['x-kaoping-delivery-id']).toBe(deliveryId);
    expect(await webhooks.delivery(deliveryId)).toMatchObject({ attempts: 2, deliveredAt: expect.any(String) });

    // A replay of the outbox (every boot) delivers nothing again.
    await outbox.project([overdue('2026-07-16T00:00:05.000Z')]);
    expect(await webhooks.enqueuePending()).toBe(0);
    await queue.whenIdle();
    expect(robot.received).toHaveLength(2);
  });

  it('delivers only notices from the time the webhook was set', async () => {
    const before = robot.received.length;
    await webhooks.set({ address: 'unit:town-b', url: robot.url, setBy: 'office-1', setAt: '2026-08-01T00:00:00.000Z' });
    await outbox.project([{ ...overdue('2026-07-16T00:00:05.000Z'), id: 'ev-2', data: { cycleId: 'zd2026', deadlineId: 'x', dueAt: '2026-07-15', overdue: [{ unitId: 'town-b' }] } } as RecordedEvent]);
    await queue.whenIdle();
    expect(robot.received).toHaveLength(before);
  });

  it('takes only http(s) URLs', () => {
    expect(isWebhookUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toBe(true);
    expect(isWebhookUrl('https://oapi.dingtalk.com/robot/send?access_token=abc')).toBe(true);
    expect(isWebhookUrl('ftp://example.com/x')).toBe(false);
    expect(isWebhookUrl('javascript:alert(1)')).toBe(false);
    expect(isWebhookUrl('not a url')).toBe(false);
  });
});

describe('read state of notifications, per person', () => {
  it('lists unread or all, and a notice to a role is read by each of its people apart', async () => {
    const client = await openSqlDatabase({ kind: 'embedded' });
    const outbox = new NotificationOutbox({ client, schema: 'kaoping' });
    await outbox.migrate();
    await outbox.add({ key: 'ev-9', kind: 'reminder', cycleId: 'zd2026', createdAt: '2026-07-08T00:00:00.000Z', recipients: ['role:office'], params: { deadlineId: 'd', dueAt: '2026-07-15' } });
    const one = { userId: 'office-1', role: 'office' };
    const two = { userId: 'office-2', role: 'office' };
    expect(await outbox.markRead(one, 'ev-9:role:office', new Date('2026-07-08T01:00:00Z'))).toBe(true);
    expect((await outbox.listFor(one)).map((n) => n.read)).toEqual([true]);
    expect(await outbox.listFor(one, { filter: 'unread' })).toEqual([]);
    expect((await outbox.listFor(two, { filter: 'unread' })).map((n) => n.id)).toEqual(['ev-9:role:office']);
    // Not addressed to a unit reporter: nothing to mark.
    expect(await outbox.markRead({ userId: 'rep-b', role: 'unit-reporter', unitId: 'town-b' }, 'ev-9:role:office', new Date())).toBe(false);
    await client.close();
  });
});
