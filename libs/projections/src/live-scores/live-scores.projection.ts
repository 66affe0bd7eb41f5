import type { RecordedEvent, SqlParam, SqlQueryable } from '@kaoping/eventstore';
import { isResultsEvent, type CycleView } from '@kaoping/evaluation';
import type { UnitResult } from '@kaoping/scoring';
import { CycleFolds, CycleViews, evaluationEventsOf } from '../cycle-views/cycle-views';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { type CategoryTouch, touchedCategories } from './affected-categories';
import { type CategoryScores, scoreCategoryIncrementally } from './incremental-scores';
import { Predecessors, successorsTouched } from './predecessors';
import {
  LIVE_CATEGORIES_TABLE,
  LIVE_SCORES_TABLE,
  liveScoreRow,
  liveStandingRow,
  loadCategoryClock,
  markPublished,
  migrateLiveScores,
  writeLiveCategory,
  writeLiveScores,
  writeLiveStandings,
} from './live-scores.persistence';

export const LIVE_SCORES = 'live-scores';

// The JSON of a unit's score fields with its name and scheme version, once per score: the engine
// hands out the same parts array for a unit whose score was kept, and the same string then
// compares equal at once (a category of 1,000 units is compared at every batch).
const scoreJson = new WeakMap<object, Readonly<{ name: string | null; schemeVersion: number; json: string }>>();
const jsonOfScore = (unit: UnitResult, schemeVersion: number): string => {
  const name = unit.name ?? null;
  const kept = scoreJson.get(unit.parts);
  if (kept !== undefined && kept.name === name && kept.schemeVersion === schemeVersion) return kept.json;
  const json = `${JSON.stringify([name, schemeVersion])}${JSON.stringify([unit.total, unit.totalExact, unit.parts, unit.bonus, unit.deduction])}`;
  scoreJson.set(unit.parts, { name, schemeVersion, json });
  return json;
};

/** A unit's grade, flags and results use as written on its row (its rank is in the category's ranking, written whole at each scoring). */
type Standing = Readonly<{ grade: unknown; flags: unknown; resultsUse: unknown }>;

/** A written row in two parts: its score (total, parts, bonus, deduction, name) as JSON, and its standing. */
type Fingerprint = Readonly<{ score: string; standing: Standing }>;

/**
 * Whether two JSON values (plain objects, arrays, strings, numbers, booleans, null) serialise
 * alike up to key order (a key holding undefined counts as absent). Parts the engine shares
 * between rankings (a grade's label, a grade's actions) are the same object: compared at once.
 * Every unit's standing is compared at each scoring of its category, where serialising each
 * took most of a batch's time in a 1,000-unit category.
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, at) => sameJson(item, b[at]));
  }
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  let keys = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    keys += 1;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) keys -= 1;
  return keys === 0;
};

const later = (a: CategoryTouch, b: Readonly<{ asOf: string; position: bigint }> | null): CategoryTouch =>
  b === null ? a : { recordedAt: a.recordedAt > b.asOf ? a.recordedAt : b.asOf, position: a.position > b.position ? a.position : b.position };

/**
 * Live scores per unit and category, the same as @kaoping/evaluation's scoreCategory gives: after
 * each batch, every category it touched is scored from the cycle's fold, as of the latest event
 * that touched it (so a replay computes the same rows as the live run). Only the units whose
 * scoring inputs changed are scored again (see {@link dirtyUnits}), a unit whose facts only grew
 * only in the indicators they touch (the engine's KeptUnits); the category is ranked and graded
 * again from the kept unit scores. In a rebuild the batches are only folded, and each
 * touched category is scored once at the end. Rows keep total, parts, grade, rank and flags; the
 * category keeps the moment and position they stand at. A unit's explanation (thousands of nodes
 * for 100 monthly indicators) is not stored: explainedScore scores it from the log at that
 * position (only the unit's own streams when the category was scored unit by unit).
 * A cycle that follows another is compared with its predecessor's recorded results (rank change,
 * two-year flags, rectification carried over; results use beside them).
 */
export const liveScoresProjection = (context: ProjectionContext): Projection => {
  const views = new CycleViews(context.folds ?? new CycleFolds(context.store));
  const predecessors = new Predecessors(context.store);
  // What each row held when last written, so unchanged rows are not written again.
  let written = new Map<string, ReadonlyMap<string, Fingerprint>>();
  let staged = new Map<string, ReadonlyMap<string, Fingerprint>>();
  // Each category's unit scores as last computed, so the next batch scores only the units it changed.
  let scores = new Map<string, CategoryScores | undefined>();
  let stagedScores = new Map<string, CategoryScores | undefined>();
  // During a rebuild: the categories touched so far and their latest touch, scored once at the end.
  let deferred: Map<string, Readonly<{ cycleId: string; categoryId: string; touch: CategoryTouch }>> | undefined;
  let stagedTouches = new Map<string, Readonly<{ cycleId: string; categoryId: string; touch: CategoryTouch }>>();

  const scoreInto = async (tx: SqlQueryable, input: Readonly<{ view: CycleView; cycleId: string; categoryId: string; touch: CategoryTouch }>): Promise<void> => {
    const { cycleId, categoryId } = input;
    const clock = later(input.touch, await loadCategoryClock(tx, { schema: context.schema, cycleId, categoryId }));
    const previousCycle = predecessors.previousOf(input.view, categoryId);
    const categoryKey = `${cycleId}\u0000${categoryId}`;
    const before = staged.get(categoryKey) ?? written.get(categoryKey);
    // Kept scores go with the rows written from them: without those rows, every unit is scored again.
    const previous = before === undefined ? undefined : stagedScores.has(categoryKey) ? stagedScores.get(categoryKey) : scores.get(categoryKey);
    // Numbers only: a unit's explanation is scored from the log when asked (explainedScore).
    const { result, state, rescored } = scoreCategoryIncrementally({ view: input.view, categoryId, asOf: clock.recordedAt, previous, explanations: false, ...(previousCycle === undefined ? {} : { lastYear: previousCycle }) });
    // Kept between batches: the units' numbers (scored without explanation trees).
    stagedScores.set(categoryKey, state);
    const rows: SqlParam[][] = [];
    const standings: SqlParam[][] = [];
    const now = new Map<string, Fingerprint>();
    const schemeVersion = result?.schemeVersion ?? 0;
    for (const unit of result?.units ?? []) {
      const score = jsonOfScore(unit, schemeVersion);
      const seen = before?.get(unit.unitId);
      // A kept unit (not scored again) has the score of its row; only its standing may move.
      if (rescored !== 'all' && !rescored.has(unit.unitId) && (seen === undefined || seen.score !== score)) {
        throw new Error(`live scores: unit ${unit.unitId} of ${categoryId} was kept but its row was not written from it`);
      }
      // A row is written again only when its score changes (a unit scored again may come out the
      // same); when only its grade, flags or results use changed, only those are written; a rank
      // that moved is in the category's ranking. An unchanged row keeps its fingerprint.
      if (seen !== undefined && seen.score === score) {
        const { grade, flags, resultsUse } = seen.standing;
        if (sameJson(grade, unit.grade) && sameJson(flags, unit.flags) && sameJson(resultsUse, unit.resultsUse)) {
          now.set(unit.unitId, seen);
          continue;
        }
        standings.push(liveStandingRow(unit));
      } else rows.push(liveScoreRow({ cycleId, categoryId, schemeVersion, unit }));
      now.set(unit.unitId, { score, standing: { grade: unit.grade, flags: unit.flags, resultsUse: unit.resultsUse } });
    }
    await writeLiveStandings(tx, { schema: context.schema, cycleId, categoryId, rows: standings });
    staged.set(categoryKey, now);
    const unitIds = (result?.units ?? []).map((unit) => unit.unitId);
    // Rows of units gone from the category are deleted (all not scored now, when what was written is unknown).
    const removed = before === undefined ? undefined : [...before.keys()].filter((unitId) => !now.has(unitId));
    await writeLiveScores(tx, { schema: context.schema, cycleId, categoryId, rows, unitIds, ...(removed === undefined ? {} : { removed }) });
    // Scored unit by unit (no project grades, no correction across units): each explanation needs only the unit's streams.
    await writeLiveCategory(tx, { schema: context.schema, cycleId, categoryId, result, asOf: clock.recordedAt, position: clock.position, scoredAlone: state !== undefined });
  };

  return {
    name: LIVE_SCORES,
    filter: EVALUATION_STREAMS,
    tables: [LIVE_SCORES_TABLE, LIVE_CATEGORIES_TABLE],
    migrate: (db: SqlQueryable) => migrateLiveScores(db, context.schema),
    prepare: async (batch: readonly RecordedEvent[]) => {
      const events = evaluationEventsOf(batch);
      await views.prepare(events);
      await predecessors.prepare({ batch: events, viewOf: (cycleId) => views.current(cycleId) });
    },
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      staged = new Map();
      stagedScores = new Map();
      stagedTouches = new Map();
      const events = evaluationEventsOf(batch);
      predecessors.advance(events);
      const changes = views.advance(events);
      for (const change of changes) {
        const { cycleId } = change;
        for (const [categoryId, touch] of touchedCategories(change)) {
          if (deferred === undefined) {
            await scoreInto(tx, { view: change.after, cycleId, categoryId, touch });
            continue;
          }
          const key = `${cycleId}\u0000${categoryId}`;
          const earlier = stagedTouches.get(key) ?? deferred.get(key);
          const merged = earlier === undefined ? touch : later(touch, { asOf: earlier.touch.recordedAt, position: earlier.touch.position });
          stagedTouches.set(key, { cycleId, categoryId, touch: merged });
        }
        for (const event of change.events) {
          if (isResultsEvent(event) && event.type === 'ResultsPublished') {
            await markPublished(tx, { schema: context.schema, cycleId, categoryId: event.data.categoryId, eventId: event.id, at: event.metadata.recordedAt });
          }
        }
      }
      // A following cycle compares with this one: its scores change when these results or orders do.
      const after = new Map(changes.map((change) => [change.cycleId, change.after]));
      const successors = views.cycleIds().flatMap((cycleId) => {
        const view = after.get(cycleId) ?? views.current(cycleId);
        return view === undefined ? [] : [{ cycleId, view }];
      });
      for (const { cycleId, categoryId, recordedAt, position } of successorsTouched(events, successors)) {
        const view = after.get(cycleId) ?? views.current(cycleId);
        if (view === undefined) continue;
        if (deferred === undefined) {
          await scoreInto(tx, { view, cycleId, categoryId, touch: { recordedAt, position } });
          continue;
        }
        const key = `${cycleId}\u0000${categoryId}`;
        const earlier = stagedTouches.get(key) ?? deferred.get(key);
        const touch = earlier === undefined ? { recordedAt, position } : later({ recordedAt, position }, { asOf: earlier.touch.recordedAt, position: earlier.touch.position });
        stagedTouches.set(key, { cycleId, categoryId, touch });
      }
    },
    committed: () => {
      views.commit();
      predecessors.commit();
      for (const [key, fingerprints] of staged) written.set(key, fingerprints);
      staged = new Map();
      for (const [key, state] of stagedScores) scores.set(key, state);
      stagedScores = new Map();
      if (deferred !== undefined) for (const [key, entry] of stagedTouches) deferred.set(key, entry);
      stagedTouches = new Map();
    },
    discarded: () => {
      views.discard();
      predecessors.discard();
      staged = new Map();
      stagedScores = new Map();
      stagedTouches = new Map();
    },
    beginRebuild: () => {
      deferred = new Map();
    },
    // Every batch was folded; each touched category is scored once, from its final fold, as of its latest touch.
    finishRebuild: async (tx: SqlQueryable) => {
      staged = new Map();
      stagedScores = new Map();
      const pending = deferred ?? new Map();
      deferred = undefined;
      for (const { cycleId, categoryId, touch } of pending.values()) {
        const view = views.current(cycleId);
        if (view !== undefined) await scoreInto(tx, { view, cycleId, categoryId, touch });
      }
    },
  };
};
