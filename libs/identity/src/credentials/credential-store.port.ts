/**
 * Where password hashes live: outside the event log, because a password must be changeable
 * and must not stay forever in an immutable record. Accounts and roles are events.
 */
export interface CredentialStore {
  /**
   * Sets (or replaces) the password of a user; stores only a salted scrypt hash. Replacing one
   * also revokes every token issued before (the token version moves on).
   */
  setPassword(userId: string, password: string): Promise<void>;
  /** Revokes every token issued to the user so far (a disabled account, a password reset). */
  revokeTokens(userId: string): Promise<void>;
  /** The version tokens of this user must carry to be valid (0 for an unknown user). */
  tokenVersion(userId: string): Promise<number>;
  /** True when the password is the user's; an unknown user costs as much time as a known one. */
  verifyPassword(userId: string, password: string): Promise<boolean>;
}
