import type { AppealState } from '../appeals/appeal.state';
import type { CycleState } from '../cycle/cycle.state';
import type { ProposalState } from '../proposals/proposal.state';
import type { RectificationState } from '../rectification/rectification.state';
import type { Forbidden } from '../shared/domain-error';
import type { EvaluationCommand } from '../shared/messages';
import { notReady } from '../shared/not-ready';
import type { UnitState } from '../units/unit.state';

/** The folded streams an authorization may look at; the deciders pass what they have. */
export type AccessScope = Readonly<{
  cycle?: CycleState;
  unit?: UnitState;
  proposal?: ProposalState;
  appeal?: AppealState;
  rectification?: RectificationState;
}>;

/** Allowed, or refused by a named rule. */
export type Authorization = Readonly<{ ok: true }> | Readonly<{ ok: false; error: Forbidden }>;

/**
 * Whether the command's actor (`command.meta.actor`) may send it: the role table, then the
 * scoped rules (own unit, own indicator, assigned rater, no self-approval…). Pure; the
 * deciders call it too, so a handler cannot skip it.
 */
export const authorize = (_command: EvaluationCommand, _scope: AccessScope): Authorization => notReady('authorize');
