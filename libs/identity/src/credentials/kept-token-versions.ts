import type { CredentialStore } from './credential-store.port';

/** Users whose token version is kept (the most recently asked). */
const KEPT_USERS = 1024;

/**
 * Token versions kept in memory, in front of a credential store that only this process writes:
 * the embedded store's database, which one process alone opens (the CLI changes passwords there
 * with the API stopped). Every change passes here and drops what was kept, so a request checks
 * its token's version without a query.
 */
export class KeptTokenVersions implements CredentialStore {
  private readonly versions = new Map<string, number>();
  /** Moves at every change: a version read while one was being made is not kept. */
  private changes = 0;

  constructor(private readonly store: CredentialStore) {}

  async setPassword(userId: string, password: string): Promise<void> {
    await this.changing(userId, () => this.store.setPassword(userId, password));
  }

  async revokeTokens(userId: string): Promise<void> {
    await this.changing(userId, () => this.store.revokeTokens(userId));
  }

  async tokenVersion(userId: string): Promise<number> {
    const kept = this.versions.get(userId);
    if (kept !== undefined) return kept;
    const changesBefore = this.changes;
    const version = await this.store.tokenVersion(userId);
    if (changesBefore === this.changes) {
      this.versions.set(userId, version);
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
