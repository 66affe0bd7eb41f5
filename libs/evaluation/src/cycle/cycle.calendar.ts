import { type PhaseId, type ResolvedCalendar, type ResolvedDeadline, resolveCalendar } from '@kaoping/scoring';
import type { ActiveCycle } from './cycle.state';

/**
 * The scheme calendar's dates for the cycle's year, working days counted on China's shipped
 * calendar as the office amended it (CalendarAmended): the one resolution the deciders, the
 * schedule and the projections use.
 */
export const calendarOfCycle = (cycle: ActiveCycle): ResolvedCalendar | undefined =>
  cycle.scheme.valid === undefined ? undefined : resolveCalendar(cycle.scheme.valid, cycle.year, cycle.workingDays);
const calendarOf = calendarOfCycle;

/** A phase's dates (yyyy-mm-dd): the scheme calendar's, as moved by hand; undefined where neither says. */
export const phaseDatesOf = (cycle: ActiveCycle, phase: PhaseId): Readonly<{ start?: string; end?: string }> => {
  const scheduled = calendarOf(cycle)?.phases.find((entry) => entry.id === phase);
  const moved = cycle.phaseDates[phase];
  const start = moved?.start ?? (scheduled?.start === '' ? undefined : scheduled?.start);
  const end = moved?.end ?? (scheduled?.end === '' ? undefined : scheduled?.end);
  return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
};

/** The scheme's deadlines with their dates for the cycle's year. */
export const deadlinesOf = (cycle: ActiveCycle): readonly ResolvedDeadline[] => calendarOf(cycle)?.deadlines ?? [];

/**
 * The periods a phase closes by default: every period at year-end; otherwise the periods of the
 * deadlines due by the phase's end (a mid-year close closes the mid-year period).
 */
export const periodsClosedBy = (cycle: ActiveCycle, phase: PhaseId): readonly string[] => {
  if (phase === 'year-end') return cycle.scheme.index.periods;
  const end = phaseDatesOf(cycle, phase).end;
  if (end === undefined) return [];
  const periods = deadlinesOf(cycle)
    .filter((deadline) => deadline.period !== undefined && deadline.due !== '' && deadline.due <= end)
    .map((deadline) => deadline.period ?? '');
  return cycle.scheme.index.periods.filter((period) => periods.includes(period));
};
