import type { Recorded } from '../shared/envelope.types';
import type { EvaluationCommand } from '../shared/messages';
import { notReady } from '../shared/not-ready';
import type { AppealDecided } from './appeal.events';

/** What the worker should do: send a command (as the system), or nothing, with the reason. */
export type Intention = Readonly<{ kind: 'command'; command: EvaluationCommand }> | Readonly<{ kind: 'ignore'; reason: string }>;

/**
 * The appeal workflow: a decided appeal's consequences. For each approval it revokes, a
 * RevokeDeduction / RevokeBonus / RevokeVeto command sent by `system`, with a command id derived
 * from the decision's event id (so a retried workflow is idempotent).
 */
export const appealWorkflow = {
  decide: (_event: Recorded<AppealDecided>): readonly Intention[] => notReady('appealWorkflow.decide'),
};
