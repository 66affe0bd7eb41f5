import { RuleViolated, coversRating, invalidField, obligationsAt, type ActiveCycle, type CycleView, type Obligation, type OverdueItem } from '@kaoping/evaluation';
import type { ResolvedDeadline } from '@kaoping/scoring';

/** An item missing at a deadline, and who should have delivered it (recipient addresses). */
export type MissingItem = OverdueItem & Readonly<{ recipients: readonly string[] }>;

/**
 * Who owes an item, as addresses — a reminder or an overdue notice goes to them: data → the
 * indicator's provider (`provider:<id>`; the unit when none is named); rating → the raters
 * assigned to the unit and indicator in a role the indicator accepts (`user:<id>`; the office when
 * none is assigned); survey → the survey office (`role:survey-office`, and its provider when the
 * indicator names one); self-assessment, plan → the unit (`unit:<id>`, its reporters).
 */
const owersOf = (cycle: ActiveCycle, owed: Obligation): readonly string[] => {
  const unitAddress = `unit:${owed.unitId}`;
  switch (owed.kind) {
    case 'data':
      return owed.providerId === undefined ? [unitAddress] : [`provider:${owed.providerId}`];
    case 'rating': {
      const indicator = [...cycle.scheme.index.categories.values()]
        .map((category) => (owed.indicatorId === undefined ? undefined : category.indicators.get(owed.indicatorId)))
        .find((found) => found !== undefined);
      const raters = cycle.raters.filter(
        (rater) =>
          (indicator?.raterRoles === undefined || indicator.raterRoles.includes(rater.raterRole)) &&
          coversRating(rater, { unitId: owed.unitId, ...(owed.indicatorId === undefined ? {} : { indicatorId: owed.indicatorId }) }),
      );
      return raters.length === 0 ? ['role:office'] : [...new Set(raters.map((rater) => `user:${rater.raterId}`))];
    }
    case 'survey':
      return ['role:survey-office', ...(owed.providerId === undefined ? [] : [`provider:${owed.providerId}`])];
    case 'self-assessment':
    case 'plan':
    case 'rectification-plan':
      return [unitAddress];
    default: {
      const unknown: never = owed.kind;
      return unknown;
    }
  }
};

/**
 * What is missing now for a deadline: each registered unit's obligations at it
 * ({@link obligationsAt}, the rule the submission-status board uses too) not yet delivered, and
 * rectification plans of orders still without one, each with whoever owes it ({@link owersOf}).
 */
export const missingItems = (view: CycleView, cycle: ActiveCycle, deadline: ResolvedDeadline): readonly MissingItem[] => {
  if (deadline.kind === 'rectification-plan') {
    return [...view.rectifications.values()].flatMap((order) => (order.status === 'ordered' ? [{ unitId: order.unitId, recipients: [`unit:${order.unitId}`] }] : []));
  }
  return [...view.units.values()].flatMap((unit) =>
    obligationsAt({ cycle, unit, deadline }).flatMap((owed): MissingItem[] => {
      if (owed.deliveredBy !== undefined) return [];
      // A plan is owed for the whole cycle: its item names no period.
      const period = owed.kind === 'plan' ? {} : { period: owed.period };
      return [{ unitId: owed.unitId, ...(owed.indicatorId === undefined ? {} : { indicatorId: owed.indicatorId }), ...period, recipients: owersOf(cycle, owed) }];
    }),
  );
};

/** Who owes the missing items, without the office (the overdue notice's recipients). */
export const owersOfItems = (items: readonly MissingItem[]): readonly string[] => [...new Set(items.flatMap((item) => item.recipients))].sort();

/** The distinct recipients of the missing items, the office always among them. */
export const recipientsOf = (items: readonly MissingItem[]): readonly string[] =>
  [...new Set(['role:office', ...items.flatMap((item) => item.recipients)])].sort();

/**
 * Whom a chase (催报) of a deadline names and tells, from what is owed there: the units named (each
 * must owe something: `nothing-owed` at `unitIds[i]`), or every unit that owes (none: `nothing-owed`),
 * and whoever owes their items.
 */
export const chaseOf = (owed: readonly MissingItem[], deadlineId: string, named?: readonly string[]): Readonly<{ unitIds: readonly string[]; recipients: readonly string[] }> => {
  const owing = new Set(owed.map((item) => item.unitId));
  named?.forEach((unitId, at) => {
    if (!owing.has(unitId)) throw invalidField({ path: `unitIds[${at}]`, rule: 'nothing-owed', message: `${unitId} owes ${deadlineId} nothing` });
  });
  const unitIds = named ?? [...owing].sort();
  if (unitIds.length === 0) {
    throw new RuleViolated({ code: 'nothing-owed', message: `nothing is owed at ${deadlineId}`, details: [{ path: 'deadlineId', rule: 'nothing-owed', message: 'every unit has delivered' }] });
  }
  const chased = new Set(unitIds);
  return { unitIds, recipients: owersOfItems(owed.filter((item) => chased.has(item.unitId))) };
};

/** The items as the overdue list of DeadlinePassed (without recipients). */
export const overdueOf = (items: readonly MissingItem[]): readonly OverdueItem[] =>
  items.map(({ unitId, indicatorId, period }) => ({
    unitId,
    ...(indicatorId === undefined ? {} : { indicatorId }),
    ...(period === undefined ? {} : { period }),
  }));
