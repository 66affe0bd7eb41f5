import type { EventStore } from '@kaoping/eventstore';
import { cycleDecider, isCycleEvent, type CycleState } from '@kaoping/evaluation';
import { recordedEvaluationEvent } from './recorded-evaluation-event';

type Cached = Readonly<{ revision: number; state: CycleState }>;

// Cycles a process keeps folded per store; a county has a handful a year, a province a few dozen.
const MAX_CYCLES = 256;
const caches = new WeakMap<EventStore, Map<string, Cached>>();

/**
 * A cycle stream folded (scheme index, phases, raters, deadlines), kept between commands and
 * checked against the stream's revision: each command reads only the cycle events appended since
 * the last fold (usually none) instead of reading and folding the stream and parsing its scheme
 * again. Streams are append-only, so a fold at revision n stays right for revision n.
 */
export const foldedCycle = async (store: EventStore, streamId: string): Promise<CycleState> => {
  let cache = caches.get(store);
  if (cache === undefined) {
    cache = new Map();
    caches.set(store, cache);
  }
  const cached = cache.get(streamId);
  const fresh = await store.readStream(streamId, cached === undefined ? {} : { fromRevision: cached.revision + 1 });
  const last = fresh.at(-1);
  if (last === undefined) return cached?.state ?? cycleDecider.initialState();
  // The cached state is shared with earlier callers: the fold copies what it changes of it.
  const events = fresh.flatMap((stored) => {
    const event = recordedEvaluationEvent(stored);
    return event !== null && isCycleEvent(event) ? [event] : [];
  });
  const state = cycleDecider.fold(events, cached?.state);
  if (!cache.has(streamId) && cache.size >= MAX_CYCLES) cache.delete(cache.keys().next().value ?? '');
  cache.set(streamId, { revision: last.revision, state });
  return state;
};
