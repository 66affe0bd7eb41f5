import type { PhaseId } from '@kaoping/scoring';
import type { DomainEvent } from '../shared/envelope.types';

/** Who or what opened, closed or moved a phase. */
export type PhaseTrigger = 'schedule' | 'manual';

/** A unit with items missing at a deadline. */
export type OverdueItem = Readonly<{ unitId: string; indicatorId?: string; period?: string }>;

/** Which units a rater rates: all of the cycle, or a list. */
export type RaterUnits = 'all' | readonly string[];

/**
 * The office opened a cycle (考评年度). `predecessorCycleId` names the cycle before it (last year):
 * its published results give rank changes, two-year flags and the rectification carried over.
 */
export type CycleCreated = DomainEvent<'CycleCreated', { cycleId: string; year: number; name: string; predecessorCycleId?: string }>;
/** The office published the cycle's scheme (the validated document, as JSON). */
export type SchemePublished = DomainEvent<'SchemePublished', { cycleId: string; version: number; scheme: unknown }>;
/** The office amended the scheme: a new version replaces the old (reason in metadata). */
export type SchemeAmended = DomainEvent<
  'SchemeAmended',
  { cycleId: string; version: number; previousVersion: number; scheme: unknown; changes?: readonly string[] }
>;
/**
 * The office assigned a rater (a leader or committee member) the units they rate, in a scheme
 * rater role (`governor`, `vice-governor`, `committee-member`…: the roles of the scheme's rating
 * methods). A later assignment of the same rater and rater role replaces the earlier one.
 */
export type RaterAssigned = DomainEvent<
  'RaterAssigned',
  { cycleId: string; raterId: string; raterRole: string; units: RaterUnits; indicators?: readonly string[] }
>;
/** A phase opened: from now on it accepts the commands that belong to it. */
export type PhaseOpened = DomainEvent<'PhaseOpened', { cycleId: string; phase: PhaseId; trigger: PhaseTrigger }>;
/** A phase closed; the periods it closes change from now on only by a correction with a reason. */
export type PhaseClosed = DomainEvent<
  'PhaseClosed',
  { cycleId: string; phase: PhaseId; trigger: PhaseTrigger; periodsClosed: readonly string[] }
>;
/** The office moved a phase's dates by hand (reason in metadata). */
export type PhaseMoved = DomainEvent<
  'PhaseMoved',
  { cycleId: string; phase: PhaseId; start?: string; end?: string; previousStart?: string; previousEnd?: string }
>;
/** How the office says a day counts: a working day (调休上班), a day off (放假), or an ordinary day again (Monday–Friday work). */
export type CalendarDay = 'working' | 'holiday' | 'ordinary';
/**
 * The office amended the cycle's working-day calendar (China's shipped calendar, see
 * @kaoping/scoring's CHINA_HOLIDAYS) for one date, with a reason in metadata (the State Council's
 * notice, a local decision). Deadlines and phase dates counted in working days use it from then on.
 */
export type CalendarAmended = DomainEvent<'CalendarAmended', { cycleId: string; date: string; day: CalendarDay }>;
/** A calendar deadline passed; the items listed were missing (they count zero, shown as missing). */
export type DeadlinePassed = DomainEvent<
  'DeadlinePassed',
  {
    cycleId: string;
    deadlineId: string;
    kind: string;
    period?: string;
    dueAt: string;
    overdue: readonly OverdueItem[];
    /** Who owed the overdue items (addresses: provider, raters, survey office, unit); absent in facts recorded before it was kept. */
    recipients?: readonly string[];
  }
>;
/** A reminder of an upcoming deadline went out. */
export type ReminderIssued = DomainEvent<
  'ReminderIssued',
  { cycleId: string; deadlineId: string; dueAt: string; remindOn: string; recipients: readonly string[] }
>;

/** The office chased the units that still owed a deadline's items (催报); who owed them was told. */
export type UnitsChased = DomainEvent<
  'UnitsChased',
  { cycleId: string; deadlineId: string; dueAt: string; unitIds: readonly string[]; recipients: readonly string[] }
>;

/** The events of a `cycle-<cycleId>` stream. */
export type CycleEvent =
  | CycleCreated
  | SchemePublished
  | SchemeAmended
  | RaterAssigned
  | PhaseOpened
  | PhaseClosed
  | PhaseMoved
  | CalendarAmended
  | DeadlinePassed
  | ReminderIssued
  | UnitsChased;
export type CycleEventType = CycleEvent['type'];
export const CYCLE_EVENT_TYPES: readonly CycleEventType[] = [
  'CycleCreated',
  'SchemePublished',
  'SchemeAmended',
  'RaterAssigned',
  'PhaseOpened',
  'PhaseClosed',
  'PhaseMoved',
  'CalendarAmended',
  'DeadlinePassed',
  'ReminderIssued',
  'UnitsChased',
];
