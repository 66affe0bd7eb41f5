import { rankingGroupOf } from '@kaoping/scoring';
import { isCycleEvent, isProposalEvent, isUnitEvent, type CycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
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

const categoriesTouchedBy = (change: CycleChange, event: Recorded<EvaluationEvent>): readonly string[] => {
  if (isUnitEvent(event)) return [categoryOf(change.before, event.data.unitId), categoryOf(change.after, event.data.unitId)].filter((c): c is string => c !== undefined);
  if (isProposalEvent(event)) return [categoryOf(change.after, event.data.unitId)].filter((c): c is string => c !== undefined);
  if (isCycleEvent(event) && SCHEDULE_EVENTS.has(event.type)) return allCategories(change.after);
  return [];
};

/**
 * Which categories of a cycle a batch changes, with the latest time and position of the events
 * that changed each (pure): a unit's facts change its category (both, when it moved) and every
 * category ranked in a group with it; the scheme, phase closes and deadlines change every category.
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
