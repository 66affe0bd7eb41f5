import { createEventStore, openSqlDatabase, type RecordedEvent } from '@kaoping/eventstore';
import { DomainError, scoreCategory, type CycleView } from '@kaoping/evaluation';
import type { CategoryResult } from '@kaoping/scoring';
import { CycleFolds, CycleViews, evaluationEventsOf } from '../cycle-views/cycle-views';
import { ScenarioDriver, scenarioActors } from '../testing/evaluation-scenario';
import type { ReadModelDatabase } from '../testing/read-model-fixture';
import { migrateCheckpoints } from '../runner/checkpoint.persistence';
import { matchesFilter } from '../runner/projection';
import { applyBatch } from '../runner/projection-runner';
import { tableOf } from '../runner/read-model-sql';
import { rebuildProjections } from '../runner/rebuild';
import { touchedCategories } from './affected-categories';
import { LIVE_CATEGORIES_TABLE, LIVE_SCORES_TABLE } from './live-scores.persistence';
import { liveScoresProjection } from './live-scores.projection';
import { type CategoryScores, type DirtyUnitsOf, dirtyUnits, scoreCategoryIncrementally } from './incremental-scores';

const full = (view: CycleView, categoryId: string, asOf: string): CategoryResult | null => {
  try {
    return scoreCategory(view, categoryId, asOf);
  } catch (error: unknown) {
    if (error instanceof DomainError) return null;
    throw error;
  }
};

/** A result's JSON, with or without its explanation trees. */
const jsonOf = (result: unknown, explanations: boolean): string => JSON.stringify(result, explanations ? undefined : (key, value: unknown) => (key === 'explanation' ? undefined : value));

type Replay = Readonly<{ comparisons: number; mismatches: readonly string[]; partial: number; wholeAfterStart: number; inPart: number }>;

/**
 * Replays the log batch by batch as the live-scores projection does (the categories a batch
 * touches, as of their latest touch), scoring each touched category incrementally from the state
 * the previous batches left, and compares every result with a full score of the same fold.
 */
const replay = async (db: ReadModelDatabase, batchSize: number, dirty?: DirtyUnitsOf, explanations = true): Promise<Replay> => {
  const events: RecordedEvent[] = [...(await db.store.readAll({ after: 0n, maxCount: 1_000_000 }))];
  const views = new CycleViews(new CycleFolds(db.store));
  const states = new Map<string, CategoryScores | undefined>();
  const clocks = new Map<string, string>();
  const mismatches: string[] = [];
  let comparisons = 0;
  let partial = 0;
  let wholeAfterStart = 0;
  let inPart = 0;
  for (let at = 0; at < events.length; at += batchSize) {
    const batch = evaluationEventsOf(events.slice(at, at + batchSize));
    await views.prepare(batch);
    for (const change of views.advance(batch)) {
      for (const [categoryId, touch] of touchedCategories(change)) {
        const key = `${change.cycleId}/${categoryId}`;
        const earlier = clocks.get(key);
        const asOf = earlier !== undefined && earlier > touch.recordedAt ? earlier : touch.recordedAt;
        clocks.set(key, asOf);
        const previous = states.get(key);
        const incremental = scoreCategoryIncrementally({ view: change.after, categoryId, asOf, previous, explanations, ...(dirty === undefined ? {} : { dirty }) });
        states.set(key, incremental.state);
        const expected = full(change.after, categoryId, asOf);
        comparisons += 1;
        const units = expected?.units.length ?? 0;
        inPart += incremental.inPart;
        if (incremental.scored < units) partial += 1;
        else if (previous !== undefined && units > 0) wholeAfterStart += 1;
        if (jsonOf(incremental.result, explanations) !== jsonOf(expected, explanations)) mismatches.push(`${key} at event ${at + batchSize}`);
      }
    }
    views.commit();
  }
  return { comparisons, mismatches, partial, wholeAfterStart, inPart };
};

describe('incremental live scores', () => {
  let db: ReadModelDatabase;

  beforeAll(async () => {
    // The store's clock (recordedAt, the moment live scores are computed at) runs a minute per event
    // from March of the cycle year; the last ratings come after the data deadline.
    let clock = Date.parse('2099-03-01T00:00:00.000Z');
    const database = await openSqlDatabase({ kind: 'embedded' });
    const store = await createEventStore({ kind: 'sql', client: database, dialect: 'embedded', schema: 'kaoping' }, { now: () => new Date((clock += 60_000)) });
    const close = async (): Promise<void> => {
      await store.close();
      await database.close();
    };
    db = { store, database, schema: 'kaoping', close };
    // A county cycle: 2 categories of 8 units; two units never report (pending, then missing once
    // the data deadline passes), findings and a revoked one, a correction, tied ratings, a unit
    // moved and one retired, phases closed, and late ratings after the deadlines.
    const driver = new ScenarioDriver(db.store, { cycleId: 'inc', categories: ['townships', 'departments'], unitsPerCategory: 8, indicators: 4 });
    await driver.setUp();
    const units = driver.units.map((unit) => unit.unitId);
    const silent = new Set([units[2], units[11]]);
    const first = units[0] ?? '';
    await driver.submitData(units.filter((unitId) => !silent.has(unitId) && unitId !== first));
    for (const indicatorId of ['ind-02', 'ind-03', 'ind-04']) {
      await driver.send(scenarioActors.provider, () => ({ type: 'SubmitData', data: { unitId: first, indicatorId, value: '88' } }));
    }
    const submitted = await driver.send(scenarioActors.provider, () => ({ type: 'SubmitData', data: { unitId: first, indicatorId: 'ind-01', value: '40' } }));
    await driver.send(scenarioActors.provider, () => ({ type: 'CorrectData', data: { unitId: first, supersedes: submitted.eventIds[0] ?? '', value: '95' } }), { reason: '录入错误' });
    for (const unitId of units.filter((_, at) => at % 5 === 1)) await driver.recordFinding(unitId);
    await driver.phase('monitoring', 'close');
    await driver.phase('year-end', 'open');
    await driver.send(scenarioActors.office, () => ({ type: 'MoveUnit', data: { unitId: units[3] ?? '', toCategoryId: 'departments' } }), { reason: '机构调整' });
    await driver.send(scenarioActors.office, () => ({ type: 'RetireUnit', data: { unitId: units[12] ?? '' } }), { reason: '撤并' });
    for (const unitId of units.filter((_, at) => at !== 12)) {
      const grade = unitId.endsWith('7') || unitId.endsWith('3') ? 'fair' : 'good';
      await driver.send(scenarioActors.committee, () => ({ type: 'RateUnit', data: { unitId, indicatorId: 'committee', raterRole: 'committee-member', grade } }));
    }
    // After the data deadline (the cycle year's next 01-20): inputs not in turn from pending to missing.
    clock = Date.parse('2100-01-25T08:00:00.000Z');
    for (const unitId of [units[5], units[9]]) {
      await driver.send(
        scenarioActors.committee,
        () => ({ type: 'RateUnit', data: { unitId, indicatorId: 'committee', raterRole: 'committee-member', grade: 'poor' } }),
        { now: '2100-01-25T08:00:00.000Z', reason: '复评' },
      );
    }
  }, 120_000);

  afterAll(async () => {
    await db.close();
  });

  it.each([1, 3, 7])('gives what a full score gives after every batch of %i events, scoring only the changed units', async (batchSize) => {
    const outcome = await replay(db, batchSize);
    expect(outcome.mismatches).toEqual([]);
    expect(outcome.comparisons).toBeGreaterThan(5);
    // The incremental path did run (not every batch scored every unit again)…
    expect(outcome.partial).toBeGreaterThan(0);
    // …and so did the whole-category path after the start (phase closes, the deadline passing).
    expect(outcome.wholeAfterStart).toBeGreaterThan(0);
  });

  it.each([1, 7])('gives the same numbers without explanation trees (as the live read model scores), batches of %i events', async (batchSize) => {
    const outcome = await replay(db, batchSize, undefined, false);
    expect(outcome.mismatches).toEqual([]);
    expect(outcome.comparisons).toBeGreaterThan(5);
    expect(outcome.partial).toBeGreaterThan(0);
    // Some units were scored again only in the indicators their new facts touched (values, findings, ratings).
    expect(outcome.inPart).toBeGreaterThan(0);
  });

  it('catches a dirty-set that misses units (no unit is scored again after the first time)', async () => {
    const outcome = await replay(db, 7, (previous, now) => (previous === undefined ? 'all' : new Set(now.units.filter((unit) => !previous.units.has(unit.id)).map((unit) => unit.id))));
    expect(outcome.mismatches.length).toBeGreaterThan(0);
  });

  it('catches a dirty-set that ignores the deadline clock (pending turning to missing)', async () => {
    const outcome = await replay(db, 1, (previous, now) => (previous === undefined ? 'all' : dirtyUnits({ ...previous, clockKey: now.clockKey }, now)));
    expect(outcome.mismatches.length).toBeGreaterThan(0);
  });

  it('writes, batch by batch, the rows a rebuild writes (rows whose rank alone moved are updated in place)', async () => {
    const rowsOf = async (): Promise<unknown> => ({
      scores: await db.database.query(`SELECT * FROM ${tableOf(db.schema, LIVE_SCORES_TABLE)} ORDER BY cycle_id, category_id, unit_id`),
      categories: await db.database.query(`SELECT * FROM ${tableOf(db.schema, LIVE_CATEGORIES_TABLE)} ORDER BY cycle_id, category_id`),
    });
    await migrateCheckpoints(db.database, db.schema);
    const projection = liveScoresProjection({ schema: db.schema, store: db.store });
    await projection.migrate(db.database);
    const events = await db.store.readAll({ after: 0n, maxCount: 1_000_000 });
    for (let at = 0; at < events.length; at += 3) {
      await applyBatch({ database: db.database, schema: db.schema, projection, batch: events.slice(at, at + 3).filter((event) => matchesFilter(projection.filter, event)) });
    }
    const live = await rowsOf();
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: [liveScoresProjection({ schema: db.schema, store: db.store })] });
    expect(live).toEqual(await rowsOf());
  });
});
