import type { CredentialStore } from './credential-store.port';

/** Users whose token version is kept (the most recently asked). */
const KEPT_USERS = 1024;

export type KeptTokenVersionsOptions = Readonly<{
  /**
   * How long a version read is kept (ms). Leave it out where this process alone writes the
   * credentials; set it where others do too (another API process, the operator CLI on a server
   * database): a change they make then stops this process's tokens within this time.
   */
  maxAgeMs?: number;
  /** The clock (ms), for tests. */
  now?: () => number;
}>;

/**
 * Token versions kept in memory in front of a credential store, so that a request checks its
 * token's version without a query. Every change made through this process passes here and drops
 * what was kept: it takes effect at once. Where only this process writes the credentials (the
 * embedded store's database, which one process alone opens; the CLI changes passwords there with
 * the API stopped), a version is kept until it changes. Where others write them too (a server
 * database), it is kept `maxAgeMs` at most: their changes take effect here within that time.
 */
export class KeptTokenVersions implements CredentialStore {
  private readonly versions = new Map<string, Readonly<{ version: number; readAt: number }>>();
  /** Moves at every change: a version read while one was being made is not kept. */
  private changes = 0;
  private readonly now: () => number;

  constructor(
    private readonly store: CredentialStore,
    private readonly options: KeptTokenVersionsOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.changing(userId, () => this.store.setPassword(userId, password));
  }

  async revokeTokens(userId: string): Promise<void> {
    await this.changing(userId, () => this.store.revokeTokens(userId));
  }

  async tokenVersion(userId: string): Promise<number> {
    const kept = this.versions.get(userId);
    const { maxAgeMs } = this.options;
    if (kept !== undefined && (maxAgeMs === undefined || this.now() - kept.readAt < maxAgeMs)) return kept.version;
    const changesBefore = this.changes;
    // Kept from when the read was asked for: a change made elsewhere after that shows within maxAgeMs.
    const readAt = this.now();
    const version = await this.store.tokenVersion(userId);
    if (changesBefore === this.changes) {
      this.versions.delete(userId);
      this.versions.set(userId, { version, readAt });
      if (this.versions.size > KEPT_USERS) this.versions.delete(this.versions.keys().next().value ?? '');
    }
    return version;
  }

  verifyPassword(userId: string, password: string): Promise<boolean> {
    return this.store.verifyPassword(userId, password);
  }

  private async changing(userId: string, change: () => Promise<void>): Promise<void> {
    this.changes += 1;
    this.versions.delete(userId);
    try {
      await change();
    } finally {
      this.changes += 1;
      this.versions.delete(userId);
    }
  }
}
