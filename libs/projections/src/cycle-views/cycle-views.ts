import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { foldCycleView, type CycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import { foldCycleLog, recordedEvaluationEvent } from '@kaoping/cycle-log';

// A stored event as the lifecycle reads it, made once: every read model of the process takes the
// same stored events (a batch, filtered for each), and each would otherwise make its own copy. The
// form is kept on the stored event itself, under a symbol of this module, and goes when it goes.
// It was a WeakMap keyed by every stored event: over a 13-million-event rebuild that lookup took
// 83 s of its own, and replacing it cut the rebuild from 380 to 274–292 s (alternating runs on one
// log, docs/benchmarks.md 2026-12-03 09:30). Between the collector's full passes, far apart on a
// heap of GiBs, the map's table likely held millions of dead keys.
const AS_READ = Symbol('the stored event as the lifecycle reads it');
type Readable = RecordedEvent & { [AS_READ]?: Recorded<EvaluationEvent> | null };

const evaluationEventOf = (stored: Readable): Recorded<EvaluationEvent> | null => {
  let event = stored[AS_READ];
  if (event === undefined) {
    event = recordedEvaluationEvent(stored);
    // Not enumerable: copies, comparisons and JSON of the stored event do not see it.
    Object.defineProperty(stored, AS_READ, { value: event });
  }
  return event;
};

/** The lifecycle events of a batch, in log order (other streams' events left out). */
export const evaluationEventsOf = (batch: readonly RecordedEvent[]): Recorded<EvaluationEvent>[] => {
  const events: Recorded<EvaluationEvent>[] = [];
  for (const stored of batch) {
    const event = evaluationEventOf(stored);
    if (event !== null) events.push(event);
  }
  return events;
};

/** A cycle's fold before and after a batch, and the batch's events of that cycle. */
export type CycleChange = Readonly<{ cycleId: string; before: CycleView; after: CycleView; events: readonly Recorded<EvaluationEvent>[] }>;

const byCycle = (batch: readonly Recorded<EvaluationEvent>[]): ReadonlyMap<string, readonly Recorded<EvaluationEvent>[]> => {
  const grouped = new Map<string, Recorded<EvaluationEvent>[]>();
  for (const event of batch) {
    const list = grouped.get(event.data.cycleId) ?? [];
    list.push(event);
    grouped.set(event.data.cycleId, list);
  }
  return grouped;
};

const positionOf = (event: Recorded<EvaluationEvent>): bigint => BigInt(event.position ?? '0');

/**
 * Folds of cycles shared by the projections of one process: the lifecycle read models each keep a
 * cycle's fold, and without sharing each would read and fold the same log (a cold start) and fold
 * the same batch, once per projection. A fold from the log up to a position is read once however
 * many ask at once; folding the same events onto the same view gives the view folded first. Views
 * are never changed after their fold, so sharing them is safe.
 */
export class CycleFolds {
  // Folds from the log being read or just read, by cycle and position (a few: projections start together).
  private readonly loads = new Map<string, Promise<CycleView>>();
  // For a view, the views folded from it, by the events folded (their first and last id and how many).
  private readonly folded = new WeakMap<CycleView, Map<string, CycleView>>();

  constructor(private readonly store: EventStore) {}

  /** The cycle folded from the log up to `position` (inclusive). */
  load(cycleId: string, position: bigint): Promise<CycleView> {
    const key = `${cycleId}\u0000${position}`;
    const known = this.loads.get(key);
    if (known !== undefined) return known;
    const loading = foldCycleLog({ store: this.store, cycleId, position, categories: ['cycle', 'unit', 'proposal'] });
    // A failed read is not kept: the next caller reads again.
    loading.catch(() => this.loads.delete(key));
    this.loads.set(key, loading);
    while (this.loads.size > MAX_LOADS) this.loads.delete(this.loads.keys().next().value ?? key);
    return loading;
  }

  /**
   * `events` (in log order, after what `before` holds) folded onto `before`. Two projections take
   * their batches from the same log through filters of which one holds the other (every lifecycle
   * stream; cycles and units), so the same first and last event and count mean the same events.
   */
  advance(before: CycleView, events: readonly Recorded<EvaluationEvent>[]): CycleView {
    const key = `${events[0]?.id ?? ''}\u0000${events.at(-1)?.id ?? ''}\u0000${events.length}`;
    let from = this.folded.get(before);
    const known = from?.get(key);
    if (known !== undefined) return known;
    const after = foldCycleView(events, before);
    if (from === undefined) {
      from = new Map();
      this.folded.set(before, from);
    }
    from.set(key, after);
    return after;
  }
}

const MAX_LOADS = 4;

/**
 * The fold of every cycle a projection has seen, kept in memory between batches. A cycle seen for
 * the first time (or after a restart) is folded from the store up to the batch; events at or
 * before what a cycle's fold already holds are skipped, so a batch delivered twice folds once.
 * Changes are staged by `advance` and kept by `commit` (after the transaction), dropped by `discard`.
 */
export class CycleViews {
  private readonly views = new Map<string, CycleView>();
  private staged = new Map<string, CycleView>();

  /** `folds`: shared with the other projections of the process (see {@link CycleFolds}). */
  constructor(private readonly folds: CycleFolds) {}

  /** Folds, from the store, the cycles of the batch not yet in memory (call outside the transaction). */
  async prepare(batch: readonly Recorded<EvaluationEvent>[]): Promise<void> {
    for (const [cycleId, events] of byCycle(batch)) {
      const first = events[0];
      if (first === undefined || this.views.has(cycleId)) continue;
      this.views.set(cycleId, await this.folds.load(cycleId, positionOf(first) - 1n));
    }
  }

  /** Folds the batch into the cycles' views (after `prepare`); the new views are staged until `commit`. */
  advance(batch: readonly Recorded<EvaluationEvent>[]): readonly CycleChange[] {
    this.staged = new Map();
    const changes: CycleChange[] = [];
    for (const [cycleId, events] of byCycle(batch)) {
      const before = this.views.get(cycleId);
      if (before === undefined) throw new Error(`cycle ${cycleId} was not prepared before its batch`);
      const seen = before.lastPosition === undefined ? -1n : BigInt(before.lastPosition);
      // In log order: when the first is past what the fold holds, so is every other (one position parsed, not one per event).
      const first = events[0];
      const fresh = first !== undefined && positionOf(first) > seen ? events : events.filter((event) => positionOf(event) > seen);
      if (fresh.length === 0) continue;
      const after = this.folds.advance(before, fresh);
      this.staged.set(cycleId, after);
      changes.push({ cycleId, before, after, events: fresh });
    }
    return changes;
  }

  /** The committed fold of a cycle, or undefined if this process has not seen it. */
  current(cycleId: string): CycleView | undefined {
    return this.views.get(cycleId);
  }

  /** The ids of the cycles whose committed folds this process holds. */
  cycleIds(): readonly string[] {
    return [...this.views.keys()];
  }

  commit(): void {
    for (const [cycleId, view] of this.staged) this.views.set(cycleId, view);
    this.staged = new Map();
  }

  discard(): void {
    this.staged = new Map();
  }
}
