import type { EventStore } from '@kaoping/eventstore';
import { foldCycleView, type CycleView } from '@kaoping/evaluation';
import { readCycleEvents } from '@kaoping/lifecycle';
import { resolveCalendar, type ResolvedCalendar } from '@kaoping/scoring';

/** The whole cycle folded from the log as it is now. */
export const loadCycleView = async (store: EventStore, cycleId: string): Promise<CycleView> =>
  foldCycleView(await readCycleEvents({ store, cycleId }));

/** The calendar of the cycle's published scheme for its year, if it has one. */
export const calendarOfView = (view: CycleView): ResolvedCalendar | undefined =>
  view.cycle.status === 'active' && view.cycle.scheme.valid !== undefined ? resolveCalendar(view.cycle.scheme.valid, view.cycle.year) : undefined;
