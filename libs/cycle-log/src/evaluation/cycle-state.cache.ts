import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { cycleDecider, isCycleEvent, type CycleEvent, type CycleState, type Recorded } from '@kaoping/evaluation';
import { recordedEvaluationEvent } from './recorded-evaluation-event';

type Cached = Readonly<{ revision: number; position: bigint; state: CycleState }>;

// Cycles a process keeps folded per store; a county has a handful a year, a province a few dozen.
const MAX_CYCLES = 256;
const caches = new WeakMap<EventStore, Map<string, Cached>>();

const cycleEventsOf = (stored: readonly RecordedEvent[]): Recorded<CycleEvent>[] =>
  stored.flatMap((event) => {
    const recorded = recordedEvaluationEvent(event);
    return recorded !== null && isCycleEvent(recorded) ? [recorded] : [];
  });

/** The cached fold brought up to the stream's tip (undefined: the stream is empty). */
const refreshed = async (store: EventStore, streamId: string): Promise<Cached | undefined> => {
  let cache = caches.get(store);
  if (cache === undefined) {
    cache = new Map();
    caches.set(store, cache);
  }
  const cached = cache.get(streamId);
  const fresh = await store.readStream(streamId, cached === undefined ? {} : { fromRevision: cached.revision + 1 });
  const last = fresh.at(-1);
  if (last === undefined) return cached;
  // The cached state is shared with earlier callers: the fold copies what it changes of it.
  const state = cycleDecider.fold(cycleEventsOf(fresh), cached?.state);
  if (!cache.has(streamId) && cache.size >= MAX_CYCLES) cache.delete(cache.keys().next().value ?? '');
  const now = { revision: last.revision, position: last.globalPosition, state };
  cache.set(streamId, now);
  return now;
};

/**
 * A cycle stream folded (scheme index, phases, raters, deadlines), kept between commands and
 * checked against the stream's revision: each command reads only the cycle events appended since
 * the last fold (usually none) instead of reading and folding the stream and parsing its scheme
 * again. Streams are append-only, so a fold at revision n stays right for revision n.
 */
export const foldedCycle = async (store: EventStore, streamId: string): Promise<CycleState> =>
  (await refreshed(store, streamId))?.state ?? cycleDecider.initialState();

/**
 * The cycle stream folded as it stood at `position` (inclusive): the cached fold of
 * {@link foldedCycle} when the stream has nothing after `position` (an explanation of a live score
 * usually), else the stream's events up to there folded anew (its scheme's parse is cached by text).
 */
export const foldedCycleAt = async (store: EventStore, streamId: string, position: bigint): Promise<CycleState> => {
  const cached = await refreshed(store, streamId);
  if (cached === undefined) return cycleDecider.initialState();
  if (cached.position <= position) return cached.state;
  const upTo = (await store.readStream(streamId)).filter((event) => event.globalPosition <= position);
  return cycleDecider.fold(cycleEventsOf(upTo));
};
