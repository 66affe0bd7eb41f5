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
export { freePort, jsonCaller, untilAnswering } from './http/api-over-http';
export type { Json } from './http/api-over-http';
export { nodeStartOf } from './processes/npm-start';
export type { NodeStart } from './processes/npm-start';
export { percentile } from './bench/percentile';
