import type { CredentialStore } from './credential-store.port';
import { KeptTokenVersions } from './kept-token-versions';

/** The versions a credential table would hold, with a gate to hold a read in flight. */
class Versions implements CredentialStore {
  readonly versions = new Map<string, number>();
  reads = 0;
  private gate: Promise<void> | undefined;

  holdReads(): () => void {
    let open = (): void => undefined;
    this.gate = new Promise((resolve) => (open = resolve));
    return () => {
      this.gate = undefined;
      open();
    };
  }

  async setPassword(userId: string): Promise<void> {
    this.versions.set(userId, (this.versions.get(userId) ?? 0) + 1);
  }

  async revokeTokens(userId: string): Promise<void> {
    this.versions.set(userId, (this.versions.get(userId) ?? 0) + 1);
  }

  async tokenVersion(userId: string): Promise<number> {
    this.reads += 1;
    const version = this.versions.get(userId) ?? 0;
    await this.gate;
    return version;
  }

  verifyPassword(): Promise<boolean> {
    throw new Error('verifyPassword is not part of these examples');
  }
}

describe('token versions kept in front of a credential store this process alone writes', () => {
  it('answers a kept version without reading it again, and the new one after a change', async () => {
    const table = new Versions();
    const kept = new KeptTokenVersions(table);
    await table.setPassword('li.ming');
    expect(await kept.tokenVersion('li.ming')).toBe(1);
    expect(await kept.tokenVersion('li.ming')).toBe(1);
    expect(table.reads).toBe(1);
    await kept.revokeTokens('li.ming');
    expect(await kept.tokenVersion('li.ming')).toBe(2);
    await kept.setPassword('li.ming', 'a new password');
    expect(await kept.tokenVersion('li.ming')).toBe(3);
  });

  it('does not keep a version read while a change was being made', async () => {
    const table = new Versions();
    const kept = new KeptTokenVersions(table);
    await table.setPassword('li.ming');
    const open = table.holdReads();
    const before = kept.tokenVersion('li.ming');
    await kept.revokeTokens('li.ming');
    open();
    expect(await before).toBe(1);
    expect(await kept.tokenVersion('li.ming')).toBe(2);
  });
});

describe('token versions kept in front of a credential store other processes write too', () => {
  it('shows a change made elsewhere once the kept version is maxAgeMs old, and reads no more than once in that time', async () => {
    const table = new Versions();
    let now = 0;
    const kept = new KeptTokenVersions(table, { maxAgeMs: 1_000, now: () => now });
    await table.setPassword('li.ming');
    expect(await kept.tokenVersion('li.ming')).toBe(1);
    // Another API process (or the operator CLI) resets the password: the table moves, this process does not see it.
    await table.setPassword('li.ming');
    now = 999;
    expect(await kept.tokenVersion('li.ming')).toBe(1);
    expect(table.reads).toBe(1);
    now = 1_000;
    expect(await kept.tokenVersion('li.ming')).toBe(2);
    now = 1_500;
    expect(await kept.tokenVersion('li.ming')).toBe(2);
    expect(table.reads).toBe(2);
  });

  it('counts a version\'s age from when its read was asked for, not answered', async () => {
    const table = new Versions();
    let now = 0;
    const kept = new KeptTokenVersions(table, { maxAgeMs: 1_000, now: () => now });
    await table.setPassword('li.ming');
    const open = table.holdReads();
    const slow = kept.tokenVersion('li.ming');
    now = 800;
    open();
    expect(await slow).toBe(1);
    await table.setPassword('li.ming');
    now = 1_000;
    expect(await kept.tokenVersion('li.ming')).toBe(2);
  });

  it('still takes a change made through this process at once', async () => {
    const table = new Versions();
    const kept = new KeptTokenVersions(table, { maxAgeMs: 60_000, now: () => 0 });
    await table.setPassword('li.ming');
    expect(await kept.tokenVersion('li.ming')).toBe(1);
    await kept.revokeTokens('li.ming');
    expect(await kept.tokenVersion('li.ming')).toBe(2);
  });
});
