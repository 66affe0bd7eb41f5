import {
  ScoringError,
  compareResults,
  projectRatings,
  rankingGroupOf,
  scoreCategory as scoreWithEngine,
  scoreRanking,
  type CategoryResult,
  type Fact,
  type GradedProject,
  type PreviousCycle,
  type ValidScheme,
  type WhatIfResult,
} from '@kaoping/scoring';
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

/** The rating indicators of a category the scheme gives from its units' projects (`fromProjects`). */
export const projectGradedIndicators = (cycle: ActiveCycle, categoryId: string): readonly Readonly<{ indicatorId: string; projectCategoryId: string; raterRole: string }>[] =>
  [...(cycle.scheme.index.categories.get(categoryId)?.indicators.values() ?? [])].flatMap((indicator) =>
    indicator.fromProjects === undefined ? [] : [{ indicatorId: indicator.id, projectCategoryId: indicator.fromProjects, raterRole: indicator.raterRoles?.[0] ?? 'project' }],
  );

/**
 * The project category's recorded grades, if its results were computed (the published or final
 * ones while a recomputation after an appeal waits to be published again).
 */
const recordedGrades = (view: CycleView, projectCategoryId: string): readonly GradedProject[] | undefined => {
  const results = view.results.get(projectCategoryId);
  const lines = results === undefined || results.status === 'none' ? undefined : results.status === 'computed' ? results.computed.units : results.published.units;
  return lines?.map((line) => ({ unitId: line.unitId, total: line.total, grade: { id: line.grade } }));
};

/** The project category scored at the moment (quotas and ranks over all its units): the grades known, no input still pending. */
const liveGrades = (view: CycleView, input: Readonly<{ scorable: Scorable; projectCategoryId: string; asOf: string }>): readonly GradedProject[] => {
  const { cycle, scheme } = input.scorable;
  const projectInput = scoringFactsOfView(view, { categoryId: input.projectCategoryId });
  const projects = scoreWithEngine({ scheme, ...projectInput, asOf: input.asOf, cycleYear: cycle.year, workingDayAmendment: cycle.workingDays });
  return projects.units.filter((unit) => !unit.flags.some((flag) => flag.code === 'pending-data'));
};

/**
 * Ratings a category's units get from their projects (Qitai 专项): each project unit (level
 * project, registered in the indicator's project category, parent = an owner in `units`) whose
 * grade is known rates its owner's indicator — its recorded result once its category's results
 * were computed (published, final), else its live result at `asOf` (its category scored at the
 * same moment from the same log, with no input still pending) — at its grade (@kaoping/scoring projectRatings:
 * a range level follows the project's total within its grade's band; several projects average).
 * Deterministic from the log: nobody rates the indicator by hand.
 */
const projectGradeFacts = (view: CycleView, input: Readonly<{ scorable: Scorable; categoryId: string; ownerIds: ReadonlySet<string>; asOf: string }>): readonly Fact[] => {
  const { cycle, scheme } = input.scorable;
  const facts: Fact[] = [];
  for (const { indicatorId, projectCategoryId, raterRole } of projectGradedIndicators(cycle, input.categoryId)) {
    const owners: Record<string, string> = {};
    for (const [unitId, state] of view.units) {
      if (state.status !== 'registered' || state.unit.level !== 'project' || state.unit.categoryId !== projectCategoryId) continue;
      const owner = state.unit.parentUnitId;
      if (owner !== undefined && input.ownerIds.has(owner)) owners[unitId] = owner;
    }
    if (Object.keys(owners).length === 0) continue;
    const known = (recordedGrades(view, projectCategoryId) ?? liveGrades(view, { ...input, projectCategoryId })).filter((unit) => owners[unit.unitId] !== undefined);
    facts.push(...projectRatings({ scheme, projects: { categoryId: projectCategoryId, units: known }, owners, ownerCategoryId: input.categoryId, indicatorId, raterRole }));
  }
  return facts;
};

/**
 * The one way from a folded cycle to a category's scores (or a ranking group's, by its id). A
 * category in a ranking group (`rankings` in the scheme) keeps its own units, ranked and graded
 * over the whole group (Xunyang: one top 1/5 and one last place for all 区直单位); `ranking` says
 * which group. The rest: the scheme in force in the view, the
 * category's units and facts, deadlines judged `asOf` in **the cycle's year** (a 2027 cycle on a
 * scheme written for 2026 dates its deadlines in 2027), working days on the cycle's amended calendar. Snapshots, results, audit and live scores
 * all score through here. `previous`: the predecessor's published results of the category
 * (previousCycleOf), for rank changes, two-year flags and rectification carried over.
 * Refusals: NotFound 'cycle-not-found' / 'scheme-not-published' / 'category-not-found',
 * RuleViolated 'scheme-not-scorable'.
 */
export const scoreCategory = (view: CycleView, categoryId: string, asOf: string, previous?: PreviousCycle): CategoryResult => {
  const context = scorable(view);
  return scoreUnder(view, { scorable: context, scheme: context.scheme, categoryId, asOf, ...(previous === undefined ? {} : { previous }) });
};

/**
 * The category (or ranking group) scored from the view under `scheme`: the scheme in force, or a
 * what-if's draft. A category the scheme ranks in a group is scored over the whole group.
 */
const scoreUnder = (
  view: CycleView,
  input: Readonly<{ scorable: Scorable; scheme: ValidScheme; categoryId: string; asOf: string; previous?: PreviousCycle }>,
): CategoryResult => {
  const { scorable: context, scheme, categoryId, asOf, previous } = input;
  const { cycle } = context;
  const moment = { asOf, cycleYear: cycle.year, workingDayAmendment: cycle.workingDays, ...(previous === undefined ? {} : { previous: [previous] }) };
  const group = rankingGroupOf(scheme, categoryId);
  if (group !== undefined) {
    const members = group.categories.map((member) => ({ member, ...scoringFactsOfWithProjects(view, { scorable: context, categoryId: member, asOf }) }));
    return scoreRanking({
      scheme,
      rankingId: group.id,
      ...(group.id === categoryId ? {} : { categoryId }),
      units: members.flatMap(({ member, units }) => units.map((unit) => ({ ...unit, categoryId: member }))),
      facts: members.flatMap(({ facts }) => facts),
      ...moment,
    });
  }
  const { units, facts } = scoringFactsOfWithProjects(view, { scorable: context, categoryId, asOf });
  return categoryNotFound(() => scoreWithEngine({ scheme, categoryId, units, facts, ...moment }));
};

/**
 * A category's units and facts, with the ratings its units get from their projects. Ratings given
 * by hand to an indicator that takes its projects' grades (recorded before a scheme amendment made
 * it so) do not count: the projects alone give it.
 */
const scoringFactsOfWithProjects = (view: CycleView, input: Readonly<{ scorable: Scorable; categoryId: string; asOf: string }>) => {
  const { units, facts } = scoringFactsOfView(view, { categoryId: input.categoryId });
  const fromProjectIds = new Set(projectGradedIndicators(input.scorable.cycle, input.categoryId).map((indicator) => indicator.indicatorId));
  if (fromProjectIds.size === 0) return { units, facts };
  const own = facts.filter((fact) => fact.type !== 'RatingGiven' || !fromProjectIds.has(fact.indicatorId));
  return { units, facts: [...own, ...projectGradeFacts(view, { ...input, ownerIds: new Set(units.map((unit) => unit.id)) })] };
};

/**
 * What-if: the category scored as {@link scoreCategory} scores it (same units, facts, moment and
 * year) under the scheme in force and under `draft`, compared unit by unit. Records nothing.
 * Refusals as {@link scoreCategory}; a category the draft lacks is 'category-not-found' too.
 */
export const compareCategory = (view: CycleView, input: Readonly<{ categoryId: string; asOf: string; draft: ValidScheme }>): WhatIfResult => {
  const context = scorable(view);
  const { categoryId, asOf, draft } = input;
  // Each scheme ranks the category as it says: over its ranking group (Xunyang 区直单位), or alone.
  const under = (scheme: ValidScheme): CategoryResult => scoreUnder(view, { scorable: context, scheme, categoryId, asOf });
  return categoryNotFound(() => compareResults({ categoryId, inForce: under(context.scheme), draft: under(draft) }));
};
