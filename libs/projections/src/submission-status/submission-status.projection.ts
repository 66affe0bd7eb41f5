import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { isCycleEvent, isUnitEvent } from '@kaoping/evaluation';
import { CycleFolds, CycleViews, evaluationEventsOf } from '../cycle-views/cycle-views';
import { type Projection, type ProjectionContext } from '../runner/projection';
import { SUBMISSION_TABLE, migrateSubmissionStatus, replaceSubmissionItems } from './submission-status.persistence';
import { submissionItemsOf } from './submission-status.reducer';

export const SUBMISSION_STATUS = 'submission-status';

const CALENDAR_EVENTS: ReadonlySet<string> = new Set(['SchemePublished', 'SchemeAmended', 'PhaseClosed', 'PhaseMoved', 'CalendarAmended', 'DeadlinePassed']);

/**
 * Where each unit stands for each deadline of the calendar (submitted, pending, overdue, missing):
 * after a batch, the units it touched are listed again; calendar events list every unit of the cycle.
 */
export const submissionStatusProjection = (context: ProjectionContext): Projection => {
  const views = new CycleViews(context.folds ?? new CycleFolds(context.store));
  return {
    name: SUBMISSION_STATUS,
    filter: { streamPrefixes: ['cycle-', 'unit-'] },
    tables: [SUBMISSION_TABLE],
    migrate: (db: SqlQueryable) => migrateSubmissionStatus(db, context.schema),
    prepare: (batch: readonly RecordedEvent[]) => views.prepare(evaluationEventsOf(batch)),
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      for (const change of views.advance(evaluationEventsOf(batch))) {
        const { cycle } = change.after;
        if (cycle.status !== 'active') continue;
        const everyUnit = change.events.some((event) => isCycleEvent(event) && CALENDAR_EVENTS.has(event.type));
        const unitIds = everyUnit
          ? [...change.after.units.keys()]
          : [...new Set(change.events.flatMap((event) => (isUnitEvent(event) ? [event.data.unitId] : [])))];
        if (unitIds.length === 0) continue;
        const items = unitIds.flatMap((unitId) => submissionItemsOf(cycle, unitId, change.after.units.get(unitId)));
        await replaceSubmissionItems(tx, { schema: context.schema, cycleId: change.cycleId, unitIds, items });
      }
    },
    committed: () => views.commit(),
    discarded: () => views.discard(),
  };
};
