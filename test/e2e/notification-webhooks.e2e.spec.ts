import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JobQueue } from '@kaoping/jobs';
import { handleEvaluationCommand } from '@kaoping/cycle-log';
import {
  NOTIFICATION_OUTBOX,
  NOTIFICATION_WEBHOOKS,
  WEBHOOK_JOB_QUEUE,
  type NotificationOutbox,
  type NotificationWebhooks,
  type WebhookDelivery,
  type WebhookJobs,
} from '@kaoping/schedule';
import { type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

describe('notifications over HTTP: read filter and robot webhooks', () => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping('embedded');
  }, 120_000);
  afterAll(() => k.close());

  it('lets the office set a WeCom/DingTalk webhook per person or group, validating address and URL, and nobody else', async () => {
    const [office, reporter] = [await k.asOffice(), await k.asReporter('town-a')];
    const put = (who: Readonly<{ Authorization: string }>, body: object) => k.api.http().put('/notification-webhooks').set(who).send(body);
    const badUrl = await put(office, { address: 'unit:town-a', url: 'ftp://example.com/robot' });
    expect([badUrl.status, badUrl.body.details?.[0]?.path, badUrl.body.details?.[0]?.rule]).toEqual([400, 'url', 'isUrl']);
    const badAddress = await put(office, { address: 'town-a', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' });
    expect([badAddress.status, badAddress.body.details?.[0]?.path]).toEqual([400, 'address']);
    const refused = await put(reporter, { address: 'unit:town-a', url: 'https://oapi.dingtalk.com/robot/send?access_token=t' });
    expect([refused.status, refused.body.code]).toEqual([403, 'role-not-allowed']);
    const set = await put(office, { address: 'unit:town-a', url: 'https://oapi.dingtalk.com/robot/send?access_token=t' });
    expect(set.status).toBe(200);
    const listed = await k.api.http().get('/notification-webhooks').set(office);
    expect(listed.body).toEqual([expect.objectContaining({ address: 'unit:town-a', url: 'https://oapi.dingtalk.com/robot/send?access_token=t', setBy: 'wang.office' })]);
    expect((await k.api.http().delete('/notification-webhooks/unit:town-a').set(office)).status).toBe(204);
    expect((await k.api.http().delete('/notification-webhooks/unit:town-a').set(office)).body.code).toBe('webhook-not-found');
  });

  it('filters the list by read state and refuses to mark read a notification not addressed to you', async () => {
    const reporter = await k.asReporter('town-a');
    const unread = await k.api.http().get('/notifications?filter=unread').set(reporter);
    expect([unread.status, unread.body]).toEqual([200, []]);
    const bad = await k.api.http().get('/notifications?filter=new').set(reporter);
    expect([bad.status, bad.body.details?.[0]?.path]).toEqual([400, 'filter']);
    const missing = await k.api.http().post('/notifications/nope/read').set(reporter);
    expect([missing.status, missing.body.code]).toEqual([404, 'notification-not-found']);
  });
});

/** A robot endpoint on a real local port: refuses every request (HTTP 502) until told to answer as WeCom does. */
const robotDown = async () => {
  const received: Readonly<{ body: string; headers: IncomingHttpHeaders }>[] = [];
  const state = { up: false };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      if (!state.up) {
        response.writeHead(502).end('bad gateway');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/webhook/send?key=test`, received, state, server };
};

// A delivery that used all its tries stays failed until the office or an admin retries it.
describe('webhook deliveries out of tries: shown as failed, retried by the office', () => {
  let k: Kaoping;
  let robot: Awaited<ReturnType<typeof robotDown>>;
  beforeAll(async () => {
    robot = await robotDown();
    // Two tries 10 ms apart, as an operator could set them (8 from 5 s by default).
    k = await startKaoping('embedded', { settings: { WEBHOOK_ATTEMPTS: '2', WEBHOOK_BACKOFF_MS: '10' } });
  }, 120_000);
  afterAll(async () => {
    await k.close();
    await new Promise((resolve) => robot.server.close(resolve));
  });

  const deliveries = async (query: string): Promise<readonly WebhookDelivery[]> => {
    const res = await k.api.http().get(`/notification-deliveries${query}`).set(await k.asOffice());
    expect(res.status).toBe(200);
    return res.body as readonly WebhookDelivery[];
  };
  // The schedule is off in these suites: the test starts the delivery queue and waits for it to be idle.
  const queue = (): JobQueue<WebhookJobs> => k.api.app.get<JobQueue<WebhookJobs>>(WEBHOOK_JOB_QUEUE, { strict: false });
  const only = async (status: WebhookDelivery['status']): Promise<WebhookDelivery> => {
    const listed = await deliveries(`?status=${status}`);
    expect(listed).toHaveLength(1);
    return listed[0] as WebhookDelivery;
  };

  it('marks the delivery failed after its last try, lets the office retry it, and the robot then gets the same message with the same id', async () => {
    const office = await k.asOffice();
    await queue().start(k.api.app.get<NotificationWebhooks>(NOTIFICATION_WEBHOOKS, { strict: false }).handlers());
    expect((await k.api.http().put('/notification-webhooks').set(office).send({ address: 'provider:finance-bureau', url: robot.url })).status).toBe(200);
    await k.send(office, '/cycles', { cycleId: 'budget2025', year: 2025, name: '2025年度项目支出绩效评价' });
    await k.send(office, '/cycles/budget2025/scheme', { schemeYaml: readRepoFile('schemes/s9-budget-performance.yaml') });
    // The overdue fact the schedule would record for the first tracking round, and the outbox's notice of it.
    const outcome = await handleEvaluationCommand({
      store: k.api.store,
      command: {
        type: 'RecordDeadlinePassed',
        data: { cycleId: 'budget2025', deadlineId: 'tracking-1-data', overdue: [], recipients: ['provider:finance-bureau'] },
        meta: { commandId: 'webhook-suite-overdue', actor: { userId: 'system', role: 'system' }, now: '2025-07-16T00:00:00.000Z' },
      },
    });
    const recorded = (await k.api.log()).filter((event) => outcome.eventIds.includes(event.id));
    await k.api.app.get<NotificationOutbox>(NOTIFICATION_OUTBOX).project(recorded);

    await queue().whenIdle();
    const failed = await only('failed');
    expect(failed).toMatchObject({ address: 'provider:finance-bureau', url: robot.url, status: 'failed', attempts: 2, lastError: 'HTTP 502', retries: 0, failedAt: expect.any(String) });
    expect(robot.received).toHaveLength(2);
    expect(await deliveries('?status=pending')).toEqual([]);

    // Only the office and admins retry; only a failed delivery; an unknown one is not found.
    const byReporter = await k.api.http().post(`/notification-deliveries/${encodeURIComponent(failed.id)}/retry`).set(await k.asReporter('town-a'));
    expect([byReporter.status, byReporter.body.code]).toEqual([403, 'role-not-allowed']);
    const unknown = await k.api.http().post('/notification-deliveries/nope/retry').set(office);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'delivery-not-found']);

    robot.state.up = true;
    const retried = await k.api.http().post(`/notification-deliveries/${encodeURIComponent(failed.id)}/retry`).set(office);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: failed.id, retries: 1, retriedBy: 'wang.office' });
    expect(retried.body.failedAt).toBeUndefined();

    await queue().whenIdle();
    const delivered = await only('delivered');
    expect(delivered).toMatchObject({ id: failed.id, attempts: 3, retries: 1, deliveredAt: expect.any(String) });
    expect(delivered.lastError).toBeUndefined();
    expect(robot.received).toHaveLength(3);
    expect(robot.received.map((request) => request.body)).toEqual([failed.body, failed.body, failed.body]);
    expect(robot.received.map((request) => request.headers['x-kaoping-delivery-id'])).toEqual([failed.id, failed.id, failed.id]);
    expect(await deliveries('?status=failed')).toEqual([]);

    const again = await k.api.http().post(`/notification-deliveries/${encodeURIComponent(failed.id)}/retry`).set(office).set('Accept-Language', 'zh-CN');
    expect([again.status, again.body.code]).toEqual([409, 'delivery-not-failed']);
    expect(again.body.message).toContain('失败推送');
  });
});
