import { defaultPeriod, type ActiveCycle, type CycleView, type IndicatorInfo, type OverdueItem } from '@kaoping/evaluation';
import type { ResolvedDeadline } from '@kaoping/scoring';

/** An item missing at a deadline, and who should have delivered it (recipient addresses). */
export type MissingItem = OverdueItem & Readonly<{ recipients: readonly string[] }>;

const DATA_METHODS: ReadonlySet<IndicatorInfo['method']> = new Set(['proportional', 'score']);
const RATING_METHODS: ReadonlySet<IndicatorInfo['method']> = new Set(['rating', 'points']);

const inPeriod = (indicator: IndicatorInfo, period: string): boolean => indicator.periods === undefined || indicator.periods.includes(period);

/**
 * What is missing now for a deadline, per its kind: data (a data indicator assigned to the unit
 * with no current value for the period), rating (a rating indicator nobody rated), survey, a
 * self-assessment, the evaluation plan (not submitted or returned), a rectification plan.
 * Recipients are addresses: `unit:<id>` (the unit's reporters), `provider:<id>` (a data provider).
 */
export const missingItems = (view: CycleView, cycle: ActiveCycle, deadline: ResolvedDeadline): readonly MissingItem[] => {
  const period = deadline.period ?? defaultPeriod(cycle.scheme.index) ?? '';
  const missing: MissingItem[] = [];
  if (deadline.kind === 'rectification-plan') {
    for (const order of view.rectifications.values()) {
      if (order.status === 'ordered') missing.push({ unitId: order.unitId, recipients: [`unit:${order.unitId}`] });
    }
    return missing;
  }
  for (const unit of view.units.values()) {
    if (unit.status !== 'registered') continue;
    const { unitId, categoryId } = unit.unit;
    const unitAddress = `unit:${unitId}`;
    switch (deadline.kind) {
      case 'plan':
        if (unit.plan.status === 'none' || unit.plan.status === 'returned') missing.push({ unitId, recipients: [unitAddress] });
        break;
      case 'self-assessment':
        if (!unit.selfAssessments.has(period)) missing.push({ unitId, period, recipients: [unitAddress] });
        break;
      case 'data':
      case 'rating':
      case 'survey': {
        const indicators = cycle.scheme.index.categories.get(categoryId)?.indicators;
        for (const assignment of unit.assignments.values()) {
          const indicator = indicators?.get(assignment.indicatorId);
          if (indicator === undefined || !inPeriod(indicator, period)) continue;
          const key = `${indicator.id}@${period}`;
          const item = { unitId, indicatorId: indicator.id, period };
          if (deadline.kind === 'data' && DATA_METHODS.has(indicator.method) && !unit.currentValues.has(key)) {
            const provider = assignment.providerId ?? indicator.provider;
            missing.push({ ...item, recipients: provider === undefined ? [unitAddress] : [unitAddress, `provider:${provider}`] });
          } else if (deadline.kind === 'rating' && RATING_METHODS.has(indicator.method) && ![...unit.ratings.keys()].some((rating) => rating.startsWith(`${key}@`))) {
            missing.push({ ...item, recipients: [unitAddress] });
          } else if (deadline.kind === 'survey' && indicator.method === 'survey' && !unit.surveys.has(key)) {
            missing.push({ ...item, recipients: [unitAddress] });
          }
        }
        break;
      }
      default: {
        const unknown: never = deadline.kind;
        throw new Error(`unknown deadline kind ${String(unknown)}`);
      }
    }
  }
  return missing;
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
