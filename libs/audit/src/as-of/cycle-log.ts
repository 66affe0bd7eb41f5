import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import {
  appealStreamId,
  cycleStreamId,
  foldCycleView,
  proposalStreamId,
  resultsStreamId,
  unitStreamId,
  type CycleView,
  type EvaluationEvent,
  type Recorded,
} from '@kaoping/evaluation';
import { recordedEvaluationEvent } from '@kaoping/lifecycle';

/** A cycle's events up to a position: as stored (for the audit trail) and folded (for scoring). */
export type CycleLog = Readonly<{
  /** The cycle's stored events in log order, by event id. */
  stored: ReadonlyMap<string, RecordedEvent>;
  /** The same events as the deciders read them, in log order. */
  events: readonly Recorded<EvaluationEvent>[];
  view: CycleView;
}>;

const belongsTo = (cycleId: string) => (event: Recorded<EvaluationEvent> | null): event is Recorded<EvaluationEvent> =>
  event !== null && event.data.cycleId === cycleId;

/** The prefixes of the streams a cycle's scores are folded from. */
export const cycleStreamPrefixes = (cycleId: string): readonly string[] => [
  cycleStreamId(cycleId),
  unitStreamId(cycleId, ''),
  proposalStreamId(cycleId, ''),
  appealStreamId(cycleId, ''),
  resultsStreamId(cycleId, ''),
];

/** Reads a cycle's streams from the log up to `position` (inclusive) and folds them. */
export const readCycleLog = async (input: Readonly<{ store: EventStore; cycleId: string; position: bigint }>): Promise<CycleLog> => {
  const { store, cycleId, position } = input;
  const raw =
    position <= 0n ? [] : await store.readAll({ filter: { streamPrefixes: cycleStreamPrefixes(cycleId) }, asOf: { position } });
  const stored = new Map<string, RecordedEvent>();
  const events: Recorded<EvaluationEvent>[] = [];
  const ofCycle = belongsTo(cycleId);
  for (const event of raw) {
    // Stream ids join ids with '-' ('cycle-2026' is a prefix of 'cycle-2026-b'): keep this cycle's by their data.
    const recorded = recordedEvaluationEvent(event);
    if (!ofCycle(recorded)) continue;
    stored.set(event.id, event);
    events.push(recorded);
  }
  return { stored, events, view: foldCycleView(events) };
};
