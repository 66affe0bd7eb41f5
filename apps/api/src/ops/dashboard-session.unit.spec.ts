import { DashboardSessions, cookieOf } from './dashboard-session';

const now = new Date('2026-03-01T08:00:00.000Z');
const later = (seconds: number): Date => new Date(now.getTime() + seconds * 1000);

describe('dashboard sessions', () => {
  const sessions = new DashboardSessions('a secret of at least thirty-two characters');

  it('admits an admin session until its fifteen minutes are over', () => {
    const { token } = sessions.issue({ userId: 'admin', role: 'admin', now, ver: 1 });
    expect(sessions.check(token, later(899))).toMatchObject({ valid: true, claims: { userId: 'admin', role: 'admin' } });
    expect(sessions.check(token, later(900))).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuses a session signed with another secret, a changed body, and one opened in another role', () => {
    const { token } = sessions.issue({ userId: 'admin', role: 'admin', now, ver: 1 });
    expect(new DashboardSessions('another secret of at least thirty-two chars').check(token, now)).toEqual({ valid: false, reason: 'bad-signature' });
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ userId: 'admin', role: 'admin', expiresAt: 9_999_999_999, ver: 1 })).toString('base64url');
    expect(sessions.check(`${forged}.${signature ?? ''}`, now)).toEqual({ valid: false, reason: 'bad-signature' });
    expect(sessions.check(sessions.issue({ userId: 'a1', role: 'auditor', now, ver: 1 }).token, now)).toEqual({ valid: false, reason: 'not-admin' });
    expect(sessions.check(undefined, now)).toEqual({ valid: false, reason: 'missing' });
    expect(sessions.check('no-dot', now)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('reads its cookie among others', () => {
    expect(cookieOf('a=1; kaoping_queue_dashboard=x.y; b=2', 'kaoping_queue_dashboard')).toBe('x.y');
    expect(cookieOf(undefined, 'kaoping_queue_dashboard')).toBeUndefined();
  });
});
