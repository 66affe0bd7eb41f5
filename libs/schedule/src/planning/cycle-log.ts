import type { EventStore } from '@kaoping/eventstore';
import { calendarOfCycle, type CycleView } from '@kaoping/evaluation';
import { foldCycleLog, foldUnitsView } from '@kaoping/cycle-log';
import type { ResolvedCalendar } from '@kaoping/scoring';

/** The whole cycle folded from the log as it is now; with `unitIds`, of the units only those (see foldUnitsView). */
export const loadCycleView = (store: EventStore, cycleId: string, unitIds?: readonly string[]): Promise<CycleView> =>
  unitIds === undefined ? foldCycleLog({ store, cycleId }) : foldUnitsView({ store, cycleId, unitIds });

/**
 * The cycle folded from the log without its units' streams: what planning its jobs reads (the
 * calendar, phases, results, appeals and their proposals, rectification orders). The units' values
 * are most of a cycle's log, and no job's plan depends on them.
 */
export const loadPlanningView = (store: EventStore, cycleId: string): Promise<CycleView> =>
  foldCycleLog({ store, cycleId, categories: ['cycle', 'proposal', 'appeal', 'results', 'rectification'] });

/** The calendar of the cycle's published scheme for its year (working days as the office amended them), if it has one. */
export const calendarOfView = (view: CycleView): ResolvedCalendar | undefined => (view.cycle.status === 'active' ? calendarOfCycle(view.cycle) : undefined);
