import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import {
  appealStreamId,
  cycleStreamId,
  proposalStreamId,
  rectificationStreamId,
  resultsStreamId,
  unitStreamId,
  type EvaluationEvent,
  type Recorded,
} from '@kaoping/evaluation';
import { recordedEvaluationEvent } from './recorded-evaluation-event';

/** The stream prefixes of one cycle's streams (cycle, units, proposals, appeals, results, rectification). */
export const cycleStreamPrefixes = (cycleId: string): readonly string[] => [
  cycleStreamId(cycleId),
  unitStreamId(cycleId, ''),
  proposalStreamId(cycleId, ''),
  appealStreamId(cycleId, ''),
  resultsStreamId(cycleId, ''),
  rectificationStreamId(cycleId, ''),
];

/** A stored event of a cycle, and the same event as the deciders read it. */
export type CycleRecord = Readonly<{ stored: RecordedEvent; event: Recorded<EvaluationEvent> }>;

/** A cycle's events up to `position` (inclusive; default: all), in log order. */
export const readCycleRecords = async (
  input: Readonly<{ store: EventStore; cycleId: string; position?: bigint }>,
): Promise<readonly CycleRecord[]> => {
  const { store, cycleId, position } = input;
  if (position !== undefined && position <= 0n) return [];
  const stored = await store.readAll({
    filter: { streamPrefixes: cycleStreamPrefixes(cycleId) },
    ...(position === undefined ? {} : { asOf: { position } }),
  });
  const records: CycleRecord[] = [];
  for (const event of stored) {
    // 'cycle-2026' is also a prefix of 'cycle-20261': keep this cycle's events by their data.
    const recorded = recordedEvaluationEvent(event);
    if (recorded !== null && recorded.data.cycleId === cycleId) records.push({ stored: event, event: recorded });
  }
  return records;
};

/** A cycle's events as the deciders read them, up to `position` (default: all), in log order. */
export const readCycleEvents = async (
  input: Readonly<{ store: EventStore; cycleId: string; position?: bigint }>,
): Promise<readonly Recorded<EvaluationEvent>[]> => (await readCycleRecords(input)).map((record) => record.event);
