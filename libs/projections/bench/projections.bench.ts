// npm run bench:projections — rebuild rate and score-query latency of the read models, on embedded
// PGlite and on PostgreSQL (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
// Shape: BENCH_UNITS per category (200), BENCH_INDICATORS (20), two categories; events go through
// the lifecycle's command path. No Nest here (tsx emits no decorator metadata).
import { percentile } from '@kaoping/testing';
import { liveScoresProjection } from '../src/live-scores/live-scores.projection';
import { readModelProjections } from '../src/read-models';
import { onThrowawayPostgres } from './bench-postgres';
import { matchesFilter } from '../src/runner/projection';
import { applyBatch } from '../src/runner/projection-runner';
import { tableOf } from '../src/runner/read-model-sql';
import { rebuildProjections } from '../src/runner/rebuild';
import { explainedScore, liveScores } from '../src/queries/read-model.queries';
import { ScenarioDriver } from '../src/testing/evaluation-scenario';
import { openReadModelDatabase, type ReadModelDatabase } from '../src/testing/read-model-fixture';

const UNITS = Number(process.env['BENCH_UNITS'] ?? '200');
const INDICATORS = Number(process.env['BENCH_INDICATORS'] ?? '20');
const QUERIES = 200;
const LIVE_BATCH = 100;
const url = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const line = (name: string, value: number | string, unit: string): void => {
  process.stdout.write(`${name}: ${typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 0) : value} ${unit}\n`);
};


const generate = async (db: ReadModelDatabase): Promise<void> => {
  const driver = new ScenarioDriver(db.store, { cycleId: 'bench', categories: ['townships', 'departments'], unitsPerCategory: UNITS, indicators: INDICATORS });
  await driver.setUp();
  await driver.submitData();
  const units = driver.units.map((u) => u.unitId);
  for (const unitId of units.filter((_, at) => at % 10 === 0)) await driver.recordFinding(unitId);
  await driver.phase('monitoring', 'close');
  await driver.phase('year-end', 'open');
  for (const unitId of units) {
    await driver.send({ userId: 'member-1', role: 'committee' }, () => ({ type: 'RateUnit', data: { unitId, indicatorId: 'committee', raterRole: 'committee-member', grade: unitId.endsWith('7') ? 'fair' : 'good' } }));
  }
};

const run = async (label: string, db: ReadModelDatabase): Promise<void> => {
  const started = performance.now();
  await generate(db);
  const head = await db.store.headPosition();
  line(`${label}.events_generated`, Number(head), 'events');
  line(`${label}.generate_rate`, (Number(head) * 1000) / (performance.now() - started), 'events/s');
  const done = await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db) });
  line(`${label}.rebuild_rate`, (done.events * 1000) / done.elapsedMs, 'events/s');
  line(`${label}.rebuild_time`, done.elapsedMs / 1000, 's');
  const ranked: number[] = [];
  const explained: number[] = [];
  for (let at = 0; at < QUERIES; at += 1) {
    let t = performance.now();
    await liveScores({ db: db.database, schema: db.schema }, { cycleId: 'bench', categoryId: at % 2 === 0 ? 'townships' : 'departments' });
    ranked.push(performance.now() - t);
    t = performance.now();
    await explainedScore({ db: db.database, schema: db.schema, store: db.store }, { cycleId: 'bench', unitId: `townships-${String((at % UNITS) + 1).padStart(3, '0')}` });
    explained.push(performance.now() - t);
  }
  ranked.sort((a, b) => a - b);
  explained.sort((a, b) => a - b);
  line(`${label}.category_scores_p50`, percentile(ranked, 50), 'ms');
  line(`${label}.category_scores_p95`, percentile(ranked, 95), 'ms');
  line(`${label}.unit_explanation_p50`, percentile(explained, 50), 'ms');
  line(`${label}.unit_explanation_p95`, percentile(explained, 95), 'ms');
  await liveCatchUp(label, db);
};

// The live path: a worker applying the log batch by batch (no rebuild deferral), live scores alone,
// after the measurements above (its tables are dropped and filled again).
const liveCatchUp = async (label: string, db: ReadModelDatabase): Promise<void> => {
  const projection = liveScoresProjection({ schema: db.schema, store: db.store });
  for (const table of projection.tables) await db.database.query(`DROP TABLE IF EXISTS ${tableOf(db.schema, table)}`);
  await projection.migrate(db.database);
  const started = performance.now();
  let after = 0n;
  let events = 0;
  for (;;) {
    const page = await db.store.readAll({ after, maxCount: LIVE_BATCH });
    const last = page.at(-1);
    if (last === undefined) break;
    const batch = page.filter((event) => matchesFilter(projection.filter, event));
    await applyBatch({ database: db.database, schema: db.schema, projection, batch });
    events += batch.length;
    after = last.globalPosition;
  }
  const elapsed = performance.now() - started;
  line(`${label}.live_catchup_rate`, (events * 1000) / elapsed, `events/s (live scores alone, batches of ${LIVE_BATCH})`);
  line(`${label}.live_catchup_time`, elapsed / 1000, 's');
};

const main = async (): Promise<void> => {
  line('shape', `2 categories x ${UNITS} units x ${INDICATORS} indicators`, '');
  const embedded = await openReadModelDatabase({ kind: 'embedded' });
  try {
    await run('embedded', embedded);
  } finally {
    await embedded.close();
  }
  await onThrowawayPostgres(url, (postgres) => run('postgres', postgres));
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
