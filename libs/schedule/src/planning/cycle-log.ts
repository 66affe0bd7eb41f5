import type { EventStore } from '@kaoping/eventstore';
import {
  appealStreamId,
  cycleStreamId,
  foldCycleView,
  proposalStreamId,
  rectificationStreamId,
  resultsStreamId,
  unitStreamId,
  type CycleView,
  type EvaluationEvent,
  type Recorded,
} from '@kaoping/evaluation';
import { recordedEvaluationEvent } from '@kaoping/lifecycle';
import { resolveCalendar, type ResolvedCalendar } from '@kaoping/scoring';

/** The stream prefixes of one cycle (they also match cycles whose id extends this one: filter by data). */
export const cyclePrefixes = (cycleId: string): readonly string[] => [
  cycleStreamId(cycleId),
  unitStreamId(cycleId, ''),
  proposalStreamId(cycleId, ''),
  appealStreamId(cycleId, ''),
  resultsStreamId(cycleId, ''),
  rectificationStreamId(cycleId, ''),
];

/** A cycle's events up to `position` (default: all), in log order. */
export const readCycleEvents = async (
  input: Readonly<{ store: EventStore; cycleId: string; position?: bigint; prefixes?: readonly string[] }>,
): Promise<readonly Recorded<EvaluationEvent>[]> => {
  const stored = await input.store.readAll({
    filter: { streamPrefixes: input.prefixes ?? cyclePrefixes(input.cycleId) },
    ...(input.position === undefined ? {} : { asOf: { position: input.position } }),
  });
  return stored
    .map(recordedEvaluationEvent)
    .filter((event): event is Recorded<EvaluationEvent> => event !== null && event.data.cycleId === input.cycleId);
};

/** The whole cycle folded from the log as it is now. */
export const loadCycleView = async (store: EventStore, cycleId: string): Promise<CycleView> =>
  foldCycleView(await readCycleEvents({ store, cycleId }));

/** The calendar of the cycle's published scheme for its year, if it has one. */
export const calendarOfView = (view: CycleView): ResolvedCalendar | undefined =>
  view.cycle.status === 'active' && view.cycle.scheme.valid !== undefined ? resolveCalendar(view.cycle.scheme.valid, view.cycle.year) : undefined;
