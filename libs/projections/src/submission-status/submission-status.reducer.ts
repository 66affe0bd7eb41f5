import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import { deadlinesOf, phaseDatesOf, type ActiveCycle, type IndicatorInfo, type UnitState } from '@kaoping/evaluation';

export type SubmissionStatus = 'submitted' | 'pending' | 'overdue' | 'missing';

/** One item a unit owes by a deadline of the scheme calendar. */
export type SubmissionItem = Readonly<{
  cycleId: string;
  unitId: string;
  deadlineId: string;
  /** The indicator, or '' for an item of the whole unit (self-assessment, plan). */
  indicatorId: string;
  kind: string;
  period: string;
  phase: string;
  dueAt: string;
  providerId: string | null;
  status: SubmissionStatus;
  /** The event that submitted it (a data submission or correction, a self-assessment, a rating, a survey, a plan). */
  submittedEventId: string | null;
}>;

const DATA_METHODS: ReadonlySet<string> = new Set(['proportional', 'score']);

const phaseOfDay = (cycle: ActiveCycle, day: string): string => {
  // The phase whose dates hold the due date; the latest such phase where they overlap.
  let found = '';
  for (const phase of PHASE_IDS) {
    const { start, end } = phaseDatesOf(cycle, phase as PhaseId);
    if (start !== undefined && end !== undefined && start <= day && day <= end) found = phase;
  }
  return found;
};

const inPeriod = (indicator: IndicatorInfo, period: string | undefined): boolean =>
  period === undefined || indicator.periods === undefined || indicator.periods.includes(period);

/**
 * What a unit owes by each deadline of the calendar and where each item stands (pure):
 * submitted (recorded, on time or late); missing (its period is closed with nothing recorded: it
 * counts zero, shown as missing); overdue (the deadline passed — DeadlinePassed recorded — with
 * nothing yet); pending (not yet due).
 */
export const submissionItemsOf = (cycle: ActiveCycle, unitId: string, unit: UnitState | undefined): readonly SubmissionItem[] => {
  if (unit === undefined || unit.status !== 'registered') return [];
  const category = cycle.scheme.index.categories.get(unit.unit.categoryId);
  if (category === undefined) return [];
  const items: SubmissionItem[] = [];
  for (const deadline of deadlinesOf(cycle)) {
    const period = deadline.period ?? cycle.scheme.index.periods.at(-1) ?? '';
    const base = { cycleId: cycle.cycleId, unitId, deadlineId: deadline.id, kind: deadline.kind, period, phase: phaseOfDay(cycle, deadline.due), dueAt: deadline.due };
    const add = (indicatorId: string, providerId: string | null, submittedEventId: string | undefined): void => {
      const status: SubmissionStatus =
        submittedEventId !== undefined ? 'submitted' : cycle.closedPeriods.has(period) ? 'missing' : cycle.deadlinesPassed.has(deadline.id) ? 'overdue' : 'pending';
      items.push({ ...base, indicatorId, providerId, status, submittedEventId: submittedEventId ?? null });
    };
    switch (deadline.kind) {
      case 'data':
        for (const [indicatorId, assignment] of unit.assignments) {
          const indicator = category.indicators.get(indicatorId);
          if (indicator === undefined || !DATA_METHODS.has(indicator.method) || !inPeriod(indicator, deadline.period)) continue;
          add(indicatorId, assignment.providerId ?? indicator.provider ?? null, unit.currentValues.get(`${indicatorId}@${period}`));
        }
        break;
      case 'survey':
        for (const indicator of category.indicators.values()) {
          if (indicator.method !== 'survey' || !inPeriod(indicator, deadline.period)) continue;
          add(indicator.id, indicator.provider ?? null, unit.surveys.get(`${indicator.id}@${period}`));
        }
        break;
      case 'rating':
        for (const indicator of category.indicators.values()) {
          if ((indicator.method !== 'rating' && indicator.method !== 'points') || !inPeriod(indicator, deadline.period)) continue;
          const prefix = `${indicator.id}@${period}@`;
          const rating = [...unit.ratings].find(([key]) => key.startsWith(prefix));
          add(indicator.id, null, rating?.[1]);
        }
        break;
      case 'self-assessment':
        add('', null, unit.selfAssessments.get(period));
        break;
      case 'plan':
        add('', null, unit.plan.status === 'none' ? undefined : unit.plan.planId);
        break;
      case 'rectification-plan':
        break;
    }
  }
  return items;
};
