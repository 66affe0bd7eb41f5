import type { BonusTerms, DeductionTerms } from './proposal.events';

/** What was proposed against or for a unit. */
export type ProposalSubject =
  | Readonly<{ kind: 'deduction'; terms: DeductionTerms; origin: 'inspection' | 'complaint' }>
  | Readonly<{ kind: 'bonus'; terms: BonusTerms }>
  | Readonly<{ kind: 'veto'; vetoId: string }>;

type About = Readonly<{ proposalId: string; unitId: string }>;
/** Who recorded the proposal, and the event the approval points at. */
type Proposed = About & Readonly<{ subject: ProposalSubject; proposedBy: string; proposedEventId: string }>;

/** Nothing recorded yet. */
export type NoProposal = Readonly<{ status: 'none' }>;
/** A complaint registered, not yet investigated. */
export type ComplaintUnderInvestigation = About & Readonly<{ status: 'complaint-registered'; registeredBy: string }>;
/** A complaint found not upheld: nothing to review. */
export type ComplaintNotUpheld = About & Readonly<{ status: 'not-upheld' }>;
/** Waiting for review. */
export type ProposalPending = Proposed & Readonly<{ status: 'proposed' }>;
/** Approved (or confirmed) with these terms. */
export type ProposalApproved = Proposed & Readonly<{ status: 'approved'; approved: ProposalSubject; approvalEventId: string; approvedBy: string }>;
/** Rejected in review. */
export type ProposalRejected = Proposed & Readonly<{ status: 'rejected' }>;
/** Approved, then revoked (after an appeal). */
export type ProposalRevoked = Proposed &
  Readonly<{ status: 'revoked'; approved: ProposalSubject; approvalEventId: string; revokedBy: string; appealId?: string }>;

/** The folded `proposal-<cycleId>-<proposalId>` stream: proposed → approved | rejected; approved → revoked. */
export type ProposalState =
  | NoProposal
  | ComplaintUnderInvestigation
  | ComplaintNotUpheld
  | ProposalPending
  | ProposalApproved
  | ProposalRejected
  | ProposalRevoked;
