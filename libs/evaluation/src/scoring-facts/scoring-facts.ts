import type { Recorded } from '../shared/envelope.types';
import type { EvaluationEvent } from '../shared/messages';
import { notReady } from '../shared/not-ready';
import type { CategoryScoringInput, CycleView } from './cycle-view';

/**
 * The units and facts of one category for @kaoping/scoring, from a cycle's recorded events (cycle,
 * unit and proposal streams, in log order; any prefix). Fact ids are event ids (a target of an
 * IndicatorAssigned is `<eventId>#<period>`), so every number links to its events.
 */
export const scoringFactsOf = (_events: readonly Recorded<EvaluationEvent>[], _query: Readonly<{ categoryId: string }>): CategoryScoringInput =>
  notReady('scoringFactsOf');

/** The same, from an already folded {@link CycleView}. */
export const scoringFactsOfView = (_view: CycleView, _query: Readonly<{ categoryId: string }>): CategoryScoringInput =>
  notReady('scoringFactsOfView');

/** The event id behind a fact id (`<eventId>#<period>` → `<eventId>`). */
export const eventIdOfFact = (factId: string): string => {
  const hash = factId.indexOf('#');
  return hash < 0 ? factId : factId.slice(0, hash);
};
