import { Injectable } from '@nestjs/common';

/** How many failed sign-ins are free before a lockout, and how long lockouts last. */
export type ThrottleRules = Readonly<{
  /** Failures of one account before it is locked (then every further failure doubles the lock). */
  accountFailures: number;
  /** Failures from one address (any accounts) before it is locked. */
  addressFailures: number;
  /** The first lock, in seconds; each further failure doubles it, up to `maxLockSeconds`. */
  firstLockSeconds: number;
  maxLockSeconds: number;
  /** Failures are forgotten this long after the last one. */
  forgetAfterSeconds: number;
}>;

export const LOGIN_THROTTLE: ThrottleRules = {
  accountFailures: 5,
  addressFailures: 20,
  firstLockSeconds: 30,
  maxLockSeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

type Entry = { failures: number; lockedUntil: number; lastFailure: number };

/** Too many failed sign-ins for this account or from this address: wait `retryAfterSeconds`. */
export class TooManySignInAttempts extends Error {
  readonly kind = 'too-many-requests';
  readonly code = 'too-many-sign-in-attempts';
  readonly details: readonly Readonly<{ path: string; rule: string; message: string }>[];

  constructor(
    readonly retryAfterSeconds: number,
    which: 'userId' | 'address',
  ) {
    super(`too many failed sign-ins ${which === 'userId' ? 'for this account' : 'from this address'}: try again in ${retryAfterSeconds} s`);
    this.name = 'TooManySignInAttempts';
    this.details = [{ path: which, rule: 'locked-out', message: `locked for ${retryAfterSeconds} s after repeated wrong passwords` }];
  }
}

/**
 * Sign-in throttling per account and per client address, with a lockout that doubles with each
 * further failure (30 s, 60 s, … up to 15 min). While locked, sign-ins are refused (429 with
 * Retry-After) without checking the password, so guessing on does not help. A success clears the
 * account's failures. Kept in this process's memory: behind several API replicas, each counts its
 * own (a load balancer's sticky sessions or its own rate limit add to it).
 */
@Injectable()
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly rules: ThrottleRules = LOGIN_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws {@link TooManySignInAttempts} when the account or the address is locked now. */
  assertMayTry(userId: string, address: string): void {
    const now = this.now();
    for (const [key, which] of [[`account:${userId}`, 'userId'], [`address:${address}`, 'address']] as const) {
      const entry = this.current(key, now);
      if (entry !== undefined && entry.lockedUntil > now) throw new TooManySignInAttempts(Math.ceil((entry.lockedUntil - now) / 1000), which);
    }
  }

  failed(userId: string, address: string): void {
    const now = this.now();
    this.count(`account:${userId}`, this.rules.accountFailures, now);
    this.count(`address:${address}`, this.rules.addressFailures, now);
    if (this.entries.size > 100_000) this.prune(now);
  }

  succeeded(userId: string): void {
    this.entries.delete(`account:${userId}`);
  }

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && now - entry.lastFailure > this.rules.forgetAfterSeconds * 1000 && entry.lockedUntil <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private count(key: string, free: number, now: number): void {
    const entry = this.current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    if (entry.failures >= free) {
      const seconds = Math.min(this.rules.firstLockSeconds * 2 ** Math.min(entry.failures - free, 30), this.rules.maxLockSeconds);
      entry.lockedUntil = now + seconds * 1000;
    }
    this.entries.set(key, entry);
  }

  private prune(now: number): void {
    for (const key of [...this.entries.keys()]) this.current(key, now);
  }
}
