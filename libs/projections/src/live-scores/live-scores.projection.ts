import type { RecordedEvent, SqlParam, SqlQueryable } from '@kaoping/eventstore';
import { DomainError, isResultsEvent, scoreCategory, type CycleView } from '@kaoping/evaluation';
import type { CategoryResult, PreviousCycle } from '@kaoping/scoring';
import { CycleViews, evaluationEventsOf } from '../cycle-views/cycle-views';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { type CategoryTouch, touchedCategories } from './affected-categories';
import { Predecessors, successorsTouched } from './predecessors';
import {
  LIVE_CATEGORIES_TABLE,
  LIVE_SCORES_TABLE,
  liveScoreRow,
  loadCategoryClock,
  markPublished,
  migrateLiveScores,
  writeLiveCategory,
  writeLiveScores,
} from './live-scores.persistence';

export const LIVE_SCORES = 'live-scores';

// A cycle without a scorable scheme, or a category the scheme no longer has, has no live scores.
const scoreOf = (view: CycleView, categoryId: string, asOf: string, previous: PreviousCycle | undefined): CategoryResult | null => {
  try {
    return scoreCategory(view, categoryId, asOf, previous);
  } catch (error: unknown) {
    if (error instanceof DomainError) return null;
    throw error;
  }
};

const later = (a: CategoryTouch, b: Readonly<{ asOf: string; position: bigint }> | null): CategoryTouch =>
  b === null ? a : { recordedAt: a.recordedAt > b.asOf ? a.recordedAt : b.asOf, position: a.position > b.position ? a.position : b.position };

/**
 * Live scores per unit and category, through @kaoping/evaluation's scoreCategory: after each
 * batch, every category it touched is scored again from the cycle's fold, as of the latest event
 * that touched it (so a replay computes the same rows as the live run). In a rebuild the batches
 * are only folded, and each touched category is scored once at the end. Rows keep total, parts, grade, rank, flags, the
 * explanation tree with its fact ids (= event ids) and the position they were computed at. A cycle
 * that follows another is compared with its predecessor's recorded results (rank change, two-year
 * flags, rectification carried over; results use beside them).
 */
export const liveScoresProjection = (context: ProjectionContext): Projection => {
  const views = new CycleViews(context.store);
  const predecessors = new Predecessors(context.store);
  // What each row held when last written, so unchanged rows are not written again.
  let written = new Map<string, ReadonlyMap<string, string>>();
  let staged = new Map<string, ReadonlyMap<string, string>>();
  // During a rebuild: the categories touched so far and their latest touch, scored once at the end.
  let deferred: Map<string, Readonly<{ cycleId: string; categoryId: string; touch: CategoryTouch }>> | undefined;
  let stagedTouches = new Map<string, Readonly<{ cycleId: string; categoryId: string; touch: CategoryTouch }>>();

  const scoreInto = async (tx: SqlQueryable, input: Readonly<{ view: CycleView; cycleId: string; categoryId: string; touch: CategoryTouch }>): Promise<void> => {
    const { cycleId, categoryId } = input;
    const clock = later(input.touch, await loadCategoryClock(tx, { schema: context.schema, cycleId, categoryId }));
    const result = scoreOf(input.view, categoryId, clock.recordedAt, predecessors.previousOf(input.view, categoryId));
    const rows: SqlParam[][] = [];
    const categoryKey = `${cycleId}\u0000${categoryId}`;
    const before = staged.get(categoryKey) ?? written.get(categoryKey);
    const now = new Map<string, string>();
    for (const unit of result?.units ?? []) {
      const row = liveScoreRow({ cycleId, categoryId, schemeVersion: result?.schemeVersion ?? 0, unit });
      // A row is written again only when it changes (most units keep theirs when one unit's facts change).
      const fingerprint = JSON.stringify(row);
      now.set(unit.unitId, fingerprint);
      if (before?.get(unit.unitId) !== fingerprint) rows.push(row);
    }
    staged.set(categoryKey, now);
    const unitIds = (result?.units ?? []).map((unit) => unit.unitId);
    await writeLiveScores(tx, { schema: context.schema, cycleId, categoryId, rows, unitIds });
    await writeLiveCategory(tx, { schema: context.schema, cycleId, categoryId, result, asOf: clock.recordedAt, position: clock.position });
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
      written = new Map([...written, ...staged]);
      staged = new Map();
      if (deferred !== undefined) for (const [key, entry] of stagedTouches) deferred.set(key, entry);
      stagedTouches = new Map();
    },
    discarded: () => {
      views.discard();
      predecessors.discard();
      staged = new Map();
      stagedTouches = new Map();
    },
    beginRebuild: () => {
      deferred = new Map();
    },
    // Every batch was folded; each touched category is scored once, from its final fold, as of its latest touch.
    finishRebuild: async (tx: SqlQueryable) => {
      staged = new Map();
      const pending = deferred ?? new Map();
      deferred = undefined;
      for (const { cycleId, categoryId, touch } of pending.values()) {
        const view = views.current(cycleId);
        if (view !== undefined) await scoreInto(tx, { view, cycleId, categoryId, touch });
      }
    },
  };
};
