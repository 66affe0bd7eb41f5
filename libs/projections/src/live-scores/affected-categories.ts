import { rankingGroupOf } from '@kaoping/scoring';
import { isCycleEvent, isProposalEvent, isResultsEvent, isUnitEvent, type CycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import type { CycleChange } from '../cycle-views/cycle-views';

/** The latest event that touched a category's scores: scores are computed as of its time. */
export type CategoryTouch = Readonly<{ recordedAt: string; position: bigint }>;

const SCHEDULE_EVENTS: ReadonlySet<string> = new Set(['SchemePublished', 'SchemeAmended', 'PhaseClosed', 'PhaseMoved', 'CalendarAmended', 'DeadlinePassed']);

const categoryOf = (view: CycleView, unitId: string): string | undefined => {
  const unit = view.units.get(unitId);
  return unit === undefined || unit.status === 'unregistered' ? undefined : unit.unit.categoryId;
};

type ActiveScheme = Extract<CycleView['cycle'], { status: 'active' }>['scheme'];

/** What a scheme says of its categories, worked out once per scheme (a batch asks it for every event). */
type CategoryLinks = Readonly<{
  all: readonly string[];
  /** For a category: the categories whose indicators take the grades of its projects (`fromProjects`). */
  gradedFrom: ReadonlyMap<string, readonly string[]>;
  /** For a category: every category ranked in one group with it (`rankings`), itself included. */
  rankedWith: ReadonlyMap<string, readonly string[]>;
}>;

const NO_LINKS: CategoryLinks = { all: [], gradedFrom: new Map(), rankedWith: new Map() };
const linksOfScheme = new WeakMap<ActiveScheme, CategoryLinks>();

const linksOf = (view: CycleView): CategoryLinks => {
  if (view.cycle.status !== 'active') return NO_LINKS;
  const { scheme } = view.cycle;
  const known = linksOfScheme.get(scheme);
  if (known !== undefined) return known;
  const categories = [...scheme.index.categories.values()];
  const gradedFrom = new Map<string, string[]>();
  for (const category of categories) {
    for (const indicator of category.indicators.values()) {
      const owner = indicator.fromProjects;
      if (owner === undefined) continue;
      const owners = gradedFrom.get(owner) ?? [];
      if (!owners.includes(category.id)) owners.push(category.id);
      gradedFrom.set(owner, owners);
    }
  }
  const rankedWith = new Map<string, readonly string[]>();
  if (scheme.valid !== undefined) {
    for (const category of categories) {
      const group = rankingGroupOf(scheme.valid, category.id);
      if (group !== undefined) rankedWith.set(category.id, group.categories);
    }
  }
  const links: CategoryLinks = { all: categories.map((category) => category.id), gradedFrom, rankedWith };
  linksOfScheme.set(scheme, links);
  return links;
};

const withOwners = (links: CategoryLinks, categories: readonly (string | undefined)[]): readonly string[] =>
  categories.filter((c): c is string => c !== undefined).flatMap((categoryId) => [categoryId, ...(links.gradedFrom.get(categoryId) ?? [])]);

const categoriesTouchedBy = (change: CycleChange, links: CategoryLinks, event: Recorded<EvaluationEvent>): readonly string[] => {
  if (isUnitEvent(event)) return withOwners(links, [categoryOf(change.before, event.data.unitId), categoryOf(change.after, event.data.unitId)]);
  if (isProposalEvent(event)) return withOwners(links, [categoryOf(change.after, event.data.unitId)]);
  if (isCycleEvent(event) && SCHEDULE_EVENTS.has(event.type)) return links.all;
  // Recorded project results replace the live grades their owners take.
  if (isResultsEvent(event)) return links.gradedFrom.get(event.data.categoryId) ?? [];
  return [];
};

// A category ranked in a group (`rankings`): a change to any member re-ranks every member.
const withGroupMembers = (links: CategoryLinks, categories: readonly string[]): readonly string[] => {
  if (links.rankedWith.size === 0 || categories.length === 0) return categories;
  return [...new Set(categories.flatMap((categoryId) => links.rankedWith.get(categoryId) ?? [categoryId]))];
};

/**
 * Which categories of a cycle a batch changes, with the latest time and position of the events
 * that changed each (pure): a unit's facts change its category (both, when it moved), every
 * category ranked in a group with it, and the categories taking grades from its projects (Qitai 专项:
 * a project's facts move its owner); the scheme, phase closes and deadlines change every category.
 */
export const touchedCategories = (change: CycleChange): ReadonlyMap<string, CategoryTouch> => {
  const touched = new Map<string, CategoryTouch>();
  const links = linksOf(change.after);
  for (const event of change.events) {
    const position = BigInt(event.position ?? '0');
    for (const categoryId of withGroupMembers(links, categoriesTouchedBy(change, links, event))) {
      const earlier = touched.get(categoryId);
      touched.set(categoryId, {
        recordedAt: earlier === undefined || event.metadata.recordedAt > earlier.recordedAt ? event.metadata.recordedAt : earlier.recordedAt,
        position: earlier === undefined || position > earlier.position ? position : earlier.position,
      });
    }
  }
  return touched;
};
