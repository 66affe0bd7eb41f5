import type { DomainEvent } from '../shared/envelope.types';

/**
 * How much a deduction is: under a scheme rule (`ruleId`: its points × `count` items or
 * `persons`), or against a deduction-based indicator (`indicatorId`), with `amount` points where
 * the rule has none. Decimals as strings.
 */
export type DeductionTerms = Readonly<{
  ruleId?: string;
  indicatorId?: string;
  /** The inspecting body (a scheme source id): per-source caps count by it. */
  source?: string;
  amount?: string;
  count?: string;
  persons?: string;
  period?: string;
}>;

/** How much a bonus is: an award level (`ruleId`) `count` times, or `amount` points. */
export type BonusTerms = Readonly<{ ruleId: string; count?: string; amount?: string }>;

type ProposalRef = { cycleId: string; proposalId: string; unitId: string };

/** An inspector recorded a spot-check finding with a proposed deduction (evidence in metadata). */
export type InspectionFindingRecorded = DomainEvent<
  'InspectionFindingRecorded',
  ProposalRef & DeductionTerms & { source: string; what: string; where: string }
>;
/** A complaint handler registered a complaint about a unit. */
export type ComplaintRegistered = DomainEvent<'ComplaintRegistered', ProposalRef & { summary: string; channel?: string }>;
/** The investigation's outcome: upheld (查实) with a proposed deduction, or not upheld. */
export type ComplaintFindingRecorded = DomainEvent<
  'ComplaintFindingRecorded',
  ProposalRef & { upheld: boolean; findings: string; deduction?: DeductionTerms }
>;
/** A unit claimed a bonus for an award (the award document as evidence). */
export type BonusClaimed = DomainEvent<'BonusClaimed', ProposalRef & BonusTerms & { what: string; document: string }>;
/** A veto incident (一票否决: a major safety accident…) was recorded against a unit. */
export type VetoIncidentRecorded = DomainEvent<
  'VetoIncidentRecorded',
  ProposalRef & { vetoId: string; what: string; occurredOn?: string }
>;

/**
 * The committee approved a proposed deduction, with the terms it approved (adjusted with a reason
 * when they differ from the proposal). `approves` is the id of the finding's event.
 */
export type DeductionApproved = DomainEvent<'DeductionApproved', ProposalRef & DeductionTerms & { approves: string; adjusted: boolean }>;
/** The committee rejected a proposed deduction (reason in metadata). */
export type DeductionRejected = DomainEvent<'DeductionRejected', ProposalRef & { rejects: string }>;
/** An approved deduction was revoked (after an appeal); `revokes` is the approval's event id. */
export type DeductionRevoked = DomainEvent<'DeductionRevoked', ProposalRef & { revokes: string; appealId?: string }>;
/** The committee approved a bonus claim, with the terms it approved. */
export type BonusApproved = DomainEvent<'BonusApproved', ProposalRef & BonusTerms & { approves: string; adjusted: boolean }>;
/** The committee rejected a bonus claim (reason in metadata). */
export type BonusRejected = DomainEvent<'BonusRejected', ProposalRef & { rejects: string }>;
/** An approved bonus was revoked; `revokes` is the approval's event id. */
export type BonusRevoked = DomainEvent<'BonusRevoked', ProposalRef & { revokes: string; appealId?: string }>;
/** The committee confirmed a veto incident: the scheme's veto applies to the unit. */
export type VetoConfirmed = DomainEvent<'VetoConfirmed', ProposalRef & { vetoId: string; approves: string }>;
/** The committee rejected a veto incident (reason in metadata). */
export type VetoRejected = DomainEvent<'VetoRejected', ProposalRef & { rejects: string }>;
/** A confirmed veto was revoked; `revokes` is the confirmation's event id. */
export type VetoRevoked = DomainEvent<'VetoRevoked', ProposalRef & { revokes: string; appealId?: string }>;

/** The events of a `proposal-<cycleId>-<proposalId>` stream. */
export type ProposalEvent =
  | InspectionFindingRecorded
  | ComplaintRegistered
  | ComplaintFindingRecorded
  | BonusClaimed
  | VetoIncidentRecorded
  | DeductionApproved
  | DeductionRejected
  | DeductionRevoked
  | BonusApproved
  | BonusRejected
  | BonusRevoked
  | VetoConfirmed
  | VetoRejected
  | VetoRevoked;
export type ProposalEventType = ProposalEvent['type'];
export const PROPOSAL_EVENT_TYPES: readonly ProposalEventType[] = [
  'InspectionFindingRecorded',
  'ComplaintRegistered',
  'ComplaintFindingRecorded',
  'BonusClaimed',
  'VetoIncidentRecorded',
  'DeductionApproved',
  'DeductionRejected',
  'DeductionRevoked',
  'BonusApproved',
  'BonusRejected',
  'BonusRevoked',
  'VetoConfirmed',
  'VetoRejected',
  'VetoRevoked',
];
