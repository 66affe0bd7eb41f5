import type { Fact, UnitRef } from '@kaoping/scoring';
import type { AppealState } from '../appeals/appeal.state';
import type { CycleState } from '../cycle/cycle.state';
import type { ProposalState } from '../proposals/proposal.state';
import type { RectificationState } from '../rectification/rectification.state';
import type { ResultsState } from '../results/results.state';
import type { Recorded } from '../shared/envelope.types';
import type { EvaluationEvent } from '../shared/messages';
import { notReady } from '../shared/not-ready';
import type { UnitState } from '../units/unit.state';

/**
 * A whole cycle folded from its events in log order (any prefix of the log): the state of every
 * stream, and the scoring facts each unit has so far. Projections and time travel reuse it.
 */
export type CycleView = Readonly<{
  cycle: CycleState;
  units: ReadonlyMap<string, UnitState>;
  proposals: ReadonlyMap<string, ProposalState>;
  appeals: ReadonlyMap<string, AppealState>;
  results: ReadonlyMap<string, ResultsState>;
  rectifications: ReadonlyMap<string, RectificationState>;
  /** unitId → the facts for @kaoping/scoring, in log order (fact id = event id). */
  facts: ReadonlyMap<string, readonly Fact[]>;
  /** The last event folded. */
  lastEventId?: string;
  lastPosition?: string;
}>;

/** The fold of a cycle's events: `initial()` then `evolve(view, event)` for each event in log order. */
export const cycleView = {
  initial: (): CycleView => notReady('cycleView.initial'),
  evolve: (_view: CycleView, _event: Recorded<EvaluationEvent>): CycleView => notReady('cycleView.evolve'),
};

/** Folds the events (in log order) into a {@link CycleView}. */
export const foldCycleView = (events: readonly Recorded<EvaluationEvent>[]): CycleView => events.reduce(cycleView.evolve, cycleView.initial());

/** What @kaoping/scoring's scoreCategory needs from the lifecycle for one category. */
export type CategoryScoringInput = Readonly<{ categoryId: string; units: readonly UnitRef[]; facts: readonly Fact[] }>;
