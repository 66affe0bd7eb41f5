import { assertRoleMaySend, assertScopeAllows, type AccessScope } from '../access/authorize';
import type { ActiveCycle, CycleState } from '../cycle/cycle.state';
import { assertPhaseAccepts, requireActiveCycle } from '../phases/phase.rules';
import type { DomainEvent } from '../shared/envelope.types';
import type { EvaluationCommand } from '../shared/messages';

/**
 * What one stream kind tells the guards: the cycle a command is judged against (the cycle stream
 * judges itself), the active cycle its rules need (`requiresActiveCycle` for all but the cycle's
 * creation), and which folded streams the scoped authorization looks at (it may refuse first: an
 * unregistered unit, an unknown order).
 */
export type KindGuards<C extends EvaluationCommand, S, X, A extends ActiveCycle | undefined> = Readonly<{
  cycleOf: (input: Readonly<{ state: S; context: X }>) => CycleState;
  activeCycle: (command: C, cycle: CycleState) => A;
  scope: (command: C, input: Readonly<{ state: S; context: X; cycle: A }>) => AccessScope;
}>;

/** The cycle with a published scheme (NotFound / RuleViolated otherwise): what most rules need. */
export const requiresActiveCycle = (_command: EvaluationCommand, cycle: CycleState): ActiveCycle => requireActiveCycle(cycle);

/**
 * The one place every command passes the same guards, in this order: the role table (consulted
 * here only); the phase table; the cycle's published scheme; the scoped rules (own unit, own
 * indicator, assigned rater, no self-approval…). Then the kind's own rules decide. A repeated
 * command id never gets here: the command shell answers it from the log.
 */
export const guarded =
  <C extends EvaluationCommand, E extends DomainEvent, S, X, A extends ActiveCycle | undefined>(
    guards: KindGuards<C, S, X, A>,
    rules: (command: C, input: Readonly<{ state: S; context: X; cycle: A }>) => E[],
  ) =>
  (command: C, input: Readonly<{ state: S; context: X }>): E[] => {
    const { state, context } = input;
    assertRoleMaySend(command);
    const judgedBy = guards.cycleOf(input);
    assertPhaseAccepts(command.type, judgedBy);
    const cycle = guards.activeCycle(command, judgedBy);
    assertScopeAllows(command, guards.scope(command, { state, context, cycle }));
    return rules(command, { state, context, cycle });
  };
