import type { ActingUser } from '@kaoping/identity';
import { Forbidden } from '@kaoping/evaluation';

/**
 * Who may read which read model (LIFECYCLE.md): office, committee and auditor see everything; a
 * unit reporter only its own unit; a data provider the status of its own indicators; inspectors
 * and complaint handlers the proposals they recorded; leaders scores only once published (they
 * must not see other leaders' ratings before publication); a data provider the assignments and
 * board of its own indicators; a leader its own rater assignments.
 */
const EVERY_PERSON = ['office', 'committee', 'auditor', 'admin', 'leader', 'unit-reporter', 'data-provider', 'inspector', 'complaint-handler', 'survey-office'] as const;

export const QUERY_ROLES = {
  ReadLiveScores: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'leader'],
  ReadExplainedScore: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'leader'],
  // The survey office reads the survey deadlines' rows only: who still owes a survey result.
  ReadSubmissionStatus: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'data-provider', 'survey-office'],
  ReadReviewQueue: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'inspector', 'complaint-handler'],
  ReadAuditTrail: ['office', 'committee', 'auditor', 'admin', 'unit-reporter'],
  ReadIndicatorAuditTrail: ['office', 'committee', 'auditor', 'admin'],
  // What a person recorded under their own account (a leader's ratings, an inspector's findings).
  ReadOwnRecords: EVERY_PERSON,
  // The console's pick lists and boards (apps/api/src/reads). Cycles, schemes and unit names are
  // open to every person at work in a cycle; a unit reporter sees its own unit only.
  ListCycles: EVERY_PERSON,
  ReadScheme: EVERY_PERSON,
  ListUnits: EVERY_PERSON,
  ListAssignments: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'data-provider'],
  ListRaters: ['office', 'committee', 'auditor', 'admin', 'leader'],
  ListProposals: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'inspector', 'complaint-handler'],
  ListAppeals: ['office', 'committee', 'auditor', 'admin', 'unit-reporter'],
  ListRectifications: ['office', 'committee', 'auditor', 'admin', 'unit-reporter'],
  ListResults: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'leader'],
  ListSnapshots: ['office', 'committee', 'auditor', 'admin', 'unit-reporter'],
  ReadPhaseBoard: ['office', 'committee', 'auditor', 'admin', 'unit-reporter', 'data-provider'],
  ReadEvidence: EVERY_PERSON,
  UploadEvidence: ['office', 'committee', 'leader', 'unit-reporter', 'data-provider', 'inspector', 'complaint-handler', 'survey-office'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type QueryAction = keyof typeof QUERY_ROLES;

const refuse = (message: string, rule: string): Forbidden => new Forbidden({ code: 'not-allowed', message, details: [{ path: 'role', rule, message }] });

export const assertMayRead = (actor: ActingUser, action: QueryAction): void => {
  const roles: readonly string[] = QUERY_ROLES[action];
  if (!roles.includes(actor.role)) throw refuse(`the ${actor.role} role may not ${action} (allowed: ${roles.join(', ')})`, 'role-not-allowed');
};

/** A unit reporter reads its own unit only. */
export const assertOwnUnit = (actor: ActingUser, unitId: string): void => {
  if (actor.role === 'unit-reporter' && actor.unitId !== unitId) throw refuse(`a unit reporter of ${actor.unitId ?? '(no unit)'} may not read unit ${unitId}`, 'own-unit-only');
};

/** Leaders see scores (which hold other leaders' ratings) only once the category's results are published. */
export const assertLeaderMaySeeScores = (actor: ActingUser, published: boolean): void => {
  if (actor.role === 'leader' && !published) throw refuse('leaders see scores only after the results are published', 'before-publication');
};
