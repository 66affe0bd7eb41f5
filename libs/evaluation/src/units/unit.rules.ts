import type { ActiveCycle } from '../cycle/cycle.state';
import type { CategoryInfo, IndicatorInfo } from '../cycle/scheme-index';
import { defaultPeriod } from '../cycle/scheme-index';
import { NotFound, RuleViolated, invalidField } from '../shared/domain-error';
import type { UnitLevel } from './unit.events';
import type { RegisteredUnit, UnitState } from './unit.state';

/** The unit, registered and not retired: NotFound 'unit-not-found' or RuleViolated 'unit-retired' otherwise. */
export const requireRegistered = (state: UnitState | undefined): RegisteredUnit => {
  if (state === undefined || state.status === 'unregistered') throw new NotFound({ code: 'unit-not-found', message: 'the unit is not registered in this cycle' });
  if (state.status === 'retired') throw new RuleViolated({ code: 'unit-retired', message: `unit ${state.unit.unitId} is retired` });
  return state;
};

/** The unit's category in the current scheme version: RuleViolated 'unit-without-category' for a unit registered without one. */
export const categoryOf = (cycle: ActiveCycle, unit: RegisteredUnit): CategoryInfo => {
  if (unit.unit.categoryId === undefined) {
    throw new RuleViolated({ code: 'unit-without-category', message: `unit ${unit.unit.unitId} is the root of the tree, registered without a category: nothing of it is scored` });
  }
  const category = cycle.scheme.index.categories.get(unit.unit.categoryId);
  if (category === undefined) {
    throw new RuleViolated({
      code: 'category-not-in-scheme',
      message: `category ${unit.unit.categoryId} of unit ${unit.unit.unitId} is not in scheme version ${cycle.scheme.version}`,
    });
  }
  return category;
};

/** An indicator of the unit's category scored by one of `methods`, or InvalidInput 'unknown-indicator' / 'wrong-method'. */
export const indicatorOf = (
  input: Readonly<{ cycle: ActiveCycle; unit: RegisteredUnit; indicatorId: string; path: string; methods: readonly IndicatorInfo['method'][] }>,
): IndicatorInfo => {
  const indicator = categoryOf(input.cycle, input.unit).indicators.get(input.indicatorId);
  if (indicator === undefined) {
    throw invalidField({
      path: input.path,
      rule: 'unknown-indicator',
      message: `${input.indicatorId} is not an indicator of category ${input.unit.unit.categoryId}`,
    });
  }
  if (!input.methods.includes(indicator.method)) {
    throw invalidField({
      path: input.path,
      rule: 'wrong-method',
      message: `${input.indicatorId} is scored by ${indicator.method}; this command is for ${input.methods.join(' or ')}`,
    });
  }
  return indicator;
};

/** The period given, or the scheme's default; InvalidInput 'unknown-period' / 'period-not-for-indicator'. */
export const periodOf = (input: Readonly<{ cycle: ActiveCycle; indicator?: IndicatorInfo; period: string | undefined; path: string }>): string => {
  const period = input.period ?? input.indicator?.periods?.at(-1) ?? defaultPeriod(input.cycle.scheme.index);
  if (period === undefined || !input.cycle.scheme.index.periods.includes(period)) {
    throw invalidField({ path: input.path, rule: 'unknown-period', message: `${period ?? '(none)'} is not a period of the scheme` });
  }
  if (input.indicator?.periods !== undefined && !input.indicator.periods.includes(period)) {
    throw invalidField({
      path: input.path,
      rule: 'period-not-for-indicator',
      message: `${input.indicator.id} is evaluated in ${input.indicator.periods.join(', ')}`,
    });
  }
  return period;
};

// The keys made so far, by indicator and period: a scheme has a few thousand slots, a province's
// log millions of values, and each value's slot is a map key its unit keeps. One string per slot
// instead of one per event (its hash computed once); bounded, past it keys are made anew.
const slotKeys = new Map<string, Map<string, string>>();
let slotKeysKept = 0;
const SLOT_KEYS_KEPT = 200_000;

/** The key of a value slot (the same string each time for the same slot). */
export const slotKey = (indicatorId: string, period: string): string => {
  const byPeriod = slotKeys.get(indicatorId);
  const kept = byPeriod?.get(period);
  if (kept !== undefined) return kept;
  const key = `${indicatorId}@${period}`;
  if (slotKeysKept >= SLOT_KEYS_KEPT) return key;
  if (byPeriod === undefined) slotKeys.set(indicatorId, new Map([[period, key]]));
  else byPeriod.set(period, key);
  slotKeysKept += 1;
  return key;
};
/** The key of a rater's rating slot. */
export const ratingKey = (input: Readonly<{ indicatorId: string; period: string; raterId: string }>): string =>
  `${input.indicatorId}@${input.period}@${input.raterId}`;

/** Whether a rater has a rating of the unit counting in a period (ids hold no '@': scheme and user id rules). */
export const hasRated = (unit: RegisteredUnit, input: Readonly<{ period: string; raterId: string }>): boolean =>
  [...unit.ratings.keys()].some((key) => {
    const [, period, ...rater] = key.split('@');
    return period === input.period && rater.join('@') === input.raterId;
  });

/**
 * Where each level hangs in the four-level hierarchy (四级绩效管理: county → departments and
 * townships → their sections → persons; a project under its owner). An empty list: a root only.
 * A department, township or project may also stand alone (a province's departments have no county).
 */
export const PARENT_LEVELS: Readonly<Record<UnitLevel, readonly UnitLevel[]>> = {
  county: [],
  department: ['county'],
  township: ['county'],
  section: ['department', 'township'],
  person: ['section', 'department', 'township'],
  project: ['county', 'department', 'township'],
};
/**
 * Levels that may be registered without a category, as an unscored root of the tree: Qitai's
 * 一级 (the county government's own evaluation) takes its indicators from the prefecture and its
 * grade from the vice-county-heads' areas (seed 000, 五(二)1 and (四)3), so the seed scores it by
 * no points; the county is there to hang the departments and townships below.
 */
export const UNSCORED_LEVELS: ReadonlySet<UnitLevel> = new Set(['county']);
/** Levels that cannot stand alone: a section is some department's, a person works somewhere. */
const NEEDS_PARENT: ReadonlySet<UnitLevel> = new Set(['section', 'person']);

/** The category's levels admit `level`: InvalidInput 'level-not-in-category' (on `path`, default `level`) otherwise. */
export const assertLevelInCategory = (input: Readonly<{ level: UnitLevel; category: CategoryInfo; path?: string }>): void => {
  const { unitLevels } = input.category;
  if (unitLevels !== undefined && !unitLevels.includes(input.level)) {
    throw invalidField({
      path: input.path ?? 'level',
      rule: 'level-not-in-category',
      message: `category ${input.category.id} evaluates ${unitLevels.join(', ')} units, not a ${input.level}`,
    });
  }
};

/**
 * The parent a unit is registered under, checked: present where the level needs one, absent for
 * the county, registered (not retired) in this cycle, and of a level the unit may hang below.
 * `parent` is the folded stream of `parentUnitId` (undefined or unregistered: no such unit).
 */
export const assertParentFits = (input: Readonly<{ level: UnitLevel; parentUnitId: string | undefined; parent: UnitState | undefined }>): void => {
  const { level, parentUnitId, parent } = input;
  const allowed = PARENT_LEVELS[level];
  if (parentUnitId === undefined) {
    if (NEEDS_PARENT.has(level)) {
      throw invalidField({ path: 'parentUnitId', rule: 'parent-required', message: `a ${level} is registered under a unit of level ${allowed.join(' or ')}` });
    }
    return;
  }
  if (allowed.length === 0) {
    throw invalidField({ path: 'parentUnitId', rule: 'parent-not-allowed', message: `a ${level} is the top of the hierarchy: it has no parent unit` });
  }
  if (parent === undefined || parent.status === 'unregistered') {
    throw invalidField({ path: 'parentUnitId', rule: 'unknown-parent', message: `${parentUnitId} is not a unit of this cycle: register it first` });
  }
  if (parent.status === 'retired') {
    throw invalidField({ path: 'parentUnitId', rule: 'parent-retired', message: `${parentUnitId} is retired from this cycle` });
  }
  if (!allowed.includes(parent.unit.level)) {
    throw invalidField({
      path: 'parentUnitId',
      rule: 'parent-level-not-allowed',
      message: `a ${level} hangs below a unit of level ${allowed.join(' or ')}; ${parentUnitId} is a ${parent.unit.level}`,
    });
  }
};

/** A data provider the scheme names among its sources: InvalidInput 'unknown-provider' otherwise. */
export const assertKnownProvider = (input: Readonly<{ cycle: ActiveCycle; providerId: string }>): void => {
  const { sources } = input.cycle.scheme.index;
  if (!sources.has(input.providerId)) {
    throw invalidField({
      path: 'providerId',
      rule: 'unknown-provider',
      message: `${input.providerId} is not a source of the scheme (${sources.size === 0 ? 'it names none' : [...sources].join(', ')})`,
    });
  }
};
