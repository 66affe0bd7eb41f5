import type { DomainCommand } from '../shared/envelope.types';
import type { BonusTerms, DeductionTerms } from './proposal.events';

type NewProposal = { cycleId: string; proposalId: string; unitId: string };
type ExistingProposal = { cycleId: string; proposalId: string };

/** Inspector: record a finding with a proposed deduction; evidence required. */
export type RecordInspectionFinding = DomainCommand<
  'RecordInspectionFinding',
  NewProposal & DeductionTerms & { source: string; what: string; where: string }
>;
/** Complaint handler: register a complaint about a unit. */
export type RegisterComplaint = DomainCommand<'RegisterComplaint', NewProposal & { summary: string; channel?: string }>;
/** Complaint handler: record the investigation's outcome; a proposed deduction when upheld. */
export type RecordComplaintFinding = DomainCommand<
  'RecordComplaintFinding',
  NewProposal & { upheld: boolean; findings: string; deduction?: DeductionTerms }
>;
/** Unit reporter (own unit): claim a bonus for an award; the document is required. */
export type ClaimBonus = DomainCommand<'ClaimBonus', NewProposal & BonusTerms & { what: string; document: string }>;
/** Office or inspector: record a veto incident of a kind the unit's category knows. */
export type RecordVetoIncident = DomainCommand<
  'RecordVetoIncident',
  NewProposal & { vetoId: string; what: string; occurredOn?: string }
>;
/** Committee: approve a proposed deduction, optionally adjusting its terms (reason required then). */
export type ApproveDeduction = DomainCommand<
  'ApproveDeduction',
  ExistingProposal & { amount?: string; count?: string; persons?: string }
>;
/** Committee: reject a proposed deduction (reason required). */
export type RejectDeduction = DomainCommand<'RejectDeduction', ExistingProposal>;
/** Committee or system (appeal workflow): revoke an approved deduction (reason required). */
export type RevokeDeduction = DomainCommand<'RevokeDeduction', ExistingProposal & { appealId?: string }>;
/** Committee: approve a bonus claim, optionally adjusting it (reason required then). */
export type ApproveBonus = DomainCommand<'ApproveBonus', ExistingProposal & { count?: string; amount?: string }>;
/** Committee: reject a bonus claim (reason required). */
export type RejectBonus = DomainCommand<'RejectBonus', ExistingProposal>;
/** Committee or system (appeal workflow): revoke an approved bonus (reason required). */
export type RevokeBonus = DomainCommand<'RevokeBonus', ExistingProposal & { appealId?: string }>;
/** Committee: confirm a veto incident. */
export type ConfirmVeto = DomainCommand<'ConfirmVeto', ExistingProposal>;
/** Committee: reject a veto incident (reason required). */
export type RejectVeto = DomainCommand<'RejectVeto', ExistingProposal>;
/** Committee or system (appeal workflow): revoke a confirmed veto (reason required). */
export type RevokeVeto = DomainCommand<'RevokeVeto', ExistingProposal & { appealId?: string }>;

/** The commands of a `proposal-<cycleId>-<proposalId>` stream. */
export type ProposalCommand =
  | RecordInspectionFinding
  | RegisterComplaint
  | RecordComplaintFinding
  | ClaimBonus
  | RecordVetoIncident
  | ApproveDeduction
  | RejectDeduction
  | RevokeDeduction
  | ApproveBonus
  | RejectBonus
  | RevokeBonus
  | ConfirmVeto
  | RejectVeto
  | RevokeVeto;
export type ProposalCommandType = ProposalCommand['type'];
export const PROPOSAL_COMMAND_TYPES: readonly ProposalCommandType[] = [
  'RecordInspectionFinding',
  'RegisterComplaint',
  'RecordComplaintFinding',
  'ClaimBonus',
  'RecordVetoIncident',
  'ApproveDeduction',
  'RejectDeduction',
  'RevokeDeduction',
  'ApproveBonus',
  'RejectBonus',
  'RevokeBonus',
  'ConfirmVeto',
  'RejectVeto',
  'RevokeVeto',
];
