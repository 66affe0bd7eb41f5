import type { RecordedEvent, SqlParam, SqlQueryable } from '@kaoping/eventstore';
import { DomainError, isResultsEvent, scoreCategory, type CycleView } from '@kaoping/evaluation';
import type { CategoryResult } from '@kaoping/scoring';
import { CycleViews, evaluationEventsOf } from '../cycle-views/cycle-views';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { type CategoryTouch, touchedCategories } from './affected-categories';
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
const scoreOf = (view: CycleView, categoryId: string, asOf: string): CategoryResult | null => {
  try {
    return scoreCategory(view, categoryId, asOf);
  } catch (error: unknown) {
    if (error instanceof DomainError) return null;
    throw error;
  }
};

const later = (a: CategoryTouch, b: Readonly<{ asOf: string; position: bigint }> | null): CategoryTouch =>
  b === null ? a : { recordedAt: a.recordedAt > b.asOf ? a.recordedAt : b.asOf, position: a.position > b.position ? a.position : b.position };

/**
 * Live scores per unit and category, through @kaoping/scoring: after each batch, every category
 * it touched is scored again from the cycle's fold, as of the latest event that touched it (so a
 * replay computes the same rows as the live run). Rows keep total, parts, grade, rank, flags, the
 * explanation tree with its fact ids (= event ids) and the position they were computed at.
 */
export const liveScoresProjection = (context: ProjectionContext): Projection => {
  const views = new CycleViews(context.store);
  // What each row held when last written, so unchanged rows are not written again.
  let written = new Map<string, ReadonlyMap<string, string>>();
  let staged = new Map<string, ReadonlyMap<string, string>>();
  return {
    name: LIVE_SCORES,
    filter: EVALUATION_STREAMS,
    tables: [LIVE_SCORES_TABLE, LIVE_CATEGORIES_TABLE],
    migrate: (db: SqlQueryable) => migrateLiveScores(db, context.schema),
    prepare: (batch: readonly RecordedEvent[]) => views.prepare(evaluationEventsOf(batch)),
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      staged = new Map();
      const changes = views.advance(evaluationEventsOf(batch));
      for (const change of changes) {
        for (const [categoryId, touch] of touchedCategories(change)) {
          const { cycleId } = change;
          const clock = later(touch, await loadCategoryClock(tx, { schema: context.schema, cycleId, categoryId }));
          const result = scoreOf(change.after, categoryId, clock.recordedAt);
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
        }
        for (const event of change.events) {
          if (isResultsEvent(event) && event.type === 'ResultsPublished') {
            await markPublished(tx, { schema: context.schema, cycleId: change.cycleId, categoryId: event.data.categoryId, eventId: event.id, at: event.metadata.recordedAt });
          }
        }
      }
    },
    committed: () => {
      views.commit();
      written = new Map([...written, ...staged]);
      staged = new Map();
    },
    discarded: () => {
      views.discard();
      staged = new Map();
    },
  };
};
