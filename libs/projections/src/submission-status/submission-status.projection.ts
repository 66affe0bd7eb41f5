import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { isCycleEvent, isUnitEvent, type CycleView } from '@kaoping/evaluation';
import { CycleFolds, CycleViews, evaluationEventsOf, type CycleChange } from '../cycle-views/cycle-views';
import { type Projection, type ProjectionContext } from '../runner/projection';
import { SUBMISSION_TABLE, migrateSubmissionStatus, replaceSubmissionItems } from './submission-status.persistence';
import { submissionItemsOf } from './submission-status.reducer';

export const SUBMISSION_STATUS = 'submission-status';

const CALENDAR_EVENTS: ReadonlySet<string> = new Set(['SchemePublished', 'SchemeAmended', 'PhaseClosed', 'PhaseMoved', 'CalendarAmended', 'DeadlinePassed']);

/** The units of a cycle whose items a batch changed: some, or every unit (calendar events). */
type Touched = ReadonlySet<string> | 'every unit';

const touchedUnits = (change: CycleChange): Touched => {
  if (change.events.some((event) => isCycleEvent(event) && CALENDAR_EVENTS.has(event.type))) return 'every unit';
  return new Set(change.events.flatMap((event) => (isUnitEvent(event) ? [event.data.unitId] : [])));
};

const merged = (earlier: Touched | undefined, now: Touched): Touched =>
  earlier === undefined ? now : earlier === 'every unit' || now === 'every unit' ? 'every unit' : new Set([...earlier, ...now]);

/**
 * Where each unit stands for each deadline of the calendar (submitted, pending, overdue, missing):
 * after a batch, the units it touched are listed again; calendar events list every unit of the cycle.
 * In a rebuild the touched units are listed once, from the last fold.
 */
export const submissionStatusProjection = (context: ProjectionContext): Projection => {
  const views = new CycleViews(context.folds ?? new CycleFolds(context.store));
  // While rebuilding: the units touched so far, by cycle (committed), and by this batch (staged).
  let deferred: Map<string, Touched> | undefined;
  let staged = new Map<string, Touched>();

  const write = async (tx: SqlQueryable, view: CycleView, cycleId: string, touched: Touched): Promise<void> => {
    const { cycle } = view;
    if (cycle.status !== 'active') return;
    const unitIds = touched === 'every unit' ? [...view.units.keys()] : [...touched];
    if (unitIds.length === 0) return;
    const items = unitIds.flatMap((unitId) => submissionItemsOf(cycle, unitId, view.units.get(unitId)));
    await replaceSubmissionItems(tx, { schema: context.schema, cycleId, unitIds, items });
  };

  return {
    name: SUBMISSION_STATUS,
    filter: { streamPrefixes: ['cycle-', 'unit-'] },
    tables: [SUBMISSION_TABLE],
    migrate: (db: SqlQueryable) => migrateSubmissionStatus(db, context.schema),
    prepare: (batch: readonly RecordedEvent[]) => views.prepare(evaluationEventsOf(batch)),
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      staged = new Map();
      for (const change of views.advance(evaluationEventsOf(batch))) {
        const touched = touchedUnits(change);
        if (deferred === undefined) await write(tx, change.after, change.cycleId, touched);
        else staged.set(change.cycleId, merged(staged.get(change.cycleId) ?? deferred.get(change.cycleId), touched));
      }
    },
    committed: () => {
      views.commit();
      if (deferred !== undefined) for (const [cycleId, touched] of staged) deferred.set(cycleId, touched);
      staged = new Map();
    },
    discarded: () => {
      views.discard();
      staged = new Map();
    },
    beginRebuild: () => {
      deferred = new Map();
    },
    finishRebuild: async (tx: SqlQueryable) => {
      const pending = deferred ?? new Map<string, Touched>();
      deferred = undefined;
      for (const [cycleId, touched] of pending) {
        const view = views.current(cycleId);
        if (view !== undefined) await write(tx, view, cycleId, touched);
      }
    },
  };
};
