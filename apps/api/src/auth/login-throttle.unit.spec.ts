import { LoginThrottle, TooManySignInAttempts } from './login-throttle';

describe('sign-in throttling', () => {
  let now = 0;
  const throttle = () => new LoginThrottle({ accountFailures: 3, addressFailures: 5, firstLockSeconds: 10, maxLockSeconds: 40, forgetAfterSeconds: 3600 }, () => now);
  const retryAfter = (t: LoginThrottle, user: string, address: string): number | null => {
    try {
      t.assertMayTry(user, address);
      return null;
    } catch (error) {
      if (error instanceof TooManySignInAttempts) return error.retryAfterSeconds;
      throw error;
    }
  };

  beforeEach(() => {
    now = 1_000_000;
  });

  it('locks an account from its nth failure, doubling the lock with each further failure up to the cap', () => {
    const t = throttle();
    t.failed('a', 'ip1');
    t.failed('a', 'ip2');
    expect(retryAfter(t, 'a', 'ip3')).toBeNull();
    t.failed('a', 'ip3');
    expect(retryAfter(t, 'a', 'ip4')).toBe(10);
    now += 10_000;
    expect(retryAfter(t, 'a', 'ip4')).toBeNull();
    t.failed('a', 'ip4');
    expect(retryAfter(t, 'a', 'ip5')).toBe(20);
    now += 20_000;
    t.failed('a', 'ip5');
    expect(retryAfter(t, 'a', 'ip6')).toBe(40);
    now += 40_000;
    t.failed('a', 'ip6');
    expect(retryAfter(t, 'a', 'ip7')).toBe(40);
  });

  it('clears an account on success, but not the address', () => {
    const t = throttle();
    for (const user of ['a', 'a', 'b', 'c']) t.failed(user, 'ip');
    t.succeeded('a');
    expect(retryAfter(t, 'a', 'other')).toBeNull();
    t.failed('d', 'ip');
    expect(retryAfter(t, 'e', 'ip')).toBe(10);
  });

  it('forgets failures an hour after the last one', () => {
    const t = throttle();
    t.failed('a', 'ip');
    t.failed('a', 'ip');
    now += 3_600_001;
    t.failed('a', 'ip');
    expect(retryAfter(t, 'a', 'ip')).toBeNull();
  });
});
