import { obligationsAt, type ActiveCycle, type CycleView, type OverdueItem } from '@kaoping/evaluation';
import type { ResolvedDeadline } from '@kaoping/scoring';

/** An item missing at a deadline, and who should have delivered it (recipient addresses). */
export type MissingItem = OverdueItem & Readonly<{ recipients: readonly string[] }>;

/**
 * What is missing now for a deadline: each registered unit's obligations at it
 * ({@link obligationsAt}, the rule the submission-status board uses too) not yet delivered, and
 * rectification plans of orders still without one. Recipients are addresses: `unit:<id>` (the
 * unit's reporters), `provider:<id>` (a data provider, for data items).
 */
export const missingItems = (view: CycleView, cycle: ActiveCycle, deadline: ResolvedDeadline): readonly MissingItem[] => {
  if (deadline.kind === 'rectification-plan') {
    return [...view.rectifications.values()].flatMap((order) => (order.status === 'ordered' ? [{ unitId: order.unitId, recipients: [`unit:${order.unitId}`] }] : []));
  }
  return [...view.units.values()].flatMap((unit) =>
    obligationsAt({ cycle, unit, deadline }).flatMap((owed): MissingItem[] => {
      if (owed.deliveredBy !== undefined) return [];
      const unitAddress = `unit:${owed.unitId}`;
      const recipients = owed.kind === 'data' && owed.providerId !== undefined ? [unitAddress, `provider:${owed.providerId}`] : [unitAddress];
      // A plan is owed for the whole cycle: its item names no period.
      const period = owed.kind === 'plan' ? {} : { period: owed.period };
      return [{ unitId: owed.unitId, ...(owed.indicatorId === undefined ? {} : { indicatorId: owed.indicatorId }), ...period, recipients }];
    }),
  );
};

/** The distinct recipients of the missing items, the office always among them. */
export const recipientsOf = (items: readonly MissingItem[]): readonly string[] =>
  [...new Set(['role:office', ...items.flatMap((item) => item.recipients)])].sort();

/** The items as the overdue list of DeadlinePassed (without recipients). */
export const overdueOf = (items: readonly MissingItem[]): readonly OverdueItem[] =>
  items.map(({ unitId, indicatorId, period }) => ({
    unitId,
    ...(indicatorId === undefined ? {} : { indicatorId }),
    ...(period === undefined ? {} : { period }),
  }));
