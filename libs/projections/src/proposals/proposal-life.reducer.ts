import type { EvaluationEvent, Recorded } from '@kaoping/evaluation';

export type ProposalKind = 'deduction' | 'bonus' | 'veto';
export type ProposalStatus = 'under-investigation' | 'pending' | 'not-upheld' | 'approved' | 'rejected' | 'revoked';

/** Who did a step of a proposal's life, in which role, when and why. */
export type ProposalStep = Readonly<{ eventId: string; actorId: string; role: string; at: string; reason: string | null }>;

/** How one event changes a proposal's row (pure). */
export type ProposalChange =
  | Readonly<{
      kind: 'recorded';
      cycleId: string;
      proposalId: string;
      unitId: string;
      proposalKind: ProposalKind;
      status: ProposalStatus;
      what: string;
      terms: unknown;
      evidence: readonly string[];
      step: ProposalStep;
      position: string;
    }>
  | Readonly<{
      kind: 'decided' | 'revoked';
      cycleId: string;
      proposalId: string;
      status: ProposalStatus;
      terms?: unknown;
      /** Evidence the step adds to the proposal's (a complaint's investigation record). */
      evidence?: readonly string[];
      step: ProposalStep;
      appealId?: string;
      position: string;
    }>;

const stepOf = (event: Recorded<EvaluationEvent>): ProposalStep => ({
  eventId: event.id,
  actorId: event.metadata.actorId,
  role: event.metadata.role,
  at: event.metadata.recordedAt,
  reason: event.metadata.reason ?? null,
});

/** The change a proposal event makes to the proposals read model; null for other events. */
export const proposalChangeOf = (event: Recorded<EvaluationEvent>): ProposalChange | null => {
  const position = event.position ?? '0';
  const step = stepOf(event);
  const recorded = (proposalKind: ProposalKind, status: ProposalStatus, what: string, terms: unknown, data: Readonly<{ cycleId: string; proposalId: string; unitId: string }>): ProposalChange => ({
    kind: 'recorded',
    cycleId: data.cycleId,
    proposalId: data.proposalId,
    unitId: data.unitId,
    proposalKind,
    status,
    what,
    terms,
    evidence: event.metadata.evidence ?? [],
    step,
    position,
  });
  switch (event.type) {
    case 'InspectionFindingRecorded': {
      const { cycleId, proposalId, unitId, what, where, ...terms } = event.data;
      return recorded('deduction', 'pending', `${what} (${where})`, terms, { cycleId, proposalId, unitId });
    }
    case 'ComplaintRegistered':
      return recorded('deduction', 'under-investigation', event.data.summary, {}, event.data);
    case 'ComplaintFindingRecorded':
      // What the investigation found on file goes with the complaint's evidence: the committee
      // decides the deduction it proposes on both.
      return {
        kind: 'decided',
        cycleId: event.data.cycleId,
        proposalId: event.data.proposalId,
        status: event.data.upheld ? 'pending' : 'not-upheld',
        terms: event.data.deduction ?? {},
        evidence: event.metadata.evidence ?? [],
        step,
        position,
      };
    case 'BonusClaimed': {
      const { cycleId, proposalId, unitId, what, document, ...terms } = event.data;
      return recorded('bonus', 'pending', what, { ...terms, document }, { cycleId, proposalId, unitId });
    }
    case 'VetoIncidentRecorded':
      return recorded('veto', 'pending', event.data.what, { vetoId: event.data.vetoId }, event.data);
    case 'DeductionApproved':
    case 'BonusApproved':
    case 'VetoConfirmed': {
      const { cycleId, proposalId, unitId: _unit, approves: _approves, ...terms } = event.data;
      return { kind: 'decided', cycleId, proposalId, status: 'approved', terms, step, position };
    }
    case 'DeductionRejected':
    case 'BonusRejected':
    case 'VetoRejected':
      return { kind: 'decided', cycleId: event.data.cycleId, proposalId: event.data.proposalId, status: 'rejected', step, position };
    case 'DeductionRevoked':
    case 'BonusRevoked':
    case 'VetoRevoked':
      return {
        kind: 'revoked',
        cycleId: event.data.cycleId,
        proposalId: event.data.proposalId,
        status: 'revoked',
        step,
        position,
        ...(event.data.appealId === undefined ? {} : { appealId: event.data.appealId }),
      };
    default:
      return null;
  }
};
