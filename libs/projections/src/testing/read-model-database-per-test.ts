import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { openReadModelDatabase, type ReadModelDatabase } from './read-model-fixture';

// Kept apart from read-model-fixture.ts, which the package's index exports (the benches use it) and
// so the API's and the worker's builds compile: this file uses Jest's globals, which those builds
// do not know, and is imported by the specs alone.

/**
 * Jest wiring for a spec run on both stores: every test gets its own read-model database, embedded
 * (in memory) or on PostgreSQL in a fresh schema (dropped after the test; the database's reachability
 * checked once). Returns the current test's database: each property reads that test's.
 */
export const useReadModelDatabasePerTest = (where: 'embedded' | 'postgres', label: string): ReadModelDatabase => {
  let schema: TestSchema | undefined;
  let current: ReadModelDatabase | undefined;
  beforeAll(async () => {
    if (where === 'postgres') await assertTestDatabaseReachable();
  });
  beforeEach(async () => {
    schema = where === 'postgres' ? await freshTestSchema({ label }) : undefined;
    current = await openReadModelDatabase(where === 'embedded' ? { kind: 'embedded' } : { kind: 'postgres', url: testDatabaseUrl(), schema: schema?.name ?? '' });
  });
  afterEach(async () => {
    await current?.close();
    await schema?.drop();
    current = undefined;
    schema = undefined;
  });
  const now = (): ReadModelDatabase => {
    if (current === undefined) throw new Error('useReadModelDatabasePerTest: no database outside a test');
    return current;
  };
  return {
    get store() {
      return now().store;
    },
    get database() {
      return now().database;
    },
    get schema() {
      return now().schema;
    },
    close: () => now().close(),
  };
};
