import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { isCycleEvent, isUnitEvent, type CycleView } from '@kaoping/evaluation';
import { CycleFolds, CycleViews, evaluationEventsOf, type CycleChange } from '../cycle-views/cycle-views';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { SUBMISSION_TABLE, migrateSubmissionStatus, replaceSubmissionItems, updateSubmissionItems } from './submission-status.persistence';
import { submissionItemsOf, type SubmissionItem } from './submission-status.reducer';

export const SUBMISSION_STATUS = 'submission-status';

const CALENDAR_EVENTS: ReadonlySet<string> = new Set(['SchemePublished', 'SchemeAmended', 'PhaseClosed', 'PhaseMoved', 'CalendarAmended', 'DeadlinePassed']);

/** An item's row: one per unit, deadline and indicator. */
const itemKey = (item: SubmissionItem): string => `${item.unitId}\u0000${item.deadlineId}\u0000${item.indicatorId}`;

const sameItem = (a: SubmissionItem, b: SubmissionItem): boolean =>
  a.kind === b.kind && a.period === b.period && a.phase === b.phase && a.dueAt === b.dueAt && a.providerId === b.providerId && a.status === b.status && a.submittedEventId === b.submittedEventId && a.value === b.value;

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

  // After a batch: the touched units' items as the view before it listed them (what the table
  // holds) against the view after it, and only the differences written. A province unit owes
  // 1,200 items a year; one value changes one of them, where listing the unit again rewrote all.
  const update = async (tx: SqlQueryable, change: CycleChange, touched: Touched): Promise<void> => {
    const { before, after, cycleId } = change;
    if (after.cycle.status !== 'active') return;
    if (before.cycle.status !== 'active') return write(tx, after, cycleId, touched);
    const unitIds = touched === 'every unit' ? new Set([...before.units.keys(), ...after.units.keys()]) : touched;
    const changed: SubmissionItem[] = [];
    const gone: SubmissionItem[] = [];
    for (const unitId of unitIds) {
      const was = new Map(submissionItemsOf(before.cycle, unitId, before.units.get(unitId)).map((item) => [itemKey(item), item]));
      for (const item of submissionItemsOf(after.cycle, unitId, after.units.get(unitId))) {
        const key = itemKey(item);
        const earlier = was.get(key);
        was.delete(key);
        if (earlier === undefined || !sameItem(earlier, item)) changed.push(item);
      }
      gone.push(...was.values());
    }
    await updateSubmissionItems(tx, { schema: context.schema, cycleId, changed, gone });
  };

  return {
    name: SUBMISSION_STATUS,
    // Every lifecycle stream (only cycle and unit events list items): the batches of live scores,
    // folded once onto the view the read models share.
    filter: EVALUATION_STREAMS,
    tables: [SUBMISSION_TABLE],
    migrate: (db: SqlQueryable) => migrateSubmissionStatus(db, context.schema),
    prepare: (batch: readonly RecordedEvent[]) => views.prepare(evaluationEventsOf(batch)),
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      staged = new Map();
      for (const change of views.advance(evaluationEventsOf(batch))) {
        const touched = touchedUnits(change);
        if (deferred === undefined) await update(tx, change, touched);
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
