import type { EventStore } from '@kaoping/eventstore';
import { foldCycleView, trackingRoundsOf, type UnitTracking } from '@kaoping/evaluation';
import { readCycleEvents } from '../evaluation/cycle-log';

/** A cycle's tracking rounds as the log stands at its head (or `position`): see @kaoping/evaluation's trackingRoundsOf. */
export type CycleTracking = Readonly<{ cycleId: string; asOfPosition: string; units: readonly UnitTracking[] }>;

/**
 * Reads the cycle's and its units' streams up to `position` (default: the head), and gives per
 * tracked unit and tracking round the target, the value, its deviation and the corrective action
 * recorded with it. Reads only.
 */
export const trackingFromLog = async (input: Readonly<{ store: EventStore; cycleId: string; unitId?: string; position?: bigint }>): Promise<CycleTracking> => {
  const position = input.position ?? (await input.store.headPosition());
  const events = await readCycleEvents({ store: input.store, cycleId: input.cycleId, position, categories: ['cycle', 'unit'] });
  const units = trackingRoundsOf(foldCycleView(events), { events, ...(input.unitId === undefined ? {} : { unitId: input.unitId }) });
  return { cycleId: input.cycleId, asOfPosition: position.toString(), units };
};
