import { ScoringError, compareSchemes, scoreCategory as scoreWithEngine, type CategoryResult, type PreviousCycle, type ValidScheme, type WhatIfResult } from '@kaoping/scoring';
import type { ActiveCycle } from '../cycle/cycle.state';
import { NotFound, RuleViolated } from '../shared/domain-error';
import type { CycleView } from './cycle-view';
import { scoringFactsOfView } from './scoring-facts';

type Scorable = Readonly<{ cycle: ActiveCycle; scheme: ValidScheme }>;

const scorable = (view: CycleView): Scorable => {
  const { cycle } = view;
  if (cycle.status === 'none') throw new NotFound({ code: 'cycle-not-found', message: 'the cycle does not exist' });
  if (cycle.status !== 'active') throw new NotFound({ code: 'scheme-not-published', message: `cycle ${cycle.cycleId} has no published scheme` });
  const scheme = cycle.scheme.valid;
  if (scheme === undefined) {
    throw new RuleViolated({ code: 'scheme-not-scorable', message: `the published scheme of cycle ${cycle.cycleId} no longer validates` });
  }
  return { cycle, scheme };
};

const categoryNotFound = <T>(score: () => T): T => {
  try {
    return score();
  } catch (error: unknown) {
    if (error instanceof ScoringError && error.code === 'unknown-category') {
      throw new NotFound({ code: 'category-not-found', message: error.message, details: [{ path: 'categoryId', rule: 'unknown-category', message: error.message }] });
    }
    throw error;
  }
};

/**
 * The one way from a folded cycle to a category's scores: the scheme in force in the view, the
 * category's units and facts, deadlines judged `asOf` in **the cycle's year** (a 2027 cycle on a
 * scheme written for 2026 dates its deadlines in 2027), working days on the cycle's amended calendar. Snapshots, results, audit and live scores
 * all score through here. `previous`: the predecessor's published results of the category
 * (previousCycleOf), for rank changes, two-year flags and rectification carried over.
 * Refusals: NotFound 'cycle-not-found' / 'scheme-not-published' / 'category-not-found',
 * RuleViolated 'scheme-not-scorable'.
 */
export const scoreCategory = (view: CycleView, categoryId: string, asOf: string, previous?: PreviousCycle): CategoryResult => {
  const { cycle, scheme } = scorable(view);
  const { units, facts } = scoringFactsOfView(view, { categoryId });
  return categoryNotFound(() =>
    scoreWithEngine({
      scheme,
      categoryId,
      units,
      facts,
      asOf,
      cycleYear: cycle.year,
      workingDayAmendment: cycle.workingDays,
      ...(previous === undefined ? {} : { previous: [previous] }),
    }),
  );
};

/**
 * What-if: the category scored as {@link scoreCategory} scores it (same units, facts, moment and
 * year) under the scheme in force and under `draft`, compared unit by unit. Records nothing.
 * Refusals as {@link scoreCategory}; a category the draft lacks is 'category-not-found' too.
 */
export const compareCategory = (view: CycleView, input: Readonly<{ categoryId: string; asOf: string; draft: ValidScheme }>): WhatIfResult => {
  const { cycle, scheme } = scorable(view);
  const { categoryId, asOf, draft } = input;
  const { units, facts } = scoringFactsOfView(view, { categoryId });
  return categoryNotFound(() => compareSchemes({ inForce: scheme, draft, categoryId, units, facts, asOf, cycleYear: cycle.year, workingDayAmendment: cycle.workingDays }));
};
