import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { cycleStreamPrefixes, isOfCycle, type EvaluationEvent, type Recorded, type StreamCategory } from '@kaoping/evaluation';
import { recordedEvaluationEvent } from './recorded-evaluation-event';

/** A stored event of a cycle, and the same event as the deciders read it. */
export type CycleRecord = Readonly<{ stored: RecordedEvent; event: Recorded<EvaluationEvent> }>;

/** Which part of a cycle's log to read: up to `position` (inclusive; default: all), of some stream categories (default: all), of some event types (default: all). */
export type ReadCycle = Readonly<{ store: EventStore; cycleId: string; position?: bigint; categories?: readonly StreamCategory[]; eventTypes?: readonly string[] }>;

/**
 * The one reader of a cycle's log: its streams by prefix ({@link cycleStreamPrefixes}), kept by
 * the events' own cycle id ({@link isOfCycle}), in log order. The command handler, snapshots and
 * results, audit, the schedule and the projections all read a cycle through here.
 */
export const readCycle = async (input: ReadCycle): Promise<readonly CycleRecord[]> => {
  const { store, cycleId, position } = input;
  if (position !== undefined && position <= 0n) return [];
  const stored = await store.readAll({
    filter: { streamPrefixes: cycleStreamPrefixes(cycleId, input.categories), ...(input.eventTypes === undefined ? {} : { eventTypes: input.eventTypes }) },
    ...(position === undefined ? {} : { asOf: { position } }),
  });
  const records: CycleRecord[] = [];
  for (const event of stored) {
    const recorded = recordedEvaluationEvent(event);
    if (recorded !== null && isOfCycle(recorded, cycleId)) records.push({ stored: event, event: recorded });
  }
  return records;
};

/** {@link readCycle}, the events as the deciders read them. */
export const readCycleEvents = async (input: ReadCycle): Promise<readonly Recorded<EvaluationEvent>[]> =>
  (await readCycle(input)).map((record) => record.event);
