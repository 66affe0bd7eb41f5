import type { DomainEvent } from '../shared/envelope.types';

/** What an appeal contests: a proposal's outcome (a deduction, a veto…), one recorded fact, or the unit's published result. */
export type AppealTarget =
  | Readonly<{ kind: 'proposal'; proposalId: string }>
  | Readonly<{ kind: 'fact'; factId: string }>
  | Readonly<{ kind: 'results'; categoryId: string }>;

export type AppealOutcome = 'upheld' | 'partly-upheld' | 'dismissed';

/** The kind of approval an upheld appeal revokes. */
export type RevocableKind = 'deduction' | 'bonus' | 'veto';
/** An approval the decision revokes: the workflow sends the matching Revoke… command. */
export type AppealRevocation = Readonly<{ proposalId: string; kind: RevocableKind }>;

/** A unit appealed (申诉) during the notice period. */
export type AppealFiled = DomainEvent<
  'AppealFiled',
  { cycleId: string; appealId: string; unitId: string; against: AppealTarget; grounds: string }
>;
/** The committee decided the appeal (复核); what it revokes is carried out by the appeal workflow. */
export type AppealDecided = DomainEvent<
  'AppealDecided',
  {
    cycleId: string;
    appealId: string;
    unitId: string;
    outcome: AppealOutcome;
    revokes: readonly AppealRevocation[];
    note?: string;
  }
>;

/** The events of an `appeal-<cycleId>-<appealId>` stream. */
export type AppealEvent = AppealFiled | AppealDecided;
export type AppealEventType = AppealEvent['type'];
export const APPEAL_EVENT_TYPES: readonly AppealEventType[] = ['AppealFiled', 'AppealDecided'];
