export { commandIdsOf, executeCommand } from './command-handling/execute-command';
export type {
  CommandOutcome,
  CommandTrace,
  DecidedEvent,
  ExecuteCommand,
  StreamDecider,
} from './command-handling/execute-command';
export { ConcurrencyConflict, IdempotencyKeyReused } from './command-handling/command-handling.errors';
export type { AppendedSince } from './command-handling/command-handling.errors';
export { canonicalJson, eventIdFor, requestFingerprint, toJson } from './command-handling/json.util';
export { handleEvaluationCommand, keepFoldsOf, keptFoldsOf } from './evaluation/handle-evaluation-command';
export type { HandleEvaluationCommand } from './evaluation/handle-evaluation-command';
export { UnreadableEvent, recordedEvaluationEvent } from './evaluation/recorded-evaluation-event';
export { foldCycleLog, readCycle, readCycleEvents } from './evaluation/cycle-log';
/** @deprecated the same reader as {@link readCycle}, under its former name (for branches in flight). */
export { readCycle as readCycleRecords } from './evaluation/cycle-log';
export type { CycleRecord, ReadCycle } from './evaluation/cycle-log';
export { foldScoringView, foldUnitsView, scoreCategoryFromLog, scoreUnitFromLog } from './results/score-from-log';
export type { ScoredCategory } from './results/score-from-log';
export { compareSchemeFromLog } from './results/what-if-from-log';
export { trackingFromLog } from './results/tracking-from-log';
export type { CycleTracking } from './results/tracking-from-log';
export type { CategoryNotCompared, SchemeWhatIf, WhatIfCategory } from './results/what-if-from-log';
export { commandFingerprint, commandTrace, newEventsOf, recordDecidedStream } from './evaluation/record-decided-commands';
export type { DecidedCommand, DecidedStream } from './evaluation/record-decided-commands';
export { predecessorViewAt, previousCycleAt } from './results/predecessor-from-log';
