import { DomainError, projectGradedIndicators, scoreCategory, type CycleView, type FactList } from '@kaoping/evaluation';
import {
  type CategoryResult,
  type PreviousCycle,
  type ScoredUnit,
  type UnitRef,
  type ScoringWarning,
  ScoringError,
  deadlineClockKey,
  rankScoredUnits,
  rankingGroupOf,
  scoreUnitsOfCategory,
} from '@kaoping/scoring';

type CycleState = CycleView['cycle'];
type ActiveCycle = Extract<CycleState, { status: 'active' }>;

/** A unit's score as last computed, with the inputs it was computed from (compared by identity). */
export type StoredUnitScore = Readonly<{ name: string | undefined; facts: FactList | undefined; scored: ScoredUnit }>;

/**
 * A category's units as last scored: the cycle state (scheme, year, calendar) and moment they were
 * scored at, and each unit's score. Kept between batches so that only changed units are scored again.
 */
export type CategoryScores = Readonly<{
  cycle: CycleState;
  asOf: string;
  clockKey: string;
  units: ReadonlyMap<string, StoredUnitScore>;
}>;

/** A category's units now, as the scoring engine would take them from the fold. */
export type CategoryInputs = Readonly<{
  cycle: CycleState;
  asOf: string;
  clockKey: string;
  units: readonly UnitRef[];
  factsOf: (unitId: string) => FactList | undefined;
}>;

/** Units to score again: every unit of the category, or these. */
export type DirtyUnits = 'all' | ReadonlySet<string>;

export type DirtyUnitsOf = (previous: CategoryScores | undefined, now: CategoryInputs) => DirtyUnits;

const instant = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/**
 * Which units of a category must be scored again (pure). A unit's score depends on the cycle
 * (scheme, year, calendar), the deadline clock at `asOf`, its name and its own facts; ranks,
 * grades and quotas are recomputed from the stored scores anyway. So: every unit when nothing is
 * stored, the cycle state changed in any way (a scheme amendment, a phase closed or moved, a
 * deadline recorded), the deadline clock moved (a deadline passed between the two moments:
 * inputs turn from pending to missing) or the moment went back; otherwise the units new to the
 * category, those whose facts or name changed, and those with facts recorded after the earlier
 * moment (left out then, counted now). A category-wide rating or survey is one fact per unit, so
 * it marks every unit it reaches.
 */
export const dirtyUnits: DirtyUnitsOf = (previous, now) => {
  if (previous === undefined || previous.cycle !== now.cycle || previous.clockKey !== now.clockKey) return 'all';
  const moved = previous.asOf !== now.asOf;
  if (moved && instant(now.asOf) < instant(previous.asOf)) return 'all';
  const dirty = new Set<string>();
  for (const unit of now.units) {
    const stored = previous.units.get(unit.id);
    if (stored === undefined || stored.facts !== now.factsOf(unit.id) || stored.name !== unit.name || (moved && stored.scored.factsAfterAsOf)) dirty.add(unit.id);
  }
  return dirty;
};

export type IncrementalScore = Readonly<{
  result: CategoryResult | null;
  /** What to keep for the next batch (undefined: score the whole category next time). */
  state: CategoryScores | undefined;
  /** How many units were scored (the rest were only ranked again). */
  scored: number;
  /** The units scored now ('all', or these); the others kept their stored scores. */
  rescored: DirtyUnits;
  /** How many of the units scored now were scored again only in the indicators their new facts touch. */
  inPart: number;
}>;

// A cycle without a scorable scheme, or a category the scheme no longer has, has no live scores.
const fullScore = (view: CycleView, categoryId: string, asOf: string, lastYear: PreviousCycle | undefined): IncrementalScore => {
  try {
    const result = scoreCategory(view, categoryId, asOf, lastYear);
    return { result, state: undefined, scored: result.units.length, rescored: 'all', inPart: 0 };
  } catch (error: unknown) {
    if (error instanceof DomainError) return { result: null, state: undefined, scored: 0, rescored: 'all', inPart: 0 };
    throw error;
  }
};

// The registered units of each category, in the fold's order, once per fold of the units: a batch
// that touches every category of a province walks its 10,000 units once, not once a category.
const unitsByCategory = new WeakMap<CycleView['units'], ReadonlyMap<string, readonly UnitRef[]>>();
const unitsOfCategory = (view: CycleView, categoryId: string): readonly UnitRef[] => {
  let byCategory = unitsByCategory.get(view.units);
  if (byCategory === undefined) {
    const found = new Map<string, UnitRef[]>();
    for (const [unitId, state] of view.units) {
      if (state.status !== 'registered') continue;
      const { categoryId, name } = state.unit;
      if (categoryId === undefined) continue;
      const list = found.get(categoryId);
      const unit = { id: unitId, name };
      if (list === undefined) found.set(categoryId, [unit]);
      else list.push(unit);
    }
    byCategory = found;
    unitsByCategory.set(view.units, byCategory);
  }
  return byCategory.get(categoryId) ?? [];
};

const categoryInputs = (view: CycleView, cycle: ActiveCycle, categoryId: string, asOf: string): CategoryInputs | undefined => {
  const scheme = cycle.scheme.valid;
  if (scheme === undefined) return undefined;
  const units = unitsOfCategory(view, categoryId);
  return { cycle, asOf, clockKey: deadlineClockKey({ scheme, asOf, cycleYear: cycle.year, workingDayAmendment: cycle.workingDays }), units, factsOf: (unitId) => view.facts.get(unitId) };
};

/**
 * A category's scores as of `asOf`, the same to the cent as @kaoping/evaluation's scoreCategory
 * on the view (totals, ranks, grades, quotas, flags, explanations, warnings), scoring again only
 * the units `dirty` names and ranking the category from the others' stored scores. A category
 * where a correction or revocation points outside its own unit is scored whole, every time.
 */
export const scoreCategoryIncrementally = (
  input: Readonly<{
    view: CycleView;
    categoryId: string;
    asOf: string;
    previous: CategoryScores | undefined;
    /** The cycle before (its recorded results): rank change, two-year flags, rectification carried over. */
    lastYear?: PreviousCycle;
    dirty?: DirtyUnitsOf;
    /** false: the units scored again carry no explanation tree (EXPLANATION_NOT_KEPT), only their numbers (what the live read model keeps). Default true. */
    explanations?: boolean;
  }>,
): IncrementalScore => {
  const { view, categoryId, asOf, lastYear } = input;
  const { cycle } = view;
  if (cycle.status !== 'active') return fullScore(view, categoryId, asOf, lastYear);
  // Grades from projects depend on other units' facts (the projects'): scored whole, every time.
  if (projectGradedIndicators(cycle, categoryId).length > 0) return fullScore(view, categoryId, asOf, lastYear);
  const now = categoryInputs(view, cycle, categoryId, asOf);
  const scheme = cycle.scheme.valid;
  if (now === undefined || scheme === undefined) return fullScore(view, categoryId, asOf, lastYear);
  // A category ranked in a group (`rankings`) takes its ranks and grades from the whole group: scored whole.
  if (rankingGroupOf(scheme, categoryId) !== undefined) return fullScore(view, categoryId, asOf, lastYear);
  const dirty = (input.dirty ?? dirtyUnits)(input.previous, now);
  const toScore = dirty === 'all' ? now.units : now.units.filter((unit) => dirty.has(unit.id));
  // A unit whose facts grew since it was scored (the same moment's clock, the same cycle) is scored again only in the indicators they touch.
  const keptUnits = new Map<string, Readonly<{ scored: ScoredUnit; factCount: number }>>();
  if (dirty !== 'all' && input.previous !== undefined) {
    for (const unit of toScore) {
      const stored = input.previous.units.get(unit.id);
      const current = now.factsOf(unit.id);
      if (stored?.facts !== undefined && current?.startsWith(stored.facts) === true) keptUnits.set(unit.id, { scored: stored.scored, factCount: stored.facts.length });
    }
  }
  let scored: ReturnType<typeof scoreUnitsOfCategory>;
  try {
    scored = scoreUnitsOfCategory({
      scheme,
      categoryId,
      units: toScore,
      // Each unit's list as it is, read before the fold goes on (no flat copy of 1,300 facts a township).
      facts: [],
      factsOf: (unitId) => now.factsOf(unitId)?.view() ?? [],
      asOf,
      cycleYear: cycle.year,
      workingDayAmendment: cycle.workingDays,
      ...(input.explanations === false ? { explanations: false } : {}),
      ...(keptUnits.size === 0 || input.previous === undefined ? {} : { kept: { asOf: input.previous.asOf, clockKey: input.previous.clockKey, units: keptUnits } }),
    });
  } catch (error: unknown) {
    if (error instanceof ScoringError && error.code === 'unknown-category') return fullScore(view, categoryId, asOf, lastYear);
    throw error;
  }
  const fresh = new Map(scored.units.map((unit) => [unit.unitId, unit]));
  const units = new Map<string, StoredUnitScore>();
  for (const unit of now.units) {
    const unitScore = fresh.get(unit.id) ?? input.previous?.units.get(unit.id)?.scored;
    // dirtyUnits names every unit not stored; a dirty-set that does not is a defect, not a case to paper over.
    if (unitScore === undefined) throw new Error(`unit ${unit.id} of category ${categoryId} was neither stored nor scored`);
    if (!unitScore.selfContained) return fullScore(view, categoryId, asOf, lastYear);
    const facts = now.factsOf(unit.id);
    const stored = input.previous?.units.get(unit.id);
    // A unit the batch left alone keeps its entry (no new object for each of 1,000 units at every batch).
    if (stored !== undefined && stored.scored === unitScore && stored.facts === facts && stored.name === unit.name) units.set(unit.id, stored);
    else units.set(unit.id, { name: unit.name, facts, scored: unitScore });
  }
  const warnings: readonly ScoringWarning[] = scored.warnings;
  const result = rankScoredUnits({ scheme, categoryId, units: [...units.values()].map((unit) => unit.scored), warnings, asOf, ...(lastYear === undefined ? {} : { previous: [lastYear] }) });
  return { result, state: { cycle, asOf, clockKey: scored.clockKey, units }, scored: toScore.length, rescored: dirty, inPart: scored.scoredInPart };
};
