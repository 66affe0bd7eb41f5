import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { foldCycleView, type CycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import { readCycle } from '@kaoping/cycle-log';
import { assertIntactUpTo } from './integrity-guard';

/** A cycle's events up to a position: as stored (for the audit trail) and folded (for scoring). */
export type CycleLog = Readonly<{
  /** The cycle's stored events in log order, by event id. */
  stored: ReadonlyMap<string, RecordedEvent>;
  /** The same events as the deciders read them, in log order. */
  events: readonly Recorded<EvaluationEvent>[];
  view: CycleView;
}>;

/**
 * Reads a cycle's streams from the log up to `position` (inclusive) and folds them; refuses
 * (Conflict `log-broken`) when the log is broken at or before that position.
 */
export const readCycleLog = async (input: Readonly<{ store: EventStore; cycleId: string; position: bigint }>): Promise<CycleLog> => {
  await assertIntactUpTo(input.store, input.position);
  const records = await readCycle(input);
  const events = records.map((record) => record.event);
  return { stored: new Map(records.map((record) => [record.stored.id, record.stored])), events, view: foldCycleView(events) };
};
