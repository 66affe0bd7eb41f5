import type { PhaseId } from '@kaoping/scoring';
import type { DomainCommand } from '../shared/envelope.types';
import type { CalendarDay, OverdueItem, PhaseTrigger, RaterUnits } from './cycle.events';

/** Office: open a new cycle, optionally naming the cycle before it (it must exist). */
export type CreateCycle = DomainCommand<'CreateCycle', { cycleId: string; year: number; name: string; predecessorCycleId?: string }>;
/** Office: publish the cycle's scheme (a parsed scheme document; validated by @kaoping/scoring). */
export type PublishScheme = DomainCommand<'PublishScheme', { cycleId: string; scheme: unknown }>;
/** Office: amend the published scheme (reason required; the version must grow). */
export type AmendScheme = DomainCommand<'AmendScheme', { cycleId: string; scheme: unknown; changes?: readonly string[] }>;
/** Office: assign a leader or committee member the units they rate, in a scheme rater role. */
export type AssignRater = DomainCommand<
  'AssignRater',
  { cycleId: string; raterId: string; raterRole: string; units: RaterUnits; indicators?: readonly string[] }
>;
/** Office (manual) or system (schedule): open a phase. */
export type OpenPhase = DomainCommand<'OpenPhase', { cycleId: string; phase: PhaseId; trigger: PhaseTrigger }>;
/**
 * Office (manual) or system (schedule): close a phase. `periods` lists the periods it closes;
 * without it, the periods of the calendar deadlines due by the phase's end (all periods for year-end).
 */
export type ClosePhase = DomainCommand<
  'ClosePhase',
  { cycleId: string; phase: PhaseId; trigger: PhaseTrigger; periods?: readonly string[] }
>;
/** Office: move a phase's dates by hand (reason required). */
export type MovePhase = DomainCommand<'MovePhase', { cycleId: string; phase: PhaseId; start?: string; end?: string }>;
/** Office: say how a date counts in the working-day calendar (reason required: the notice or decision). */
export type AmendCalendar = DomainCommand<'AmendCalendar', { cycleId: string; date: string; day: CalendarDay }>;
/**
 * System: a deadline passed with these items missing (computed by the worker from the projections),
 * and who owed them (`recipients`: addresses the overdue notice goes to).
 */
export type RecordDeadlinePassed = DomainCommand<
  'RecordDeadlinePassed',
  { cycleId: string; deadlineId: string; overdue: readonly OverdueItem[]; recipients?: readonly string[] }
>;
/** System: a reminder of a deadline went out to these recipients. */
export type IssueReminder = DomainCommand<
  'IssueReminder',
  { cycleId: string; deadlineId: string; remindOn: string; recipients: readonly string[] }
>;

/**
 * The office chases units that still owe a deadline's items (催报), before it falls or after: those
 * who owe them are told (`recipients`, addresses as the reminders'); the units chased are named.
 */
export type ChaseUnits = DomainCommand<'ChaseUnits', { cycleId: string; deadlineId: string; unitIds: readonly string[]; recipients: readonly string[] }>;

/** The commands of a `cycle-<cycleId>` stream. */
export type CycleCommand =
  | CreateCycle
  | PublishScheme
  | AmendScheme
  | AssignRater
  | OpenPhase
  | ClosePhase
  | MovePhase
  | AmendCalendar
  | RecordDeadlinePassed
  | IssueReminder
  | ChaseUnits;
export type CycleCommandType = CycleCommand['type'];
export const CYCLE_COMMAND_TYPES: readonly CycleCommandType[] = [
  'CreateCycle',
  'PublishScheme',
  'AmendScheme',
  'AssignRater',
  'OpenPhase',
  'ClosePhase',
  'MovePhase',
  'AmendCalendar',
  'RecordDeadlinePassed',
  'IssueReminder',
  'ChaseUnits',
];
