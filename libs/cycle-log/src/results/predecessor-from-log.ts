import type { EventStore } from '@kaoping/eventstore';
import { type CycleState, type CycleView, foldCycleView, previousCycleOf } from '@kaoping/evaluation';
import type { PreviousCycle } from '@kaoping/scoring';
import { readCycleEvents } from '../evaluation/cycle-log';

/**
 * A cycle another follows (its CycleCreated names it) folded from its cycle, results and
 * rectification streams up to `position` (default: the head): the recorded result lines, never
 * scored again.
 */
export const predecessorViewAt = async (input: Readonly<{ store: EventStore; predecessorCycleId: string; position?: bigint }>): Promise<CycleView> => {
  const { store, position } = input;
  const events = await readCycleEvents({ store, cycleId: input.predecessorCycleId, categories: ['cycle', 'results', 'rectification'], ...(position === undefined ? {} : { position }) });
  return foldCycleView(events);
};

/**
 * The published results of one category in the cycle before `cycle`, as scoring compares with
 * them ({@link predecessorViewAt}, then previousCycleOf); undefined when the cycle names none.
 */
export const previousCycleAt = async (
  input: Readonly<{ store: EventStore; cycle: CycleState; categoryId: string; position?: bigint }>,
): Promise<PreviousCycle | undefined> => {
  const { cycle, store, position } = input;
  if (cycle.status === 'none' || cycle.predecessorCycleId === undefined) return undefined;
  const view = await predecessorViewAt({ store, predecessorCycleId: cycle.predecessorCycleId, ...(position === undefined ? {} : { position }) });
  return previousCycleOf(view, input.categoryId);
};
