import { type Kaoping, startKaoping } from './support/kaoping';

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
