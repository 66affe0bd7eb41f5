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

const allCategories = (view: CycleView): readonly string[] =>
  view.cycle.status === 'active' ? [...view.cycle.scheme.index.categories.keys()] : [];

/** The categories whose indicators take the grades of this category's projects (`fromProjects`). */
const gradedFrom = (view: CycleView, categoryId: string): readonly string[] =>
  view.cycle.status !== 'active'
    ? []
    : [...view.cycle.scheme.index.categories.values()]
        .filter((category) => [...category.indicators.values()].some((indicator) => indicator.fromProjects === categoryId))
        .map((category) => category.id);

const withOwners = (view: CycleView, categories: readonly (string | undefined)[]): readonly string[] =>
  categories.filter((c): c is string => c !== undefined).flatMap((categoryId) => [categoryId, ...gradedFrom(view, categoryId)]);

const categoriesTouchedBy = (change: CycleChange, event: Recorded<EvaluationEvent>): readonly string[] => {
  if (isUnitEvent(event)) return withOwners(change.after, [categoryOf(change.before, event.data.unitId), categoryOf(change.after, event.data.unitId)]);
  if (isProposalEvent(event)) return withOwners(change.after, [categoryOf(change.after, event.data.unitId)]);
  if (isCycleEvent(event) && SCHEDULE_EVENTS.has(event.type)) return allCategories(change.after);
  // Recorded project results replace the live grades their owners take.
  if (isResultsEvent(event)) return gradedFrom(change.after, event.data.categoryId);
  return [];
};

/**
 * Which categories of a cycle a batch changes, with the latest time and position of the events
 * that changed each (pure): a unit's facts change its category (both, when it moved), every
 * category ranked in a group with it, and the categories taking grades from its projects (Qitai 专项:
 * a project's facts move its owner); the scheme, phase closes and deadlines change every category.
 */
// A category ranked in a group (`rankings`): a change to any member re-ranks every member.
const withGroupMembers = (view: CycleView, categories: readonly string[]): readonly string[] => {
  const scheme = view.cycle.status === 'active' ? view.cycle.scheme.valid : undefined;
  if (scheme === undefined) return categories;
  return [...new Set(categories.flatMap((categoryId) => rankingGroupOf(scheme, categoryId)?.categories ?? [categoryId]))];
};

export const touchedCategories = (change: CycleChange): ReadonlyMap<string, CategoryTouch> => {
  const touched = new Map<string, CategoryTouch>();
  for (const event of change.events) {
    const position = BigInt(event.position ?? '0');
    for (const categoryId of withGroupMembers(change.after, categoriesTouchedBy(change, event))) {
      const earlier = touched.get(categoryId);
      touched.set(categoryId, {
        recordedAt: earlier === undefined || event.metadata.recordedAt > earlier.recordedAt ? event.metadata.recordedAt : earlier.recordedAt,
        position: earlier === undefined || position > earlier.position ? position : earlier.position,
      });
    }
  }
  return touched;
};
