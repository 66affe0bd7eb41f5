import type { Recorded } from '../shared/envelope.types';
import type { EvaluationCommand } from '../shared/messages';
import type { AppealDecided, AppealRevocation } from './appeal.events';

/** What the worker should do: send a command (as the system), or nothing, with the reason. */
export type Intention = Readonly<{ kind: 'command'; command: EvaluationCommand }> | Readonly<{ kind: 'ignore'; reason: string }>;

/** The system actor the workflow's commands are sent as. */
export const SYSTEM_ACTOR = { userId: 'system', role: 'system' } as const;

const revocationCommand = (event: Recorded<AppealDecided>, revocation: AppealRevocation): EvaluationCommand => {
  const { cycleId, appealId, outcome } = event.data;
  const data = { cycleId, proposalId: revocation.proposalId, appealId };
  const meta = {
    // Derived from the decision, so a retried workflow sends the same command id (idempotent).
    commandId: `${event.id}:revoke:${revocation.proposalId}`,
    actor: SYSTEM_ACTOR,
    now: event.metadata.recordedAt,
    reason: `appeal ${appealId} ${outcome}`,
  };
  switch (revocation.kind) {
    case 'deduction':
      return { type: 'RevokeDeduction', data, meta };
    case 'bonus':
      return { type: 'RevokeBonus', data, meta };
    case 'veto':
      return { type: 'RevokeVeto', data, meta };
    default: {
      const unhandled: never = revocation.kind;
      return unhandled;
    }
  }
};

/**
 * The appeal workflow: a decided appeal's consequences. For each approval it revokes, a
 * RevokeDeduction / RevokeBonus / RevokeVeto command sent by `system`, with a command id derived
 * from the decision's event id (so a retried workflow is idempotent). A dismissed appeal, or an
 * upheld one that revokes nothing (a score recomputed and published again by the office), is
 * ignored with the reason.
 */
export const appealWorkflow = {
  decide: (event: Recorded<AppealDecided>): readonly Intention[] => {
    if (event.data.outcome === 'dismissed') return [{ kind: 'ignore', reason: `appeal ${event.data.appealId} was dismissed` }];
    if (event.data.revokes.length === 0) {
      return [{ kind: 'ignore', reason: `appeal ${event.data.appealId} ${event.data.outcome} revokes no approval; results are recomputed and published again by the office` }];
    }
    return event.data.revokes.map((revocation) => ({ kind: 'command', command: revocationCommand(event, revocation) }));
  },
};
