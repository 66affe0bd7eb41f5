/**
 * @packageDocumentation
 * The evaluation lifecycle of Kaoping, pure: the messages (commands and events of every stream),
 * the stream ids, the role and phase tables, authorization, and the deciders (decide / evolve /
 * initialState) of the cycle, unit, proposal, appeal, results and rectification streams; the
 * appeal workflow; and the fold of a cycle's events into the facts @kaoping/scoring scores.
 * No Nest, no I/O, no clock: `now` comes with every command.
 */

// Envelope, roles, errors
export { ROLES, metadataOf } from './shared/envelope.types';
export type { Actor, CommandMeta, Decider, DomainCommand, DomainEvent, Recorded, RecordedMetadata, Role } from './shared/envelope.types';
export type { StreamFold } from './shared/fold.util';
export { Conflict, DomainError, Forbidden, InvalidInput, NotFound, RuleViolated, invalidField } from './shared/domain-error';
export type { ErrorDetail, ErrorKind } from './shared/domain-error';
export { COMMAND_TYPES, COMMAND_TYPES_BY_STREAM } from './shared/messages';
export type { EvaluationCommand, EvaluationCommandType, EvaluationEvent, EvaluationEventType } from './shared/messages';
export { eventsOfCommand } from './shared/idempotency.util';

// Streams
export {
  STREAM_CATEGORIES,
  appealStreamId,
  cycleStreamId,
  cycleStreamPrefixes,
  isOfCycle,
  proposalStreamId,
  rectificationStreamId,
  resultsStreamId,
  unitStreamId,
} from './streams/stream-ids';
export type { StreamCategory } from './streams/stream-ids';
export { appealContextProposal, commandRoute } from './streams/command-routing';
export {
  isAppealCommand,
  isAppealEvent,
  isCycleCommand,
  isCycleEvent,
  isProposalCommand,
  isProposalEvent,
  isRectificationCommand,
  isRectificationEvent,
  isResultsCommand,
  isResultsEvent,
  isUnitCommand,
  isUnitEvent,
} from './streams/event-guards';
export type { CommandRoute } from './streams/command-routing';

// The one entry point from a command to its events (guards once, a table of stream kinds)
export { decide, decisionContextOf, decisionOf, openAppealsOf } from './deciding/decide';
export type { CommandDecision, ContextNeeds, ContextStreams, DecisionContext, FoldedStream, KeptFold, StreamKindName } from './deciding/decide';

// Access and phases
export { ROLE_PERMISSIONS, roleMaySend, rolesFor } from './access/role-permissions';
export { assertAuthorized, assertRoleMaySend, assertScopeAllows, authorize, coversRating, providerOf } from './access/authorize';
export type { AccessScope, Authorization } from './access/authorize';
export { PHASE_TABLE } from './phases/phase-table';
export type { PhaseRule } from './phases/phase-table';
export { assertPeriodOpen, assertPhaseAccepts, isPeriodClosed, openPhases, ratingWindowOf, requireActiveCycle, type RatingWindow } from './phases/phase.rules';

// Cycle
export { CYCLE_EVENT_TYPES } from './cycle/cycle.events';
export type {
  CycleCreated,
  CycleEvent,
  CycleEventType,
  DeadlinePassed,
  OverdueItem,
  PhaseClosed,
  PhaseMoved,
  CalendarAmended,
  CalendarDay,
  PhaseOpened,
  PhaseTrigger,
  RaterAssigned,
  RaterUnits,
  ReminderIssued,
  UnitsChased,
  SchemeAmended,
  SchemePublished,
} from './cycle/cycle.events';
export { CYCLE_COMMAND_TYPES } from './cycle/cycle.commands';
export type {
  AmendCalendar,
  AmendScheme,
  AssignRater,
  ChaseUnits,
  ClosePhase,
  CreateCycle,
  CycleCommand,
  CycleCommandType,
  IssueReminder,
  MovePhase,
  OpenPhase,
  PublishScheme,
  RecordDeadlinePassed,
} from './cycle/cycle.commands';
export type {
  ActiveCycle,
  CreatedCycle,
  CycleState,
  NoCycle,
  PhaseDates,
  PhaseState,
  PublishedScheme,
  RaterAssignment,
} from './cycle/cycle.state';
export { cycleDecider, decideCycle, evolveCycle, initialCycleState, publishedSchemeOf } from './cycle/cycle.decider';
export type { CycleContext } from './cycle/cycle.decider';
export { EMPTY_SCHEME_INDEX, defaultPeriod, raterRolesOf, schemeIndexOf } from './cycle/scheme-index';
export type { AdjustmentRuleInfo, CategoryInfo, IndicatorInfo, SchemeIndex } from './cycle/scheme-index';
export { calendarOfCycle, deadlinesOf, periodsClosedBy, phaseDatesOf } from './cycle/cycle.calendar';
export { requireValidScheme } from './cycle/scheme-document';
export type { ValidatedScheme } from './cycle/scheme-document';

// Units
export { UNIT_EVENT_TYPES, UNIT_LEVELS } from './units/unit.events';
export type {
  DataCorrected,
  DataSubmitted,
  EvaluationPlanApproved,
  EvaluationPlanReturned,
  EvaluationPlanSubmitted,
  IndicatorAssigned,
  IndicatorSelfScore,
  PeriodSignedOff,
  RatingGiven,
  SelfAssessmentSubmitted,
  SurveyResultRecorded,
  TargetChanged,
  UnitEvent,
  UnitEventType,
  UnitLevel,
  UnitMoved,
  UnitRegistered,
  UnitRetired,
} from './units/unit.events';
export { UNIT_COMMAND_TYPES } from './units/unit.commands';
export type {
  ApproveEvaluationPlan,
  AssignIndicator,
  ChangeTarget,
  CorrectData,
  MoveUnit,
  RateUnit,
  RecordSurveyResult,
  RegisterUnit,
  RetireUnit,
  ReturnEvaluationPlan,
  SignOffPeriod,
  SubmitData,
  SubmitEvaluationPlan,
  SubmitSelfAssessment,
  UnitCommand,
  UnitCommandType,
} from './units/unit.commands';
export type {
  Assignment,
  PlanState,
  RegisteredUnit,
  RetiredUnit,
  Submission,
  UnitProfile,
  UnitRecord,
  UnitState,
  UnregisteredUnit,
} from './units/unit.state';
export { decideUnit, evolveUnit, initialUnitState, unitDecider } from './units/unit.decider';
export { slotKey } from './units/unit.rules';
export type { UnitContext } from './units/unit.decider';

// Proposals
export { PROPOSAL_EVENT_TYPES } from './proposals/proposal.events';
export type {
  BonusApproved,
  BonusClaimed,
  BonusRejected,
  BonusRevoked,
  BonusTerms,
  ComplaintFindingRecorded,
  ComplaintRegistered,
  DeductionApproved,
  DeductionRejected,
  DeductionRevoked,
  DeductionTerms,
  InspectionFindingRecorded,
  ProposalEvent,
  ProposalEventType,
  VetoConfirmed,
  VetoIncidentRecorded,
  VetoRejected,
  VetoRevoked,
} from './proposals/proposal.events';
export { PROPOSAL_COMMAND_TYPES } from './proposals/proposal.commands';
export type {
  ApproveBonus,
  ApproveDeduction,
  ClaimBonus,
  ConfirmVeto,
  ProposalCommand,
  ProposalCommandType,
  RecordComplaintFinding,
  RecordInspectionFinding,
  RecordVetoIncident,
  RegisterComplaint,
  RejectBonus,
  RejectDeduction,
  RejectVeto,
  RevokeBonus,
  RevokeDeduction,
  RevokeVeto,
} from './proposals/proposal.commands';
export type {
  ComplaintNotUpheld,
  ComplaintUnderInvestigation,
  NoProposal,
  ProposalApproved,
  ProposalPending,
  ProposalRejected,
  ProposalRevoked,
  ProposalState,
  ProposalSubject,
} from './proposals/proposal.state';
export { decideProposal, evolveProposal, initialProposalState, proposalDecider } from './proposals/proposal.decider';
export type { ProposalContext } from './proposals/proposal.decider';

// Appeals
export { APPEAL_EVENT_TYPES } from './appeals/appeal.events';
export type {
  AppealDecided,
  AppealEvent,
  AppealEventType,
  AppealFiled,
  AppealOutcome,
  AppealRevocation,
  AppealTarget,
  RevocableKind,
} from './appeals/appeal.events';
export { APPEAL_COMMAND_TYPES } from './appeals/appeal.commands';
export type { AppealCommand, AppealCommandType, DecideAppeal, FileAppeal } from './appeals/appeal.commands';
export type { AppealClosed, AppealPending, AppealState, NoAppeal } from './appeals/appeal.state';
export { appealDecider, decideAppeal, evolveAppeal, initialAppealState } from './appeals/appeal.decider';
export type { AppealContext } from './appeals/appeal.decider';
export { SYSTEM_ACTOR, appealWorkflow } from './appeals/appeal.workflow';
export type { Intention } from './appeals/appeal.workflow';

// Results
export { RESULTS_EVENT_TYPES } from './results/results.events';
export type { ResultLine, ResultsComputed, ResultsEvent, ResultsEventType, ResultsFinalised, ResultsPublished, SnapshotTaken } from './results/results.events';
export { RESULTS_COMMAND_TYPES } from './results/results.commands';
export type { ComputeResults, FinaliseResults, PublishResults, ResultsCommand, ResultsCommandType, TakeSnapshot } from './results/results.commands';
export type { ComputedResults, NoResults, ResultsFinal, ResultsOnNotice, ResultsProvisional, ResultsState } from './results/results.state';
export { decideResults, evolveResults, initialResultsState, resultsDecider } from './results/results.decider';
export type { ResultsContext } from './results/results.decider';
export { appealsConcerningResults } from './results/appeals-concerning';
export type { OpenAppeal } from './results/appeals-concerning';

// Rectification
export { RECTIFICATION_EVENT_TYPES } from './rectification/rectification.events';
export type {
  RectificationAccepted,
  RectificationCompleted,
  RectificationEvent,
  RectificationEventType,
  RectificationOrdered,
  RectificationOverdue,
  RectificationPlanSubmitted,
} from './rectification/rectification.events';
export { RECTIFICATION_COMMAND_TYPES } from './rectification/rectification.commands';
export type {
  AcceptRectification,
  MarkRectificationOverdue,
  OrderRectification,
  RectificationCommand,
  RectificationCommandType,
  ReportRectificationCompleted,
  SubmitRectificationPlan,
} from './rectification/rectification.commands';
export type { NoOrder, OrderAccepted, OrderIssued, OrderPlanned, OrderReported, RectificationState } from './rectification/rectification.state';
export {
  decideRectification,
  evolveRectification,
  initialRectificationState,
  rectificationDecider,
} from './rectification/rectification.decider';
export type { RectificationContext } from './rectification/rectification.decider';

// Scoring facts
export { cycleView, foldCycleView } from './scoring-facts/cycle-view';
export type { CategoryScoringInput, CycleView, FactList } from './scoring-facts/cycle-view';
export { PersistentList, PersistentMap } from './shared/persistent';
export { eventIdOfFact, scoringFactsOf, scoringFactsOfView } from './scoring-facts/scoring-facts';
export { compareCategory, projectGradedIndicators, scoreCategory } from './scoring-facts/score-view';
export { categoryLinksOf, type CategoryLinks } from './scoring-facts/category-links';
export { previousCycleOf } from './scoring-facts/previous-cycle';
export { obligationsAt } from './obligations/obligations';
export { trackingRoundsOf } from './tracking/tracking-rounds';
export type { TrackedIndicator, TrackedValueRecord, TrackingRound, UnitTracking } from './tracking/tracking-rounds';
export type { Obligation } from './obligations/obligations';
export { factsOfProposalEvent, factsOfUnitEvent } from './scoring-facts/fact-mapping';
export { compareDecimal, isDecimalString } from './shared/validation.util';

// Imports (the upload of a spreadsheet as a fact; its rows are recorded by their own streams)
export { IMPORTING_ROLES, decideImport, evolveImport, importDecider, importStreamId, initialImportState } from './imports';
export type { FileImported, ImportState, ImportedSheet, RecordImport } from './imports';
