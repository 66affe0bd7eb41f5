import { PHASE_IDS, type PhaseId } from '@kaoping/scoring';
import type { ActiveCycle, CycleState } from '../cycle/cycle.state';
import { NotFound, RuleViolated } from '../shared/domain-error';
import type { EvaluationCommandType } from '../shared/messages';
import { PHASE_TABLE } from './phase-table';

/** The phases open now, in lifecycle order. */
export const openPhases = (cycle: CycleState): readonly PhaseId[] =>
  cycle.status === 'active' ? PHASE_IDS.filter((phase) => cycle.phases[phase].status === 'open') : [];

/** The cycle with a published scheme, or NotFound 'cycle-not-found' / RuleViolated 'scheme-not-published'. */
export const requireActiveCycle = (cycle: CycleState): ActiveCycle => {
  if (cycle.status === 'none') throw new NotFound({ code: 'cycle-not-found', message: 'the cycle does not exist' });
  if (cycle.status === 'created') {
    throw new RuleViolated({ code: 'scheme-not-published', message: 'the cycle has no published scheme yet' });
  }
  return cycle;
};

/**
 * Refuses a command type that no open phase accepts ({@link PHASE_TABLE}): RuleViolated
 * 'phase-closed' when its phases have all closed, 'phase-not-open' when they have not opened,
 * 'phases-started' for what belongs before the first phase.
 */
export const assertPhaseAccepts = (type: EvaluationCommandType, cycle: CycleState): void => {
  const rule = PHASE_TABLE[type];
  if (rule === 'any') return;
  if (rule === 'before-phases') {
    if (cycle.status === 'active' && PHASE_IDS.some((phase) => cycle.phases[phase].status !== 'pending')) {
      throw new RuleViolated({ code: 'phases-started', message: `${type} is accepted only before the first phase opens` });
    }
    return;
  }
  const active = requireActiveCycle(cycle);
  if (rule.some((phase) => active.phases[phase].status === 'open')) return;
  const allClosed = rule.every((phase) => active.phases[phase].status === 'closed');
  const open = openPhases(active);
  throw new RuleViolated({
    code: allClosed ? 'phase-closed' : 'phase-not-open',
    message: `${type} is accepted in ${rule.join(', ')}; open now: ${open.length === 0 ? 'none' : open.join(', ')}`,
    details: [{ path: 'type', rule: allClosed ? 'phase-closed' : 'phase-not-open', message: `accepted in ${rule.join(', ')}` }],
  });
};

/** Whether a period is closed (its phase closed): it changes only by a correction with a reason. */
export const isPeriodClosed = (cycle: CycleState, period: string): boolean => cycle.status === 'active' && cycle.closedPeriods.has(period);

/** Refuses new input for a closed period: RuleViolated 'period-closed'. */
export const assertPeriodOpen = (input: Readonly<{ cycle: CycleState; period: string; path: string }>): void => {
  if (!isPeriodClosed(input.cycle, input.period)) return;
  throw new RuleViolated({
    code: 'period-closed',
    message: `period ${input.period} is closed: it changes only by a correction with a reason`,
    details: [{ path: input.path, rule: 'period-closed', message: 'correct the earlier fact instead, giving a reason' }],
  });
};

/**
 * Data for a period: on time while it is open; once closed, a slot with no value yet takes a late
 * submission with a reason (a month closed before its data arrived would otherwise count 0 for
 * good), and a slot with a value changes only by a correction. Returns whether it is late.
 */
export const dataTiming = (input: Readonly<{ cycle: CycleState; period: string; hasValue: boolean; reason: string | undefined }>): 'on-time' | 'late' => {
  if (!isPeriodClosed(input.cycle, input.period)) return 'on-time';
  if (input.hasValue) assertPeriodOpen({ cycle: input.cycle, period: input.period, path: 'period' });
  if (input.reason === undefined || input.reason.trim() === '') {
    throw new RuleViolated({
      code: 'period-closed',
      message: `period ${input.period} is closed: data for it now is late and needs a reason`,
      details: [{ path: 'reason', rule: 'late-reason-required', message: 'give the reason the data comes late' }],
    });
  }
  return 'late';
};

/** The periods named for an evaluation phase: rated in those phases, as the seeds' leaders do. */
const EVALUATION_PERIODS: readonly string[] = ['mid-year', 'year-end'] satisfies readonly PhaseId[];

/** Whether a period takes ratings now: 'open'; 'closed' (the period closed); 'not-open' (its phase is not open). */
export type RatingWindow = 'open' | 'not-open' | 'closed';

/**
 * A period's rating window, the one rule for the server and the console (the cycle read carries
 * it per period): a closed period is 'closed'; a mid-year or year-end period is rated while the
 * mid-year or year-end phase is open, 'not-open' otherwise; any other period (a month, a quarter:
 * 怀来 rates every month and has no mid-year) is open until it closes.
 */
export const ratingWindowOf = (input: Readonly<{ period: string; openPhases: readonly string[]; periodClosed: boolean }>): RatingWindow => {
  if (input.periodClosed) return 'closed';
  if (EVALUATION_PERIODS.includes(input.period) && !input.openPhases.some((phase) => EVALUATION_PERIODS.includes(phase))) return 'not-open';
  return 'open';
};

/**
 * Refuses a rating outside its period's window ({@link ratingWindowOf}): RuleViolated
 * 'period-closed' for a closed period, 'phase-not-open' for a mid-year or year-end period while
 * neither of those phases is open.
 */
export const assertRatingWindow = (input: Readonly<{ cycle: ActiveCycle; period: string; path: string }>): void => {
  const { cycle, period, path } = input;
  const open = openPhases(cycle);
  const window = ratingWindowOf({ period, openPhases: open, periodClosed: isPeriodClosed(cycle, period) });
  if (window === 'closed') assertPeriodOpen(input);
  if (window === 'not-open') {
    throw new RuleViolated({
      code: 'phase-not-open',
      message: `the ${period} period is rated in the mid-year or year-end phase; open now: ${open.join(', ') || 'none'}`,
      details: [{ path, rule: 'phase-not-open', message: 'rated in the mid-year or year-end phase' }],
    });
  }
};
