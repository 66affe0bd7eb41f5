import type { Fact, UnitRef } from '@kaoping/scoring';
import { evolveAppealIn, initialAppealState } from '../appeals/appeal.decider';
import type { AppealState } from '../appeals/appeal.state';
import { evolveCycleIn, initialCycleState } from '../cycle/cycle.decider';
import type { CycleState } from '../cycle/cycle.state';
import { evolveProposalIn, initialProposalState } from '../proposals/proposal.decider';
import type { ProposalState } from '../proposals/proposal.state';
import { evolveRectificationIn, initialRectificationState } from '../rectification/rectification.decider';
import type { RectificationState } from '../rectification/rectification.state';
import { evolveResultsIn, initialResultsState } from '../results/results.decider';
import type { ResultsState } from '../results/results.state';
import type { Recorded } from '../shared/envelope.types';
import { foldEvents, type Draft } from '../shared/fold.util';
import { LayeredMap } from '../shared/layered-map';
import { PersistentList } from '../shared/persistent';
import { isAppealEvent, isCycleEvent, isProposalEvent, isRectificationEvent, isResultsEvent, isUnitEvent } from '../streams/event-guards';
import type { EvaluationEvent } from '../shared/messages';
import { evolveUnitIn, initialUnitState } from '../units/unit.decider';
import type { UnitState } from '../units/unit.state';
import { factsOfProposalEvent, factsOfUnitEvent } from './fact-mapping';

/**
 * A whole cycle folded from its events in log order (any prefix of the log): the state of every
 * stream, and the scoring facts each unit has so far. Projections and time travel reuse it.
 */
export type CycleView = Readonly<{
  cycle: CycleState;
  units: ReadonlyMap<string, UnitState>;
  proposals: ReadonlyMap<string, ProposalState>;
  appeals: ReadonlyMap<string, AppealState>;
  /** categoryId → the results stream's state. */
  results: ReadonlyMap<string, ResultsState>;
  /** orderId → the rectification stream's state. */
  rectifications: ReadonlyMap<string, RectificationState>;
  /** unitId → the facts for @kaoping/scoring, in log order (fact id = event id); a new list when they change. */
  facts: ReadonlyMap<string, FactList>;
  /** The last event folded. */
  lastEventId?: string;
  lastPosition?: string;
}>;

/** A unit's scoring facts in log order: a persistent list (a batch adds to it without copying it). */
export type FactList = PersistentList<Fact>;

/** What @kaoping/scoring's scoreCategory needs from the lifecycle for one category. */
export type CategoryScoringInput = Readonly<{ categoryId: string; units: readonly UnitRef[]; facts: readonly Fact[] }>;

// The fold works on fresh maps of its own and replaces their entries; the streams' states it folds on
// one draft (see Draft): what it copied it changes in place, what it was given (the view it goes on
// from) it copies first, or goes on from when persistent (a unit's large maps, its facts list). A folded
// view is never changed afterwards, and folding a long log stays linear, batch after batch too.
type Building = {
  cycle: CycleState;
  // The two maps of 10,000 entries at a province's size, a few hundred set a batch: layered, not copied.
  units: LayeredMap<string, UnitState>;
  proposals: Map<string, ProposalState>;
  appeals: Map<string, AppealState>;
  results: Map<string, ResultsState>;
  rectifications: Map<string, RectificationState>;
  facts: LayeredMap<string, FactList>;
  lastEventId?: string;
  lastPosition?: string;
};

/** A version of `map` to set entries in: the next layer of a layered map, else a layered copy. */
const nextOf = <V>(map: ReadonlyMap<string, V>): LayeredMap<string, V> => (map instanceof LayeredMap ? (map as LayeredMap<string, V>).next() : LayeredMap.of(map));

const buildingOf = (view: CycleView): Building => ({
  cycle: view.cycle,
  units: nextOf(view.units),
  proposals: new Map(view.proposals),
  appeals: new Map(view.appeals),
  results: new Map(view.results),
  rectifications: new Map(view.rectifications),
  facts: nextOf(view.facts),
  ...(view.lastEventId === undefined ? {} : { lastEventId: view.lastEventId }),
  ...(view.lastPosition === undefined ? {} : { lastPosition: view.lastPosition }),
});

const NO_FACTS: FactList = PersistentList.of([]);

const addFacts = (view: Building, { unitId, facts }: Readonly<{ unitId: string; facts: readonly Fact[] }>): void => {
  if (facts.length === 0) return;
  view.facts.set(unitId, (view.facts.get(unitId) ?? NO_FACTS).appended(facts));
};

const apply = (draft: Draft, view: Building, event: Recorded<EvaluationEvent>): Building => {
  view.lastEventId = event.id;
  if (event.position !== undefined) view.lastPosition = event.position;
  if (isCycleEvent(event)) {
    view.cycle = evolveCycleIn(draft, view.cycle, event);
  } else if (isUnitEvent(event)) {
    const { unitId } = event.data;
    view.units.set(unitId, evolveUnitIn(draft, view.units.get(unitId) ?? initialUnitState(), event));
    addFacts(view, { unitId, facts: factsOfUnitEvent(event) });
  } else if (isProposalEvent(event)) {
    const { proposalId, unitId } = event.data;
    view.proposals.set(proposalId, evolveProposalIn(draft, view.proposals.get(proposalId) ?? initialProposalState(), event));
    addFacts(view, { unitId, facts: factsOfProposalEvent(event) });
  } else if (isAppealEvent(event)) {
    const { appealId } = event.data;
    view.appeals.set(appealId, evolveAppealIn(draft, view.appeals.get(appealId) ?? initialAppealState(), event));
  } else if (isResultsEvent(event)) {
    const { categoryId } = event.data;
    view.results.set(categoryId, evolveResultsIn(draft, view.results.get(categoryId) ?? initialResultsState(), event));
  } else if (isRectificationEvent(event)) {
    const { orderId } = event.data;
    view.rectifications.set(orderId, evolveRectificationIn(draft, view.rectifications.get(orderId) ?? initialRectificationState(), event));
  }
  return view;
};

const EMPTY: CycleView = {
  cycle: initialCycleState(),
  units: LayeredMap.of(),
  proposals: new Map(),
  appeals: new Map(),
  results: new Map(),
  rectifications: new Map(),
  facts: LayeredMap.of(),
};

/**
 * The fold of a cycle's events: `initial()` then `evolve(view, event)` for each event in log
 * order. Events of other types are ignored. Neither function changes its input.
 */
export const cycleView = {
  initial: (): CycleView => EMPTY,
  evolve: (view: CycleView, event: Recorded<EvaluationEvent>): CycleView => foldCycleView([event], view),
};

/** Folds the events (in log order) into a {@link CycleView}, continuing from `from` if given (which is not changed). */
export const foldCycleView = (events: readonly Recorded<EvaluationEvent>[], from: CycleView = EMPTY): CycleView => foldEvents(apply, events, buildingOf(from));
