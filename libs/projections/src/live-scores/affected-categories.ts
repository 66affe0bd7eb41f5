import { categoryLinksOf, isCycleEvent, isProposalEvent, isResultsEvent, isUnitEvent, type CategoryLinks, type CycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import type { CycleChange } from '../cycle-views/cycle-views';

/** The latest event that touched a category's scores: scores are computed as of its time. */
export type CategoryTouch = Readonly<{ recordedAt: string; position: bigint }>;

const SCHEDULE_EVENTS: ReadonlySet<string> = new Set(['SchemePublished', 'SchemeAmended', 'PhaseClosed', 'PhaseMoved', 'CalendarAmended', 'DeadlinePassed']);

const categoryOf = (view: CycleView, unitId: string): string | undefined => {
  const unit = view.units.get(unitId);
  return unit === undefined || unit.status === 'unregistered' ? undefined : unit.unit.categoryId;
};

const withOwners = (links: CategoryLinks, categories: readonly (string | undefined)[]): readonly string[] =>
  categories.filter((c): c is string => c !== undefined).flatMap((categoryId) => [categoryId, ...(links.givesGradesTo.get(categoryId) ?? [])]);

const categoriesTouchedBy = (change: CycleChange, links: CategoryLinks, event: Recorded<EvaluationEvent>): readonly string[] => {
  if (isUnitEvent(event)) return withOwners(links, [categoryOf(change.before, event.data.unitId), categoryOf(change.after, event.data.unitId)]);
  if (isProposalEvent(event)) return withOwners(links, [categoryOf(change.after, event.data.unitId)]);
  if (isCycleEvent(event) && SCHEDULE_EVENTS.has(event.type)) return links.all;
  // Recorded project results replace the live grades their owners take.
  if (isResultsEvent(event)) return links.givesGradesTo.get(event.data.categoryId) ?? [];
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
  const touched = new Map<string, { recordedAt: string; position: bigint }>();
  const links = categoryLinksOf(change.after);
  // A unit's events touch the same categories (its category before and after the batch): found once a unit.
  const byUnit = new Map<string, readonly string[]>();
  for (const event of change.events) {
    let categories = isUnitEvent(event) ? byUnit.get(event.data.unitId) : undefined;
    if (categories === undefined) {
      categories = withGroupMembers(links, categoriesTouchedBy(change, links, event));
      if (isUnitEvent(event)) byUnit.set(event.data.unitId, categories);
    }
    if (categories.length === 0) continue;
    const position = BigInt(event.position ?? '0');
    const { recordedAt } = event.metadata;
    for (const categoryId of categories) {
      const earlier = touched.get(categoryId);
      if (earlier === undefined) touched.set(categoryId, { recordedAt, position });
      else {
        if (recordedAt > earlier.recordedAt) earlier.recordedAt = recordedAt;
        if (position > earlier.position) earlier.position = position;
      }
    }
  }
  return touched;
};
