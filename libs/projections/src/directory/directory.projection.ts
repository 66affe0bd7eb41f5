import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { PHASE_IDS, schemeOutline } from '@kaoping/scoring';
import { deadlinesOf, isCycleEvent, isUnitEvent, openPhases, phaseDatesOf, publishedSchemeOf, type CycleState, type EvaluationEvent, type Recorded, type UnitState } from '@kaoping/evaluation';
import { CycleFolds, CycleViews, evaluationEventsOf, type CycleChange } from '../cycle-views/cycle-views';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { writeDirectoryEvent } from './directory.events';
import {
  DIRECTORY_TABLES,
  insertSchemeVersion,
  migrateDirectory,
  replaceRaters,
  replaceUnits,
  upsertCycle,
  type AssignmentRow,
  type CycleRow,
  type UnitRow,
} from './directory.persistence';

export const DIRECTORY = 'directory';

const cycleRowOf = (cycle: CycleState, createdAt: string, position: string): CycleRow | null => {
  if (cycle.status === 'none') return null;
  const base = { cycleId: cycle.cycleId, year: cycle.year, name: cycle.name, createdAt, position };
  if (cycle.status === 'created') return { ...base, status: 'created', schemeVersion: null, openPhases: [], phases: [], deadlines: [], closedPeriods: [] };
  const phases = PHASE_IDS.map((id) => {
    const state = cycle.phases[id];
    return {
      id,
      status: state.status,
      openedAt: state.status === 'pending' ? null : (state.openedAt ?? null),
      closedAt: state.status === 'closed' ? state.closedAt : null,
      ...phaseDatesOf(cycle, id),
    };
  });
  const deadlines = deadlinesOf(cycle).map((d) => ({ id: d.id, kind: d.kind, period: d.period ?? null, dueAt: d.due, passed: cycle.deadlinesPassed.has(d.id) }));
  return { ...base, status: 'active', schemeVersion: cycle.scheme.version, openPhases: openPhases(cycle), phases, deadlines, closedPeriods: [...cycle.closedPeriods] };
};

const unitRowsOf = (unit: UnitState | undefined): Readonly<{ unit: UnitRow | null; assignments: readonly AssignmentRow[] }> => {
  if (unit === undefined || unit.status === 'unregistered') return { unit: null, assignments: [] };
  const { unitId, name, level, categoryId, parentUnitId } = unit.unit;
  return {
    unit: { unitId, name, level, categoryId: categoryId ?? null, parentUnitId: parentUnitId ?? null, status: unit.status, planStatus: unit.plan.status },
    assignments: [...unit.assignments.values()].map((a) => ({ unitId, indicatorId: a.indicatorId, providerId: a.providerId ?? null, targets: a.targets, eventId: a.eventId })),
  };
};

/** False when the unit's directory rows are certainly the same (the fold kept the parts they come from). */
const rowsMayDiffer = (before: UnitState | undefined, after: UnitState | undefined): boolean => {
  if (before === after) return false;
  if (before === undefined || after === undefined || before.status !== after.status) return true;
  if (before.status === 'unregistered' || after.status === 'unregistered') return false;
  return before.unit !== after.unit || before.assignments !== after.assignments || before.plan !== after.plan;
};

const schemeVersionOf = (event: Recorded<EvaluationEvent>) => {
  if (event.type !== 'SchemePublished' && event.type !== 'SchemeAmended') return null;
  // The cycle's fold compiled this document already (the same text): its outline comes from that.
  const { valid } = publishedSchemeOf({ version: event.data.version, document: event.data.scheme });
  return {
    cycleId: event.data.cycleId,
    version: event.data.version,
    eventId: event.id,
    type: event.type,
    recordedAt: event.metadata.recordedAt,
    actorId: event.metadata.actorId,
    role: event.metadata.role,
    reason: event.metadata.reason ?? null,
    changes: event.type === 'SchemeAmended' ? (event.data.changes ?? []) : [],
    document: event.data.scheme,
    outline: valid === undefined ? null : schemeOutline(valid),
  };
};

/**
 * What the console picks from instead of typing ids: cycles with their phases, dates and deadlines;
 * scheme versions with their outline; units, assignments and targets; raters (from each cycle's
 * fold); appeals, rectification orders, results and snapshots (from their events).
 */
export const directoryProjection = (context: ProjectionContext): Projection => {
  const views = new CycleViews(context.folds ?? new CycleFolds(context.store));
  // Units whose rows this process wrote (from the fold before the batch on, their rows are that fold's):
  // a batch of values changes a unit's fold but not its row, which is then not written again.
  const written = new Set<string>();
  let staged = new Set<string>();
  // The parts of a unit's fold its rows come from, when the fold kept them (values and ratings change
  // none of them), say "same" without comparing the rows.
  const rowsChanged = (change: CycleChange, unitId: string): boolean => {
    const [before, after] = [change.before.units.get(unitId), change.after.units.get(unitId)];
    if (!written.has(`${change.cycleId}\u0000${unitId}`)) return true;
    return rowsMayDiffer(before, after) && JSON.stringify(unitRowsOf(before)) !== JSON.stringify(unitRowsOf(after));
  };
  return {
    name: DIRECTORY,
    // Every lifecycle stream, as live scores take them: the same batches fold once onto the view the
    // read models share (a subset would be folded apart, and the view copied, whenever a batch held a
    // deduction or an appeal). Only cycle and unit events make its rows from the fold.
    filter: EVALUATION_STREAMS,
    tables: DIRECTORY_TABLES,
    migrate: (db: SqlQueryable) => migrateDirectory(db, context.schema),
    prepare: (batch: readonly RecordedEvent[]) => views.prepare(evaluationEventsOf(batch)),
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      staged = new Set();
      const events = evaluationEventsOf(batch);
      for (const change of views.advance(events)) {
        const cycleEvents = change.events.filter(isCycleEvent);
        if (cycleEvents.length > 0) {
          const created = cycleEvents.find((e) => e.type === 'CycleCreated');
          // The row stands at the cycle's last event: where the batches end (live or in a rebuild) does not move it.
          const row = cycleRowOf(change.after.cycle, created?.metadata.recordedAt ?? '', cycleEvents.at(-1)?.position ?? '0');
          if (row !== null) await upsertCycle(tx, context.schema, row);
          for (const event of cycleEvents) {
            const version = schemeVersionOf(event);
            if (version !== null) await insertSchemeVersion(tx, context.schema, version);
          }
          const { cycle } = change.after;
          if (cycle.status === 'active' && cycleEvents.some((e) => e.type === 'RaterAssigned')) {
            const raters = cycle.raters.map((r) => ({ raterId: r.raterId, raterRole: r.raterRole, units: r.units, indicators: r.indicators ?? null }));
            await replaceRaters(tx, { schema: context.schema, cycleId: change.cycleId, raters });
          }
        }
        const unitIds = [...new Set(change.events.flatMap((e) => (isUnitEvent(e) ? [e.data.unitId] : [])))].filter((unitId) => rowsChanged(change, unitId));
        for (const unitId of unitIds) staged.add(`${change.cycleId}\u0000${unitId}`);
        if (unitIds.length > 0) {
          const rows = unitIds.map((unitId) => unitRowsOf(change.after.units.get(unitId)));
          await replaceUnits(tx, {
            schema: context.schema,
            cycleId: change.cycleId,
            unitIds,
            units: rows.flatMap((r) => (r.unit === null ? [] : [r.unit])),
            assignments: rows.flatMap((r) => r.assignments),
          });
        }
      }
      for (const event of events) if (!isCycleEvent(event) && !isUnitEvent(event)) await writeDirectoryEvent(tx, context.schema, event);
    },
    committed: () => {
      views.commit();
      for (const key of staged) written.add(key);
      staged = new Set();
    },
    discarded: () => {
      views.discard();
      staged = new Set();
    },
    // The tables are dropped before a rebuild: every unit is written again.
    beginRebuild: () => {
      written.clear();
      staged = new Set();
    },
  };
};
