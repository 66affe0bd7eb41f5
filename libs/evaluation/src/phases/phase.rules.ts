import type { CycleState } from '../cycle/cycle.state';
import type { EvaluationCommandType } from '../shared/messages';
import { notReady } from '../shared/not-ready';

/**
 * Refuses (RuleViolated 'phase-closed' or 'phase-not-open') a command type no open phase accepts;
 * see {@link PHASE_TABLE}.
 */
export const assertPhaseAccepts = (_type: EvaluationCommandType, _cycle: CycleState): void => notReady('assertPhaseAccepts');

/** Whether a period is closed (its phase closed): it changes only by a correction with a reason. */
export const isPeriodClosed = (_cycle: CycleState, _period: string): boolean => notReady('isPeriodClosed');
