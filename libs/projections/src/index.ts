/**
 * @packageDocumentation
 * The read models of the evaluation lifecycle, fed by the event store's catch-up subscriptions:
 * live scores (through @kaoping/scoring), submission status per deadline, proposals and their
 * life, the audit trail, and explanations joined to the events behind them. Each batch and its
 * checkpoint commit in one transaction (exactly-once per read model); `rebuildProjections`
 * replays them from position 0.
 */
export type { Projection, ProjectionContext } from './runner/projection';
export { EVALUATION_STREAMS, matchesFilter } from './runner/projection';
export { ProjectionRunner, applyBatch } from './runner/projection-runner';
export type { ProjectionRunnerOptions } from './runner/projection-runner';
export { TransactionalCheckpoints, loadCheckpoint, migrateCheckpoints } from './runner/checkpoint.persistence';
export { rebuildProjections } from './runner/rebuild';
export { SQL_INTEGER_MAX } from './runner/read-model-sql';
export { ProjectionEventFailed, loadFaults, projectionStates } from './runner/projection-faults';
export type { ProjectionFault, ProjectionState } from './runner/projection-faults';
export type { RebuildOptions, RebuildProgress, RebuildResult } from './runner/rebuild';
export { READ_MODELS, READ_MODEL_NAMES, isReadModelName, readModelProjections } from './read-models';
export type { ReadModelName } from './read-models';
export { AUDIT_TRAIL, auditTrailProjection } from './audit-trail/audit-trail.projection';
export { auditEntryOf } from './audit-trail/audit-trail.reducer';
export type { AuditEntry, AuditLinkKind } from './audit-trail/audit-trail.reducer';
export { PROPOSALS, proposalsProjection } from './proposals/proposals.projection';
export { proposalChangeOf } from './proposals/proposal-life.reducer';
export type { ProposalChange, ProposalKind, ProposalStatus } from './proposals/proposal-life.reducer';
export { LIVE_SCORES, liveScoresProjection } from './live-scores/live-scores.projection';
export { touchedCategories } from './live-scores/affected-categories';
export { SUBMISSION_STATUS, submissionStatusProjection } from './submission-status/submission-status.projection';
export { submissionItemsOf } from './submission-status/submission-status.reducer';
export type { SubmissionItem, SubmissionStatus } from './submission-status/submission-status.reducer';
export { CycleFolds, CycleViews, evaluationEventsOf } from './cycle-views/cycle-views';
export { DIRECTORY, directoryProjection } from './directory/directory.projection';
export {
  cycleById,
  listAppeals,
  listAssignments,
  listCycles,
  listProposals,
  listRaters,
  listRectifications,
  listResults,
  listSnapshots,
  listUnits,
  phaseBoard,
  schemeVersion,
  schemeVersions,
  unitById,
} from './queries/directory.queries';
export type {
  AppealView,
  AssignmentView,
  ComputedView,
  CycleSummary,
  DeadlineBoardRow,
  DeadlineView,
  Page,
  Paging,
  PhaseView,
  RaterView,
  RectificationView,
  ResultLineView,
  ResultsView,
  SchemeVersionSummary,
  SchemeVersionView,
  SnapshotView,
  UnitFilter,
  UnitView,
} from './queries/directory.queries';
export {
  auditEntriesOf,
  auditTrail,
  explainedScore,
  factIdsOf,
  liveCategory,
  liveScores,
  liveScoresPage,
  liveStandings,
  projectionPosition,
  proposals,
  submissionStatus,
} from './queries/read-model.queries';
export type {
  AuditEntryView,
  ExplainedScore,
  LiveCategory,
  LiveStanding,
  LiveUnitScore,
  ProposalStepView,
  ProposalView,
  SubmissionItemView,
} from './queries/read-model.queries';

// Test and benchmark support: a generated cycle driven through the lifecycle's command path.
export { SCENARIO_INSPECTOR_SOURCE, SCENARIO_PROVIDER, ScenarioDriver, scenarioActors, scenarioScheme, scenarioUnitId } from './testing/evaluation-scenario';
export type { ScenarioShape } from './testing/evaluation-scenario';

// Nest wiring (the worker, and the API when RUN_WORKER is true)
export { ProjectionsModule } from './nest/projections.module';
export { ReadModelBehind, ReadModelsService } from './nest/read-models.service';
export { PROJECTION_RUNNER } from './nest/projections.tokens';
export { driveSmallCycle, openReadModelDatabase, readModelRows } from './testing/read-model-fixture';
export type { ReadModelDatabase } from './testing/read-model-fixture';
