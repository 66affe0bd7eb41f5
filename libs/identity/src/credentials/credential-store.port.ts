/**
 * Where password hashes live: outside the event log, because a password must be changeable
 * and must not stay forever in an immutable record. Accounts and roles are events.
 */
export interface CredentialStore {
  /** Sets (or replaces) the password of a user; stores only a salted scrypt hash. */
  setPassword(userId: string, password: string): Promise<void>;
  /** True when the password is the user's; an unknown user costs as much time as a known one. */
  verifyPassword(userId: string, password: string): Promise<boolean>;
}
