import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { executeUserCommand } from '@kaoping/identity';
import { TEST_ADMIN_PASSWORD, TEST_JWT_SECRET, bootApi, type ApiUnderTest } from '../testing/api-test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('sign-in and accounts through HTTP (embedded store)', () => {
  let api: ApiUnderTest;
  let admin: string;

  beforeAll(async () => {
    api = await bootApi();
    admin = await api.login('admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(() => api.close());

  const provision = (body: Readonly<Record<string, unknown>>, key?: string) =>
    api
      .http()
      .post('/users')
      .set(bearer(admin))
      .set(key === undefined ? {} : { 'Idempotency-Key': key })
      .send(body);

  it('provisions the first admin at start, recorded as done by the system', async () => {
    const [first] = await api.log();
    expect(first).toMatchObject({
      streamId: 'user-admin',
      type: 'UserProvisioned',
      data: { userId: 'admin', grants: [{ role: 'admin' }] },
      metadata: { actorId: 'system', role: 'system', commandId: 'first-run-admin' },
    });
    const me = await api.http().get('/auth/me').set(bearer(admin)).expect(200);
    expect(me.body).toEqual({ userId: 'admin', name: '系统管理员', role: 'admin' });
  });

  it('lets the admin provision a user who then signs in, in the role granted', async () => {
    const res = await provision({ userId: 'li.ming', name: '李明', grants: [{ role: 'office' }], password: 'li ming password' }).expect(201);
    expect(res.body).toEqual({ eventIds: [expect.any(String)], streamId: 'user-li.ming', revision: 0, position: expect.stringMatching(/^\d+$/) });
    const login = await api.http().post('/auth/login').send({ userId: 'li.ming', password: 'li ming password' }).expect(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600, role: 'office', scope: {} });
    const [stored] = await api.store.readStream('user-li.ming');
    expect(stored?.metadata).toMatchObject({ actorId: 'admin', role: 'admin' });
    expect(JSON.stringify([stored?.data, stored?.metadata])).not.toContain('li ming password');
  });

  it('gives one answer for an unknown user and a wrong password', async () => {
    const unknown = await api.http().post('/auth/login').send({ userId: 'nobody', password: 'whatever you like' }).expect(401);
    const wrong = await api.http().post('/auth/login').send({ userId: 'admin', password: 'not the password' }).expect(401);
    expect(unknown.body).toEqual({ statusCode: 401, code: 'invalid-credentials', message: expect.any(String), details: [] });
    expect(wrong.body).toEqual(unknown.body);
  });

  it('makes a user holding several roles choose one, and only one it holds', async () => {
    await provision({
      userId: 'zhao.lei',
      name: '赵磊',
      grants: [{ role: 'unit-reporter', unitId: 'xinchengpu' }, { role: 'inspector' }],
      password: 'zhao lei password',
    }).expect(201);
    const choose = await api.http().post('/auth/login').send({ userId: 'zhao.lei', password: 'zhao lei password' }).expect(400);
    expect(choose.body).toMatchObject({ code: 'role-choice-required', details: [{ path: 'grants[0]' }, { path: 'grants[1]' }] });
    // Each grant held is named by its role id (the console offers them to choose from), in either language.
    expect(choose.body.details.map((d: { message: string }) => d.message)).toEqual(['字段 grants[0]：unit-reporter（单位 xinchengpu）', '字段 grants[1]：inspector']);
    const inEnglish = await api.http().post('/auth/login').set('Accept-Language', 'en').send({ userId: 'zhao.lei', password: 'zhao lei password' }).expect(400);
    expect(inEnglish.body.details.map((d: { message: string }) => d.message)).toEqual(['unit-reporter, unit xinchengpu', 'inspector']);
    const chosen = await api.http().post('/auth/login').send({ userId: 'zhao.lei', password: 'zhao lei password', role: 'unit-reporter' }).expect(200);
    expect(chosen.body).toMatchObject({ role: 'unit-reporter', scope: { unitId: 'xinchengpu' } });
    const notHeld = await api.http().post('/auth/login').send({ userId: 'zhao.lei', password: 'zhao lei password', role: 'office' }).expect(403);
    expect(notHeld.body.code).toBe('role-not-granted');
  });

  it('answers 401 without a token, with a bad one and with an expired one', async () => {
    expect((await api.http().get('/users').expect(401)).body.code).toBe('missing-token');
    expect((await api.http().get('/users').set(bearer('not.a.token')).expect(401)).body.code).toBe('invalid-token');
    const forged = new JwtService({ secret: 'another-secret-of-at-least-32-characters' }).sign({ sub: 'admin', role: 'admin' });
    expect((await api.http().get('/users').set(bearer(forged)).expect(401)).body.code).toBe('invalid-token');
    const expired = new JwtService({ secret: TEST_JWT_SECRET }).sign({ sub: 'admin', role: 'admin', exp: Math.floor(Date.parse('2020-01-01') / 1000) });
    expect((await api.http().get('/users').set(bearer(expired)).expect(401)).body.code).toBe('token-expired');
  });

  it('refuses user provisioning to every other role with 403 naming the role and the action, writing nothing', async () => {
    const office = await api.login('li.ming', 'li ming password');
    const before = await api.log();
    const res = await api.http().post('/users').set(bearer(office)).set('Accept-Language', 'en').send({ userId: 'x', name: 'x', grants: [{ role: 'admin' }], password: 'x password 12' }).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: 'role-not-allowed', message: expect.stringMatching(/office role may not ProvisionUser/) });
    expect(await api.log()).toEqual(before);
  });

  it('names the field and the rule of bad input, writing nothing', async () => {
    const before = await api.log();
    const res = await provision({ userId: 'wang.fang', name: '', grants: [{ role: 'chief' }], password: 'short' }).expect(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name', rule: 'minLength' }),
        expect.objectContaining({ path: 'grants[0].role', rule: 'isIn' }),
        expect.objectContaining({ path: 'password', rule: 'minLength' }),
      ]),
    );
    const scope = await provision({ userId: 'wang.fang', name: '王芳', grants: [{ role: 'data-provider' }], password: 'wang fang password' }).expect(400);
    expect(scope.body).toMatchObject({ code: 'scope-required', details: [{ path: 'grants[0].providerId', rule: 'scope-required' }] });
    expect(await api.log()).toEqual(before);
  });

  it('answers a retried request with the same Idempotency-Key as the first time, recording one event', async () => {
    const body = { userId: 'chen.jing', name: '陈静', grants: [{ role: 'auditor' }], password: 'chen jing password' };
    const first = await provision(body, 'provision-chen-jing').expect(201);
    const before = await api.log();
    const again = await provision(body, 'provision-chen-jing').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBe('false');
    expect(await api.log()).toEqual(before);
    expect(await api.store.readStream('user-chen.jing')).toHaveLength(1);
    const reused = await provision({ ...body, name: '陈晶' }, 'provision-chen-jing').expect(409);
    expect(reused.body).toMatchObject({ code: 'idempotency-key-reused', details: [{ path: 'Idempotency-Key', rule: 'reused' }] });
  });

  it('answers 409 with expected and actual revision when the account moved since the client read it', async () => {
    await api.http().post('/users/li.ming/grants').set(bearer(admin)).send({ role: 'committee' }).expect(201);
    const before = await api.log();
    const res = await api.http().post('/users/li.ming/grants').set(bearer(admin)).set('If-Match', '"0"').send({ role: 'auditor' }).expect(409);
    expect(res.body).toMatchObject({
      code: 'concurrency-conflict',
      details: { streamId: 'user-li.ming', expectedRevision: 0, actualRevision: 1, appendedSince: [{ type: 'RoleGranted', actorId: 'admin', role: 'admin', revision: 1 }] },
    });
    expect(await api.log()).toEqual(before);
  });

  it('stops a token the moment its role is revoked or its account disabled', async () => {
    const committee = await api.login('li.ming', 'li ming password', { role: 'committee' });
    await api.http().get('/auth/me').set(bearer(committee)).expect(200);
    await api.http().delete('/users/li.ming/grants').set(bearer(admin)).send({ role: 'committee', reason: '岗位调整' }).expect(201);
    expect((await api.http().get('/auth/me').set(bearer(committee)).expect(401)).body.code).toBe('token-revoked');
    const office = await api.login('li.ming', 'li ming password', { role: 'office' });
    await api.http().post('/users/li.ming/disable').set(bearer(admin)).send({ reason: '调离' }).expect(201);
    expect((await api.http().get('/auth/me').set(bearer(office)).expect(401)).body.code).toBe('token-revoked');
    await api.http().post('/auth/login').send({ userId: 'li.ming', password: 'li ming password' }).expect(401);
  });

  it('stops a token once a role revoked outside this API (the operator CLI) reaches it through the log, though its account was read before', async () => {
    await provision({ userId: 'sun.yue', name: '孙越', grants: [{ role: 'office' }, { role: 'auditor' }], password: 'sun yue password' }).expect(201);
    const auditor = await api.login('sun.yue', 'sun yue password', { role: 'auditor' });
    await api.http().get('/auth/me').set(bearer(auditor)).expect(200);
    await executeUserCommand(api.store, {
      type: 'RevokeRole',
      data: { userId: 'sun.yue', grant: { role: 'auditor' } },
      meta: { commandId: randomUUID(), actor: { userId: 'system', role: 'system' }, now: new Date().toISOString(), reason: '命令行撤销' },
    });
    let status = 200;
    for (let attempt = 0; attempt < 100 && status === 200; attempt++) {
      status = (await api.http().get('/auth/me').set(bearer(auditor))).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(401);
    await api.http().get('/auth/me').set(bearer(await api.login('sun.yue', 'sun yue password', { role: 'office' }))).expect(200);
  });

  it('lets a user change their own password, and the admin reset it', async () => {
    const auditor = await api.login('chen.jing', 'chen jing password');
    const wrong = await api.http().put('/auth/password').set(bearer(auditor)).send({ currentPassword: 'not it at all', newPassword: 'chen jing new password' }).expect(400);
    expect(wrong.body.details).toEqual([expect.objectContaining({ path: 'currentPassword' })]);
    await api.http().put('/auth/password').set(bearer(auditor)).send({ currentPassword: 'chen jing password', newPassword: 'chen jing new password' }).expect(204);
    await api.http().post('/auth/login').send({ userId: 'chen.jing', password: 'chen jing password' }).expect(401);
    // The change revoked every token issued before it, this one too.
    expect((await api.http().get('/auth/me').set(bearer(auditor)).expect(401)).body.code).toBe('token-revoked');
    const renewed = await api.login('chen.jing', 'chen jing new password');
    await api.http().put('/users/chen.jing/password').set(bearer(renewed)).send({ password: 'auditor cannot do this' }).expect(403);
    await api.http().put('/users/chen.jing/password').set(bearer(admin)).send({ password: 'reset by the admin' }).expect(204);
    expect((await api.http().get('/auth/me').set(bearer(renewed)).expect(401)).body.code).toBe('token-revoked');
    await api.login('chen.jing', 'reset by the admin');
  });

  it('lists the accounts to the admin and the auditor only', async () => {
    const auditor = await api.login('chen.jing', 'reset by the admin');
    const list = await api.http().get('/users').set(bearer(auditor)).expect(200);
    expect(list.body.map((u: { userId: string }) => u.userId)).toEqual(['admin', 'chen.jing', 'li.ming', 'sun.yue', 'zhao.lei']);
    const reporter = await api.login('zhao.lei', 'zhao lei password', { role: 'unit-reporter' });
    await api.http().get('/users').set(bearer(reporter)).expect(403);
  });

  it('documents every route with its tag, and the bearer scheme', async () => {
    const doc = await api.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/auth/login', '/auth/me', '/auth/password', '/users', '/users/{userId}/grants']));
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
