import { logPages, type AllFilter, type EventStore, type RecordedEvent } from '@kaoping/eventstore';
import { cycleStreamPrefixes, foldCycleView, isOfCycle, type CycleView, type EvaluationEvent, type Recorded, type StreamCategory } from '@kaoping/evaluation';
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
  const stored = await store.readAll({ filter: cycleFilterOf(input), ...(position === undefined ? {} : { asOf: { position } }) });
  const records: CycleRecord[] = [];
  for (const event of stored) {
    const recorded = cycleEventOf(event, cycleId);
    if (recorded !== null) records.push({ stored: event, event: recorded });
  }
  return records;
};

/** The streams of the cycle's part that {@link ReadCycle} names, by prefix, and its event types. */
const cycleFilterOf = (input: ReadCycle): AllFilter => ({
  streamPrefixes: cycleStreamPrefixes(input.cycleId, input.categories),
  ...(input.eventTypes === undefined ? {} : { eventTypes: input.eventTypes }),
});

/** A stored event as the deciders read it, when it is one of the cycle's (a prefix can match another cycle's streams); else null. */
const cycleEventOf = (event: RecordedEvent, cycleId: string): Recorded<EvaluationEvent> | null => {
  const recorded = recordedEvaluationEvent(event);
  return recorded !== null && isOfCycle(recorded, cycleId) ? recorded : null;
};

/** {@link readCycle}, the events as the deciders read them. */
export const readCycleEvents = async (input: ReadCycle): Promise<readonly Recorded<EvaluationEvent>[]> =>
  (await readCycle(input)).map((record) => record.event);

/** Events read a page at a time by {@link foldCycleLog}. */
export const CYCLE_LOG_PAGE = 5_000;

/**
 * The cycle's log ({@link readCycle}'s part of it) folded into its view, read a page at a time
 * with the next page read while this one folds: a province's cycle holds millions of events, and
 * read whole they were held twice over (as stored, as the deciders read them) beside the view.
 * Up to `position`, or else everything committed when called (made final: see
 * EventStore.settledHeadPosition), so that later pages see no event the first could not.
 */
export const foldCycleLog = async (input: ReadCycle & Readonly<{ pageSize?: number }>): Promise<CycleView> => {
  const { store, cycleId } = input;
  const pageSize = input.pageSize ?? CYCLE_LOG_PAGE;
  const upTo = input.position ?? (await store.settledHeadPosition()).position;
  let view = foldCycleView([]);
  for await (const page of logPages(store, { upTo, pageSize, filter: cycleFilterOf(input) })) {
    const events: Recorded<EvaluationEvent>[] = [];
    for (const event of page) {
      const recorded = cycleEventOf(event, cycleId);
      if (recorded !== null) events.push(recorded);
    }
    view = foldCycleView(events, view);
  }
  return view;
};
