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
