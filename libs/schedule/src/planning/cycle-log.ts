import type { EventStore } from '@kaoping/eventstore';
import { calendarOfCycle, foldCycleView, type CycleView } from '@kaoping/evaluation';
import { readCycleEvents } from '@kaoping/cycle-log';
import type { ResolvedCalendar } from '@kaoping/scoring';

/** The whole cycle folded from the log as it is now. */
export const loadCycleView = async (store: EventStore, cycleId: string): Promise<CycleView> =>
  foldCycleView(await readCycleEvents({ store, cycleId }));

/** The calendar of the cycle's published scheme for its year (working days as the office amended them), if it has one. */
export const calendarOfView = (view: CycleView): ResolvedCalendar | undefined => (view.cycle.status === 'active' ? calendarOfCycle(view.cycle) : undefined);
