export {
  DEFAULT_TEST_DATABASE_URL,
  assertTestDatabaseReachable,
  freshTestSchema,
  runSql,
  testDatabaseUrl,
  uniqueSchemaName,
  useFreshSchemaPerTest,
} from './postgres/test-database';
export type { TestSchema } from './postgres/test-database';
export { processExited, startWorkerProcess, stopWorkerProcess } from './processes/worker-process';
export { settledHeadPosition } from './positions/settled-head';
