import type { EvaluationCommandType } from '../shared/messages';
import { ROLES, type Role } from '../shared/envelope.types';

/**
 * Which command types each role may send at all (the route guard). Finer rules — own unit, own
 * indicator, assigned rater, no self-approval — are checked by {@link authorize} and the deciders.
 * `admin` provisions users (outside the lifecycle) and `auditor` reads: neither writes here.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly EvaluationCommandType[]>> = {
  admin: [],
  office: [
    'CreateCycle',
    'PublishScheme',
    'AmendScheme',
    'AssignRater',
    'OpenPhase',
    'ClosePhase',
    'MovePhase',
    'AmendCalendar',
    'ChaseUnits',
    'RegisterUnit',
    'MoveUnit',
    'RetireUnit',
    'AssignIndicator',
    'AssignUnitIndicators',
    'ChangeTarget',
    'ApproveEvaluationPlan',
    'ReturnEvaluationPlan',
    'RecordVetoIncident',
    'TakeSnapshot',
    'ComputeResults',
    'PublishResults',
    'OrderRectification',
    'AcceptRectification',
  ],
  committee: [
    'RateUnit',
    'ApproveDeduction',
    'RejectDeduction',
    'RevokeDeduction',
    'ApproveBonus',
    'RejectBonus',
    'RevokeBonus',
    'ConfirmVeto',
    'RejectVeto',
    'RevokeVeto',
    'DecideAppeal',
    'FinaliseResults',
    // 怀来: the assessment group's leader (组长) signs each month off; never his own rating.
    'SignOffPeriod',
  ],
  leader: ['RateUnit', 'SignOffPeriod'],
  'unit-reporter': [
    'SubmitEvaluationPlan',
    'SubmitData',
    'CorrectData',
    'SubmitSelfAssessment',
    'ClaimBonus',
    'FileAppeal',
    'SubmitRectificationPlan',
    'ReportRectificationCompleted',
  ],
  'data-provider': ['SubmitData', 'CorrectData'],
  inspector: ['RecordInspectionFinding', 'RecordVetoIncident'],
  'complaint-handler': ['RegisterComplaint', 'RecordComplaintFinding'],
  'survey-office': ['RecordSurveyResult'],
  auditor: [],
  system: [
    'OpenPhase',
    'ClosePhase',
    'RecordDeadlinePassed',
    'IssueReminder',
    'TakeSnapshot',
    'ComputeResults',
    // Once the notice period has ended and every appeal is decided (the decider checks both), so
    // offices need not chase finalisation by hand.
    'FinaliseResults',
    'RevokeDeduction',
    'RevokeBonus',
    'RevokeVeto',
    'MarkRectificationOverdue',
  ],
};

/** Whether the role may send this command type at all. */
export const roleMaySend = (role: Role, type: EvaluationCommandType): boolean => ROLE_PERMISSIONS[role].includes(type);

/** The roles that may send a command type (for the API's documentation). */
export const rolesFor = (type: EvaluationCommandType): readonly Role[] =>
  ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(type));
