import type { SqlQueryable } from '@kaoping/eventstore';
import type { CredentialStore } from './credential-store.port';
import { UNKNOWN_USER_HASH, hashPassword, passwordMatches } from './password-hash.util';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

// IF NOT EXISTS still races in PostgreSQL: two sessions creating the same schema or table at once,
// one fails with a unique violation (23505) or duplicate object (42P06, 42P07). It exists then.
const createIfMissing = async (create: () => Promise<unknown>): Promise<void> => {
  try {
    await create();
  } catch (error: unknown) {
    const code = isRecord(error) ? error['code'] : undefined;
    if (code !== '23505' && code !== '42P06' && code !== '42P07') throw error;
  }
};

/**
 * Credentials in `<schema>.credentials (user_id, password_hash, updated_at)` of the process's SQL
 * database (the one the SQL event stores keep their events in), created if missing. The
 * connection belongs to the caller, who closes it.
 */
export class SqlCredentialStore implements CredentialStore {
  private constructor(
    private readonly database: SqlQueryable,
    private readonly table: string,
  ) {}

  static async open(database: SqlQueryable, schema: string): Promise<SqlCredentialStore> {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`'${schema}' is not a lower-case SQL identifier`);
    await createIfMissing(() => database.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`));
    await createIfMissing(() => database.query(
      `CREATE TABLE IF NOT EXISTS "${schema}".credentials (
         user_id text PRIMARY KEY,
         password_hash text NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
    ));
    // Tokens carry this version: a password change, reset or disabled account moves it on.
    await database.query(`ALTER TABLE "${schema}".credentials ADD COLUMN IF NOT EXISTS token_version integer NOT NULL DEFAULT 1`);
    return new SqlCredentialStore(database, `"${schema}".credentials`);
  }

  async setPassword(userId: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    await this.database.query(
      `INSERT INTO ${this.table} (user_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, token_version = ${this.table}.token_version + 1, updated_at = now()`,
      [userId, hash],
    );
  }

  async revokeTokens(userId: string): Promise<void> {
    await this.database.query(`UPDATE ${this.table} SET token_version = token_version + 1, updated_at = now() WHERE user_id = $1`, [userId]);
  }

  async tokenVersion(userId: string): Promise<number> {
    const [row] = await this.database.query(`SELECT token_version FROM ${this.table} WHERE user_id = $1`, [userId]);
    const version = row?.['token_version'];
    return typeof version === 'number' ? version : 0;
  }

  async verifyPassword(userId: string, password: string): Promise<boolean> {
    const [row] = await this.database.query(`SELECT password_hash FROM ${this.table} WHERE user_id = $1`, [userId]);
    const stored = row?.['password_hash'];
    const known = typeof stored === 'string';
    const matches = await passwordMatches(password, known ? stored : UNKNOWN_USER_HASH);
    return known && matches;
  }
}
