import type { Fact, UnitRef } from '@kaoping/scoring';
import type { Recorded } from '../shared/envelope.types';
import type { EvaluationEvent } from '../shared/messages';
import { type CategoryScoringInput, type CycleView, foldCycleView } from './cycle-view';

/**
 * The units and facts of one category for @kaoping/scoring, from a folded {@link CycleView}:
 * the units registered (not retired) in the category now, and all their facts. Pass them with
 * the cycle's scheme to `scoreCategory`.
 */
export const scoringFactsOfView = (view: CycleView, query: Readonly<{ categoryId: string }>): CategoryScoringInput => {
  const units: UnitRef[] = [];
  const facts: Fact[] = [];
  for (const [unitId, state] of view.units) {
    if (state.status !== 'registered' || state.unit.categoryId !== query.categoryId) continue;
    units.push({ id: unitId, name: state.unit.name });
    view.facts.get(unitId)?.pushInto(facts);
  }
  return { categoryId: query.categoryId, units, facts };
};

/**
 * The units and facts of one category for @kaoping/scoring, from a cycle's recorded events (cycle,
 * unit and proposal streams, in log order; any prefix of the log, for time travel). Targets come
 * from IndicatorAssigned and TargetChanged; values from DataSubmitted and DataCorrected
 * (supersedes); RatingGiven; SurveyResultRecorded as SurveyRecorded; approved deductions,
 * bonuses and vetoes; revocations as FactRevoked. Fact ids are event ids (a target of an
 * IndicatorAssigned is `<eventId>#<period>`), so every number links to its events.
 */
export const scoringFactsOf = (events: readonly Recorded<EvaluationEvent>[], query: Readonly<{ categoryId: string }>): CategoryScoringInput =>
  scoringFactsOfView(foldCycleView(events), query);

/** The event id behind a fact id (`<eventId>#<period>` → `<eventId>`). */
export const eventIdOfFact = (factId: string): string => {
  const hash = factId.indexOf('#');
  return hash < 0 ? factId : factId.slice(0, hash);
};
