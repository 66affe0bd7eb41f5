import { randomInt } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { PHASE_QUEUE } from '@kaoping/schedule';
import { TEST_ADMIN_PASSWORD, TEST_JWT_SECRET, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { DASHBOARD_COOKIE } from '../ops/dashboard-session';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

// With jobs on BullMQ (a Redis database of its own), so the queue dashboard and its sessions are there too.
describe('accounts: revocable tokens and sessions, throttled sign-in, security headers', () => {
  const target = new URL(REDIS_URL);
  target.pathname = `/${randomInt(1, 16)}`;
  let api: ApiUnderTest;
  let admin: string;

  beforeAll(async () => {
    api = await bootApi({ REDIS_URL: target.href });
    admin = await api.login('admin', TEST_ADMIN_PASSWORD);
    for (const [userId, role] of [['sun.admin', 'admin'], ['qian.office', 'office'], ['zhou.office', 'office']] as const) {
      await api.http().post('/users').set(bearer(admin)).send({ userId, name: userId, grants: [{ role }], password: `${userId} password` }).expect(201);
    }
  });
  afterAll(async () => {
    await api.close();
    const redis = new Redis(target.href, { maxRetriesPerRequest: null });
    const queue = new Queue(PHASE_QUEUE, { connection: redis });
    await queue.obliterate({ force: true });
    await queue.close();
    await redis.quit();
  });

  it('sends security headers, no X-Powered-By, and no CORS headers unless CORS_ORIGINS is set', async () => {
    const res = await api.http().get('/health').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await api.http().options('/auth/login').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses tokens without exp, or not carrying the account token version', async () => {
    const signer = new JwtService({ secret: TEST_JWT_SECRET });
    const noExp = signer.sign({ sub: 'admin', role: 'admin', ver: 1 });
    expect((await api.http().get('/auth/me').set(bearer(noExp)).expect(401)).body.code).toBe('invalid-token');
    const noVersion = signer.sign({ sub: 'admin', role: 'admin' }, { expiresIn: 600 });
    expect((await api.http().get('/auth/me').set(bearer(noVersion)).expect(401)).body.code).toBe('invalid-token');
    const oldVersion = signer.sign({ sub: 'admin', role: 'admin', ver: 0 }, { expiresIn: 600 });
    expect((await api.http().get('/auth/me').set(bearer(oldVersion)).expect(401)).body.code).toBe('token-revoked');
  });

  it('revokes tokens on a password change, a reset and a disabled account', async () => {
    const before = await api.login('qian.office', 'qian.office password');
    await api.http().put('/auth/password').set(bearer(before)).send({ currentPassword: 'qian.office password', newPassword: 'qian office new password' }).expect(204);
    expect((await api.http().get('/auth/me').set(bearer(before)).expect(401)).body.code).toBe('token-revoked');
    const afterChange = await api.login('qian.office', 'qian office new password');
    await api.http().get('/auth/me').set(bearer(afterChange)).expect(200);
    await api.http().put('/users/qian.office/password').set(bearer(admin)).send({ password: 'reset by the admin' }).expect(204);
    expect((await api.http().get('/auth/me').set(bearer(afterChange)).expect(401)).body.code).toBe('token-revoked');
    const afterReset = await api.login('qian.office', 'reset by the admin');
    await api.http().post('/users/qian.office/disable').set(bearer(admin)).send({ reason: '调离' }).expect(201);
    expect((await api.http().get('/auth/me').set(bearer(afterReset)).expect(401)).body.code).toBe('token-revoked');
  });

  it('ends a queue dashboard session when its admin is disabled, and when the password changes', async () => {
    const open = async (token: string): Promise<string> => {
      const res = await api.http().post('/ops/dashboard-session').set(bearer(token)).expect(204);
      return String(res.headers['set-cookie']).split(';')[0] ?? '';
    };
    const own = await open(admin);
    await api.http().get('/admin/queues/api/queues').set('Cookie', own).expect(200);
    const sun = await api.login('sun.admin', 'sun.admin password');
    const sunCookie = await open(sun);
    await api.http().get('/admin/queues/api/queues').set('Cookie', sunCookie).expect(200);
    await api.http().post('/users/sun.admin/disable').set(bearer(admin)).send({ reason: '离职' }).expect(201);
    const refused = await api.http().get('/admin/queues/api/queues').set('Cookie', sunCookie).expect(401);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: `cookie.${DASHBOARD_COOKIE}`, rule: 'revoked' })]);
    await api.http().put('/auth/password').set(bearer(admin)).send({ currentPassword: TEST_ADMIN_PASSWORD, newPassword: 'admin new password' }).expect(204);
    await api.http().get('/admin/queues/api/queues').set('Cookie', own).expect(401);
    admin = await api.login('admin', 'admin new password');
  });

  it('locks an account after 5 wrong passwords (429 with Retry-After, even with the right one), then an address after 20 failures', async () => {
    for (let i = 0; i < 5; i++) await api.http().post('/auth/login').send({ userId: 'zhou.office', password: `wrong password ${i}` }).expect(401);
    const locked = await api.http().post('/auth/login').send({ userId: 'zhou.office', password: 'zhou.office password' }).expect(429);
    expect(locked.body).toMatchObject({ statusCode: 429, code: 'too-many-sign-in-attempts', details: [expect.objectContaining({ path: 'userId', rule: 'locked-out' })] });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(29);
    // Another account from the same address still signs in…
    await api.login('admin', 'admin new password');
    // …until this address has failed 20 times (5 above, 15 more on accounts that do not exist).
    for (let i = 0; i < 15; i++) await api.http().post('/auth/login').send({ userId: `guess.${i}`, password: 'a guessed password' }).expect(401);
    const address = await api.http().post('/auth/login').send({ userId: 'admin', password: 'admin new password' }).expect(429);
    expect(address.body.details).toEqual([expect.objectContaining({ path: 'address', rule: 'locked-out' })]);
    expect(Number(address.headers['retry-after'])).toBeGreaterThan(0);
  });
});
