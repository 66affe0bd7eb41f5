import { ScoringError, compareSchemes, rankingGroupOf, scoreCategory as scoreWithEngine, scoreRanking, type CategoryResult, type ValidScheme, type WhatIfResult } from '@kaoping/scoring';
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
 * The one way from a folded cycle to a category's scores (or a ranking group's, by its id). A
 * category in a ranking group (`rankings` in the scheme) keeps its own units, ranked and graded
 * over the whole group (Xunyang: one top 1/5 and one last place for all 区直单位); `ranking` says
 * which group. The rest: the scheme in force in the view, the
 * category's units and facts, deadlines judged `asOf` in **the cycle's year** (a 2027 cycle on a
 * scheme written for 2026 dates its deadlines in 2027), working days on the cycle's amended calendar. Snapshots, results, audit and live scores
 * all score through here. Refusals: NotFound 'cycle-not-found' / 'scheme-not-published' /
 * 'category-not-found', RuleViolated 'scheme-not-scorable'.
 */
export const scoreCategory = (view: CycleView, categoryId: string, asOf: string): CategoryResult => {
  const { cycle, scheme } = scorable(view);
  const group = rankingGroupOf(scheme, categoryId);
  if (group !== undefined) {
    const units = group.categories.flatMap((member) => scoringFactsOfView(view, { categoryId: member }).units.map((unit) => ({ ...unit, categoryId: member })));
    const ids = new Set(units.map((unit) => unit.id));
    const facts = [...view.facts].filter(([unitId]) => ids.has(unitId)).flatMap(([, unitFacts]) => unitFacts);
    return scoreRanking({
      scheme,
      rankingId: group.id,
      ...(group.id === categoryId ? {} : { categoryId }),
      units,
      facts,
      asOf,
      cycleYear: cycle.year,
      workingDayAmendment: cycle.workingDays,
    });
  }
  const { units, facts } = scoringFactsOfView(view, { categoryId });
  return categoryNotFound(() => scoreWithEngine({ scheme, categoryId, units, facts, asOf, cycleYear: cycle.year, workingDayAmendment: cycle.workingDays }));
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
