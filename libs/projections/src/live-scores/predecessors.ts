import type { EventStore } from '@kaoping/eventstore';
import {
  type CycleView,
  type EvaluationEvent,
  type Recorded,
  foldCycleView,
  isCycleEvent,
  isRectificationEvent,
  isResultsEvent,
  previousCycleOf,
} from '@kaoping/evaluation';
import { predecessorViewAt } from '@kaoping/cycle-log';
import type { PreviousCycle } from '@kaoping/scoring';

const positionOf = (event: Recorded<EvaluationEvent>): bigint => BigInt(event.position ?? '0');
// What a predecessor contributes: its results and rectification orders (and its cycle stream, so it is known to exist).
const comparedWith = (event: Recorded<EvaluationEvent>): boolean => isCycleEvent(event) || isResultsEvent(event) || isRectificationEvent(event);

const predecessorIdOf = (view: CycleView | undefined, batch: readonly Recorded<EvaluationEvent>[], cycleId: string): string | undefined => {
  if (view !== undefined && view.cycle.status !== 'none') return view.cycle.predecessorCycleId;
  const created = batch.find((event) => event.type === 'CycleCreated' && event.data.cycleId === cycleId);
  return created?.type === 'CycleCreated' ? created.data.predecessorCycleId : undefined;
};

/**
 * The cycles that others follow, folded from their results and rectification streams and kept in
 * memory beside the projection's cycle folds: live scores of a cycle compare with its
 * predecessor's recorded results (never scored again). Staged and committed with the batch.
 */
export class Predecessors {
  private readonly views = new Map<string, CycleView>();
  private staged = new Map<string, CycleView>();

  constructor(private readonly store: EventStore) {}

  /** Loads, from the store, the predecessors of the batch's cycles not yet in memory (outside the transaction). */
  async prepare(input: Readonly<{ batch: readonly Recorded<EvaluationEvent>[]; viewOf: (cycleId: string) => CycleView | undefined }>): Promise<void> {
    const first = input.batch[0];
    if (first === undefined) return;
    for (const cycleId of new Set(input.batch.map((event) => event.data.cycleId))) {
      const predecessorId = predecessorIdOf(input.viewOf(cycleId), input.batch, cycleId);
      if (predecessorId === undefined || this.views.has(predecessorId)) continue;
      this.views.set(predecessorId, await predecessorViewAt({ store: this.store, predecessorCycleId: predecessorId, position: positionOf(first) - 1n }));
    }
  }

  /** Folds the batch's results and rectification events into the predecessors held (staged until `commit`). */
  advance(batch: readonly Recorded<EvaluationEvent>[]): void {
    this.staged = new Map();
    for (const [predecessorId, view] of this.views) {
      const seen = view.lastPosition === undefined ? -1n : BigInt(view.lastPosition);
      const fresh = batch.filter((event) => event.data.cycleId === predecessorId && comparedWith(event) && positionOf(event) > seen);
      if (fresh.length > 0) this.staged.set(predecessorId, foldCycleView(fresh, view));
    }
  }

  /** The predecessor's published results of a category, as the cycle's scores compare with them. */
  previousOf(view: CycleView, categoryId: string): PreviousCycle | undefined {
    if (view.cycle.status === 'none' || view.cycle.predecessorCycleId === undefined) return undefined;
    const predecessor = this.staged.get(view.cycle.predecessorCycleId) ?? this.views.get(view.cycle.predecessorCycleId);
    return predecessor === undefined ? undefined : previousCycleOf(predecessor, categoryId);
  }

  commit(): void {
    for (const [id, view] of this.staged) this.views.set(id, view);
    this.staged = new Map();
  }

  discard(): void {
    this.staged = new Map();
  }
}

/** A category of a following cycle whose comparison with the cycle before changed. */
export type SuccessorTouch = Readonly<{ cycleId: string; categoryId: string; recordedAt: string; position: bigint }>;

const unitCategory = (view: CycleView, unitId: string): string | undefined => {
  const unit = view.units.get(unitId);
  return unit === undefined || unit.status === 'unregistered' ? undefined : unit.unit.categoryId;
};

/**
 * The categories of following cycles a batch changes through their predecessor (pure): results of
 * a category computed, published or finalised there; a rectification order of a unit issued,
 * reported or accepted there. Only categories the following cycle's scheme has.
 */
export const successorsTouched = (
  batch: readonly Recorded<EvaluationEvent>[],
  successors: readonly Readonly<{ cycleId: string; view: CycleView }>[],
): readonly SuccessorTouch[] => {
  const touches = new Map<string, SuccessorTouch>();
  for (const event of batch) {
    if (!isResultsEvent(event) && !isRectificationEvent(event)) continue;
    for (const { cycleId, view } of successors) {
      if (view.cycle.status !== 'active' || view.cycle.predecessorCycleId !== event.data.cycleId) continue;
      const categoryId = isResultsEvent(event) ? event.data.categoryId : unitCategory(view, event.data.unitId);
      if (categoryId === undefined || !view.cycle.scheme.index.categories.has(categoryId)) continue;
      touches.set(`${cycleId}\u0000${categoryId}`, { cycleId, categoryId, recordedAt: event.metadata.recordedAt, position: positionOf(event) });
    }
  }
  return [...touches.values()];
};
