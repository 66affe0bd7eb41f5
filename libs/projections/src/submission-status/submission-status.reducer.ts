import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import { deadlinesOf, obligationsAt, phaseDatesOf, type ActiveCycle, type UnitState } from '@kaoping/evaluation';

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
  /** The value it submitted, when it is a data value (a decimal as submitted or corrected). */
  value: string | null;
}>;

const phaseOfDay = (cycle: ActiveCycle, day: string): string => {
  // The phase whose dates hold the due date; the latest such phase where they overlap.
  let found = '';
  for (const phase of PHASE_IDS) {
    const { start, end } = phaseDatesOf(cycle, phase as PhaseId);
    if (start !== undefined && end !== undefined && start <= day && day <= end) found = phase;
  }
  return found;
};

/**
 * What a unit owes by each deadline of the calendar ({@link obligationsAt}: the rule reminders and
 * overdue facts use too) and where each item stands (pure): submitted (delivered, on time or
 * late); missing (its period is closed with nothing delivered: it counts zero, shown as missing);
 * overdue (the deadline passed — DeadlinePassed recorded — with nothing yet); pending (not yet due).
 */
export const submissionItemsOf = (cycle: ActiveCycle, unitId: string, unit: UnitState | undefined): readonly SubmissionItem[] => {
  if (unit === undefined) return [];
  return deadlinesOf(cycle).flatMap((deadline) => {
    // One phase a deadline, not one an item (a monthly deadline owes every indicator's value).
    const phase = phaseOfDay(cycle, deadline.due);
    return obligationsAt({ cycle, unit, deadline }).map((owed): SubmissionItem => {
      const status: SubmissionStatus =
        owed.deliveredBy !== undefined ? 'submitted' : cycle.closedPeriods.has(owed.period) ? 'missing' : cycle.deadlinesPassed.has(deadline.id) ? 'overdue' : 'pending';
      return {
        cycleId: cycle.cycleId,
        unitId,
        deadlineId: deadline.id,
        kind: deadline.kind,
        period: owed.period,
        phase,
        dueAt: deadline.due,
        indicatorId: owed.indicatorId ?? '',
        providerId: owed.providerId ?? null,
        status,
        submittedEventId: owed.deliveredBy ?? null,
        value: owed.deliveredBy === undefined || unit.status !== 'registered' ? null : (unit.submissions.get(owed.deliveredBy)?.value ?? null),
      };
    });
  });
};
