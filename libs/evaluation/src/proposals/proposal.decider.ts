import { guarded, requiresActiveCycle } from '../deciding/guards';
import type { ActiveCycle, CycleState } from '../cycle/cycle.state';
import { Conflict, NotFound, RuleViolated, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type Recorded } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { requireEvidence, requireReason, requireText } from '../shared/validation.util';
import { categoryOf, requireRegistered } from '../units/unit.rules';
import type { RegisteredUnit, UnitState } from '../units/unit.state';
import type {
  ApproveBonus,
  ApproveDeduction,
  ClaimBonus,
  ProposalCommand,
  RecordComplaintFinding,
  RecordInspectionFinding,
  RecordVetoIncident,
  RegisterComplaint,
} from './proposal.commands';
import type { ProposalEvent } from './proposal.events';
import { adjustedTerms, assertSameUnit, bonusTerms, deductionTerms } from './proposal-terms.rules';
import type { ProposalApproved, ProposalPending, ProposalState, ProposalSubject } from './proposal.state';

/** A proposal command is decided against the cycle and, for commands naming a unit, that unit's stream. */
export type ProposalContext = Readonly<{ cycle: CycleState; unit?: UnitState }>;

/** The proposal stream before its first event. */
export const initialProposalState = (): ProposalState => ({ status: 'none' });

// ── decide: recording ───────────────────────────────────────────────────────────────────────────

type NewOn<C> = Readonly<{ command: C; cycle: ActiveCycle; unit: RegisteredUnit }>;

const recordInspectionFinding = ({ command, cycle, unit }: NewOn<RecordInspectionFinding>): ProposalEvent[] => {
  requireEvidence(command.meta);
  const { cycleId, proposalId, unitId, what, where, source, ...terms } = command.data;
  const checked = deductionTerms({ terms: { ...terms, source }, cycle, category: categoryOf(cycle, unit), path: '' });
  return [
    {
      type: 'InspectionFindingRecorded',
      data: {
        cycleId,
        proposalId,
        unitId,
        ...checked,
        source: requireText({ path: 'source', value: source }),
        what: requireText({ path: 'what', value: what }),
        where: requireText({ path: 'where', value: where }),
      },
    },
  ];
};

const registerComplaint = ({ command }: NewOn<RegisterComplaint>): ProposalEvent[] => {
  const { cycleId, proposalId, unitId, summary, channel } = command.data;
  return [
    {
      type: 'ComplaintRegistered',
      data: { cycleId, proposalId, unitId, summary: requireText({ path: 'summary', value: summary }), ...(channel === undefined ? {} : { channel }) },
    },
  ];
};

const recordComplaintFinding = (input: NewOn<RecordComplaintFinding> & Readonly<{ state: ProposalState }>): ProposalEvent[] => {
  const { command, cycle, unit, state } = input;
  if (state.status === 'none') throw new NotFound({ code: 'complaint-not-found', message: 'no complaint is registered under this id' });
  if (state.status !== 'complaint-registered') throw new Conflict({ code: 'finding-already-recorded', message: 'the complaint has its finding already' });
  assertSameUnit({ expected: state.unitId, given: command.data.unitId });
  const { cycleId, proposalId, unitId, upheld, findings, deduction } = command.data;
  if (upheld && deduction === undefined) {
    throw invalidField({ path: 'deduction', rule: 'deduction-required', message: 'an upheld complaint proposes a deduction' });
  }
  if (!upheld && deduction !== undefined) {
    throw invalidField({ path: 'deduction', rule: 'no-deduction-if-not-upheld', message: 'a complaint not upheld proposes no deduction' });
  }
  const checked = deduction === undefined ? undefined : deductionTerms({ terms: deduction, cycle, category: categoryOf(cycle, unit), path: 'deduction' });
  return [
    {
      type: 'ComplaintFindingRecorded',
      data: {
        cycleId,
        proposalId,
        unitId,
        upheld,
        findings: requireText({ path: 'findings', value: findings }),
        ...(checked === undefined ? {} : { deduction: checked }),
      },
    },
  ];
};

const claimBonus = ({ command, cycle, unit }: NewOn<ClaimBonus>): ProposalEvent[] => {
  const { cycleId, proposalId, unitId, what, document, ...terms } = command.data;
  const checked = bonusTerms({ terms, cycle, category: categoryOf(cycle, unit), path: '' });
  return [
    {
      type: 'BonusClaimed',
      data: {
        cycleId,
        proposalId,
        unitId,
        ...checked,
        what: requireText({ path: 'what', value: what }),
        document: requireText({ path: 'document', value: document }),
      },
    },
  ];
};

const recordVetoIncident = ({ command, cycle, unit }: NewOn<RecordVetoIncident>): ProposalEvent[] => {
  const { cycleId, proposalId, unitId, vetoId, what, occurredOn } = command.data;
  const category = categoryOf(cycle, unit);
  if (!category.vetoes.has(vetoId)) {
    throw invalidField({ path: 'vetoId', rule: 'unknown-veto', message: `${vetoId} is not a veto of category ${category.id}` });
  }
  return [
    {
      type: 'VetoIncidentRecorded',
      data: { cycleId, proposalId, unitId, vetoId, what: requireText({ path: 'what', value: what }), ...(occurredOn === undefined ? {} : { occurredOn }) },
    },
  ];
};

type NewProposalCommand = Extract<ProposalCommand, { data: { unitId: string } }>;

const decideNew = (command: NewProposalCommand, input: Readonly<{ state: ProposalState; cycle: ActiveCycle; unit: RegisteredUnit }>): ProposalEvent[] => {
  const on = { cycle: input.cycle, unit: input.unit };
  if (command.type === 'RecordComplaintFinding') return recordComplaintFinding({ command, ...on, state: input.state });
  if (input.state.status !== 'none') throw new Conflict({ code: 'proposal-exists', message: `proposal ${command.data.proposalId} exists already` });
  switch (command.type) {
    case 'RecordInspectionFinding':
      return recordInspectionFinding({ command, ...on });
    case 'RegisterComplaint':
      return registerComplaint({ command, ...on });
    case 'ClaimBonus':
      return claimBonus({ command, ...on });
    case 'RecordVetoIncident':
      return recordVetoIncident({ command, ...on });
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
};

// ── decide: review ──────────────────────────────────────────────────────────────────────────────

type Kind = ProposalSubject['kind'];

const pendingOf = (state: ProposalState, kind: Kind): ProposalPending => {
  if (state.status === 'none') throw new NotFound({ code: 'proposal-not-found', message: 'no proposal under this id' });
  if (state.status === 'complaint-registered') throw new RuleViolated({ code: 'complaint-under-investigation', message: 'the complaint has no finding yet' });
  if (state.status === 'not-upheld') throw new RuleViolated({ code: 'complaint-not-upheld', message: 'the complaint was not upheld: nothing to review' });
  if (state.subject.kind !== kind) throw new RuleViolated({ code: 'wrong-proposal-kind', message: `proposal ${state.proposalId} is a ${state.subject.kind}, not a ${kind}` });
  if (state.status !== 'proposed') throw new RuleViolated({ code: 'already-decided', message: `proposal ${state.proposalId} is ${state.status} already` });
  return state;
};

const approvedOf = (state: ProposalState, kind: Kind): ProposalApproved => {
  if (state.status === 'none') throw new NotFound({ code: 'proposal-not-found', message: 'no proposal under this id' });
  if (state.status === 'complaint-registered' || state.status === 'not-upheld' || state.subject.kind !== kind) {
    throw new RuleViolated({ code: 'wrong-proposal-kind', message: `proposal ${state.proposalId} has no approved ${kind}` });
  }
  if (state.status !== 'approved') throw new RuleViolated({ code: 'not-approved', message: `proposal ${state.proposalId} is ${state.status}: only an approved one can be revoked` });
  return state;
};

const refOf = (state: ProposalPending | ProposalApproved, cycleId: string) => ({ cycleId, proposalId: state.proposalId, unitId: state.unitId });

type Reviewing = Readonly<{ state: ProposalState; cycleId: string }>;

const approveDeduction = (command: ApproveDeduction, { state, cycleId }: Reviewing): ProposalEvent[] => {
  const pending = pendingOf(state, 'deduction');
  if (pending.subject.kind !== 'deduction') return [];
  const { terms, adjusted } = adjustedTerms({ proposed: pending.subject.terms, given: command.data, meta: command.meta });
  return [{ type: 'DeductionApproved', data: { ...refOf(pending, cycleId), ...terms, approves: pending.proposedEventId, adjusted } }];
};

const approveBonus = (command: ApproveBonus, { state, cycleId }: Reviewing): ProposalEvent[] => {
  const pending = pendingOf(state, 'bonus');
  if (pending.subject.kind !== 'bonus') return [];
  if ('persons' in command.data) throw invalidField({ path: 'persons', rule: 'unknown-field', message: 'a bonus counts items, not persons' });
  const { terms, adjusted } = adjustedTerms({ proposed: pending.subject.terms, given: command.data, meta: command.meta });
  return [{ type: 'BonusApproved', data: { ...refOf(pending, cycleId), ...terms, approves: pending.proposedEventId, adjusted } }];
};

const reject = (input: Readonly<{ command: ProposalCommand; state: ProposalState; kind: Kind; cycleId: string }>): ProposalEvent[] => {
  requireReason(input.command.meta);
  const pending = pendingOf(input.state, input.kind);
  const data = { ...refOf(pending, input.cycleId), rejects: pending.proposedEventId };
  switch (input.kind) {
    case 'deduction':
      return [{ type: 'DeductionRejected', data }];
    case 'bonus':
      return [{ type: 'BonusRejected', data }];
    case 'veto':
      return [{ type: 'VetoRejected', data }];
    default: {
      const unhandled: never = input.kind;
      return unhandled;
    }
  }
};

const revoke = (input: Readonly<{ command: ProposalCommand & { data: { appealId?: string } }; state: ProposalState; kind: Kind; cycleId: string }>): ProposalEvent[] => {
  requireReason(input.command.meta);
  const approved = approvedOf(input.state, input.kind);
  const { appealId } = input.command.data;
  const data = { ...refOf(approved, input.cycleId), revokes: approved.approvalEventId, ...(appealId === undefined ? {} : { appealId }) };
  switch (input.kind) {
    case 'deduction':
      return [{ type: 'DeductionRevoked', data }];
    case 'bonus':
      return [{ type: 'BonusRevoked', data }];
    case 'veto':
      return [{ type: 'VetoRevoked', data }];
    default: {
      const unhandled: never = input.kind;
      return unhandled;
    }
  }
};

const confirmVeto = (state: ProposalState, cycleId: string): ProposalEvent[] => {
  const pending = pendingOf(state, 'veto');
  if (pending.subject.kind !== 'veto') return [];
  return [{ type: 'VetoConfirmed', data: { ...refOf(pending, cycleId), vetoId: pending.subject.vetoId, approves: pending.proposedEventId } }];
};

type ReviewCommand = Exclude<ProposalCommand, NewProposalCommand>;

const decideReview = (command: ReviewCommand, { state, cycleId }: Reviewing): ProposalEvent[] => {
  switch (command.type) {
    case 'ApproveDeduction':
      return approveDeduction(command, { state, cycleId });
    case 'RejectDeduction':
      return reject({ command, state, kind: 'deduction', cycleId });
    case 'RevokeDeduction':
      return revoke({ command, state, kind: 'deduction', cycleId });
    case 'ApproveBonus':
      return approveBonus(command, { state, cycleId });
    case 'RejectBonus':
      return reject({ command, state, kind: 'bonus', cycleId });
    case 'RevokeBonus':
      return revoke({ command, state, kind: 'bonus', cycleId });
    case 'ConfirmVeto':
      return confirmVeto(state, cycleId);
    case 'RejectVeto':
      return reject({ command, state, kind: 'veto', cycleId });
    case 'RevokeVeto':
      return revoke({ command, state, kind: 'veto', cycleId });
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
};

const namesUnit = (command: ProposalCommand): command is NewProposalCommand => 'unitId' in command.data;

/** Decides a proposal command: [] for a command id already seen; throws a DomainError when refused. */
const unitNamedBy = (command: NewProposalCommand, context: ProposalContext) => {
  const unit = requireRegistered(context.unit);
  assertSameUnit({ expected: unit.unit.unitId, given: command.data.unitId });
  return unit;
};

export const decideProposal = guarded<ProposalCommand, ProposalEvent, ProposalState, ProposalContext, ActiveCycle>(
  {
    cycleOf: ({ context }) => context.cycle,
    activeCycle: requiresActiveCycle,
    scope: (command, { state, context, cycle }) =>
      namesUnit(command) ? { cycle, unit: unitNamedBy(command, context), proposal: state } : { cycle, proposal: state },
  },
  (command, { state, context, cycle }) =>
    namesUnit(command)
      ? decideNew(command, { state, cycle, unit: unitNamedBy(command, context) })
      : decideReview(command, { state, cycleId: cycle.cycleId }),
);

// ── evolve ──────────────────────────────────────────────────────────────────────────────────────

const proposed = (input: Readonly<{ state: ProposalState; event: Recorded<ProposalEvent>; subject: ProposalSubject }>): ProposalState => {
  const { event } = input;
  return {
    status: 'proposed',
    proposalId: event.data.proposalId,
    unitId: event.data.unitId,
    subject: input.subject,
    proposedBy: event.metadata.actorId,
    proposedEventId: event.id,
  };
};

const afterRecording = (state: ProposalState, event: Recorded<ProposalEvent>): ProposalState => {
  const about = { proposalId: event.data.proposalId, unitId: event.data.unitId };
  switch (event.type) {
    case 'InspectionFindingRecorded': {
      const { cycleId: _cycle, proposalId: _proposal, unitId: _unit, what: _what, where: _where, ...terms } = event.data;
      return proposed({ state, event, subject: { kind: 'deduction', terms, origin: 'inspection' } });
    }
    case 'ComplaintRegistered':
      return { ...about, status: 'complaint-registered', registeredBy: event.metadata.actorId };
    case 'ComplaintFindingRecorded':
      return event.data.upheld && event.data.deduction !== undefined
        ? proposed({ state, event, subject: { kind: 'deduction', terms: event.data.deduction, origin: 'complaint' } })
        : { ...about, status: 'not-upheld' };
    case 'BonusClaimed': {
      const { ruleId, count, amount } = event.data;
      return proposed({
        state,
        event,
        subject: { kind: 'bonus', terms: { ruleId, ...(count === undefined ? {} : { count }), ...(amount === undefined ? {} : { amount }) } },
      });
    }
    case 'VetoIncidentRecorded':
      return proposed({ state, event, subject: { kind: 'veto', vetoId: event.data.vetoId } });
    default:
      return state;
  }
};

const afterReview = (state: ProposalPending | ProposalApproved, event: Recorded<ProposalEvent>): ProposalState => {
  const base = {
    proposalId: state.proposalId,
    unitId: state.unitId,
    subject: state.subject,
    proposedBy: state.proposedBy,
    proposedEventId: state.proposedEventId,
  };
  const approved = (subject: ProposalSubject): ProposalState => ({
    ...base,
    status: 'approved',
    approved: subject,
    approvalEventId: event.id,
    approvedBy: event.metadata.actorId,
  });
  switch (event.type) {
    case 'DeductionApproved': {
      const { cycleId: _c, proposalId: _p, unitId: _u, approves: _a, adjusted: _adj, ...terms } = event.data;
      const origin = state.subject.kind === 'deduction' ? state.subject.origin : 'inspection';
      return approved({ kind: 'deduction', terms, origin });
    }
    case 'BonusApproved': {
      const { ruleId, count, amount } = event.data;
      return approved({ kind: 'bonus', terms: { ruleId, ...(count === undefined ? {} : { count }), ...(amount === undefined ? {} : { amount }) } });
    }
    case 'VetoConfirmed':
      return approved({ kind: 'veto', vetoId: event.data.vetoId });
    case 'DeductionRejected':
    case 'BonusRejected':
    case 'VetoRejected':
      return { ...base, status: 'rejected' };
    case 'DeductionRevoked':
    case 'BonusRevoked':
    case 'VetoRevoked':
      return state.status === 'approved'
        ? {
            ...base,
            status: 'revoked',
            approved: state.approved,
            approvalEventId: state.approvalEventId,
            revokedBy: event.metadata.actorId,
            ...(event.data.appealId === undefined ? {} : { appealId: event.data.appealId }),
          }
        : state;
    default:
      return state;
  }
};

const evolveStatus = (state: ProposalState, event: Recorded<ProposalEvent>): ProposalState => {
  switch (state.status) {
    case 'none':
    case 'complaint-registered':
      return afterRecording(state, event);
    case 'proposed':
    case 'approved':
      return afterReview(state, event);
    case 'not-upheld':
    case 'rejected':
    case 'revoked':
      return state;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
};

/** Folds one proposal event, changing in place only what the fold's draft owns; never throws. */
export const evolveProposalIn = (_draft: Draft, state: ProposalState, event: Recorded<ProposalEvent>): ProposalState => evolveStatus(state, event);

/** The decider of `proposal-<cycleId>-<proposalId>`. */
export const proposalDecider: Decider<ProposalCommand, ProposalEvent, ProposalState, ProposalContext> = deciderOf({
  initialState: initialProposalState,
  evolve: evolveProposalIn,
  decide: decideProposal,
});

/** Folds one proposal event into a state a caller holds (copying what it changes); never throws. */
export const evolveProposal = proposalDecider.evolve;
