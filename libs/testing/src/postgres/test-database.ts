import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The PostgreSQL the integration tier runs against: `DATABASE_URL`, or the local default. */
export const testDatabaseUrl = (): string => process.env['DATABASE_URL'] ?? DEFAULT_TEST_DATABASE_URL;

const withoutPassword = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/**
 * Connects once and fails with an error that says what to do, instead of a bare ECONNREFUSED
 * deep inside a test.
 */
export const assertTestDatabaseReachable = async (url: string = testDatabaseUrl()): Promise<void> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL for the integration tests is not reachable at ${withoutPassword(url)} (${reason}). ` +
        'Start it, or point DATABASE_URL at one.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** Runs one SQL statement on a short-lived connection. */
export const runSql = async (url: string, sql: string, params: readonly (string | number | null)[] = []): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, [...params]);
  } finally {
    await client.end();
  }
};

/** A lower-case schema name unique to this test run, e.g. `t_contract_5f2c9a1b7e`. */
export const uniqueSchemaName = (label: string): string =>
  `t_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${randomBytes(5).toString('hex')}`;

export type TestSchema = Readonly<{
  name: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}>;

/** Names (and, with `create: true`, creates) a fresh schema; `drop()` removes it with its tables. */
export const freshTestSchema = async (
  options: Readonly<{ label: string; url?: string; create?: boolean }>,
): Promise<TestSchema> => {
  const url = options.url ?? testDatabaseUrl();
  const name = uniqueSchemaName(options.label);
  if (options.create) await runSql(url, `CREATE SCHEMA "${name}"`);
  return { name, drop: () => runSql(url, `DROP SCHEMA IF EXISTS "${name}" CASCADE`) };
};

/**
 * Jest wiring: checks the database is reachable once, gives every test its own schema
 * (not created: the code under test migrates it) and drops it after the test.
 * Returns a getter for the current test's schema.
 */
export const useFreshSchemaPerTest = (label: string, url: string = testDatabaseUrl()): (() => TestSchema) => {
  let current: TestSchema | undefined;
  beforeAll(() => assertTestDatabaseReachable(url));
  beforeEach(async () => {
    current = await freshTestSchema({ label, url });
  });
  afterEach(async () => {
    await current?.drop();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('useFreshSchemaPerTest: no schema outside a test');
    return current;
  };
};
