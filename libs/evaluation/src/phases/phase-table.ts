import type { PhaseId } from '@kaoping/scoring';
import type { EvaluationCommandType } from '../shared/messages';

/** The phases in which a command is accepted, or 'any' (phase control, schedule, snapshots), or 'before-phases' (creating the cycle and publishing its first scheme). */
export type PhaseRule = readonly PhaseId[] | 'any' | 'before-phases';

const DURING_THE_YEAR: readonly PhaseId[] = ['monitoring', 'mid-year', 'year-end'];
const UNTIL_YEAR_END: readonly PhaseId[] = ['planning', 'monitoring', 'mid-year', 'year-end'];
const AFTER_RESULTS: readonly PhaseId[] = ['results', 'rectification'];

/**
 * A phase accepts only what belongs to it: a command is accepted when one of its phases is open.
 * LIFECYCLE.md: planning sets up units, indicators and plans; monitoring takes monthly data and
 * proposals; mid-year and year-end take self-assessments, data, ratings and surveys; review
 * decides proposals; publication takes appeals; results and rectification take orders.
 */
export const PHASE_TABLE: Readonly<Record<EvaluationCommandType, PhaseRule>> = {
  CreateCycle: 'before-phases',
  PublishScheme: 'before-phases',
  AmendScheme: UNTIL_YEAR_END,
  AssignRater: UNTIL_YEAR_END,
  OpenPhase: 'any',
  ClosePhase: 'any',
  MovePhase: 'any',
  AmendCalendar: 'any',
  RecordDeadlinePassed: 'any',
  IssueReminder: 'any',
  ChaseUnits: 'any',

  RegisterUnit: ['planning'],
  MoveUnit: UNTIL_YEAR_END,
  RetireUnit: UNTIL_YEAR_END,
  AssignIndicator: ['planning'],
  AssignUnitIndicators: ['planning'],
  ChangeTarget: ['planning', 'monitoring', 'mid-year'],
  SubmitEvaluationPlan: ['planning'],
  ApproveEvaluationPlan: ['planning'],
  ReturnEvaluationPlan: ['planning'],
  // During the year; for a period closed with no value, as a late submission with a reason.
  SubmitData: DURING_THE_YEAR,
  CorrectData: ['monitoring', 'mid-year', 'year-end', 'review', 'publication'],
  SubmitSelfAssessment: ['mid-year', 'year-end'],
  // A month or quarter (怀来 rates every month) is rated while it is open; the mid-year and
  // year-end periods only in their own phases (unit decider, ratingWindow).
  RateUnit: UNTIL_YEAR_END,
  RecordSurveyResult: DURING_THE_YEAR,
  SignOffPeriod: ['monitoring', 'mid-year', 'year-end', 'review'],

  RecordInspectionFinding: DURING_THE_YEAR,
  RegisterComplaint: DURING_THE_YEAR,
  RecordComplaintFinding: DURING_THE_YEAR,
  ClaimBonus: DURING_THE_YEAR,
  RecordVetoIncident: DURING_THE_YEAR,
  ApproveDeduction: ['review'],
  RejectDeduction: ['review'],
  ApproveBonus: ['review'],
  RejectBonus: ['review'],
  ConfirmVeto: ['review'],
  RejectVeto: ['review'],
  RevokeDeduction: ['publication', 'results'],
  RevokeBonus: ['publication', 'results'],
  RevokeVeto: ['publication', 'results'],

  FileAppeal: ['publication'],
  DecideAppeal: ['publication'],

  TakeSnapshot: 'any',
  ComputeResults: ['review', 'publication'],
  PublishResults: ['publication'],
  FinaliseResults: ['publication', 'results'],

  OrderRectification: AFTER_RESULTS,
  SubmitRectificationPlan: AFTER_RESULTS,
  ReportRectificationCompleted: AFTER_RESULTS,
  AcceptRectification: AFTER_RESULTS,
  MarkRectificationOverdue: AFTER_RESULTS,
};
